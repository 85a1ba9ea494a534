/**
 * A reviewer's proposed wording as a redline: a word changed for another is struck and inserted,
 * and so is a word only spelt otherwise, which the word diff keeps in place ("Walikota" -> "Wali
 * Kota"); the words kept are plain.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SuggestionRedline } from '../../../renderer/panels/comments/SuggestionRedline';

describe('SuggestionRedline', () => {
  it('strikes and inserts words changed and words spelt otherwise', () => {
    const html = renderToStaticMarkup(<SuggestionRedline current="izin diberikan oleh Walikota kepada pengelola" proposed="izin diberikan oleh Wali Kota kepada pengelola" />);
    expect(html).toContain('<del>Walikota</del><ins>Wali Kota</ins>');
    expect(html).not.toContain('<del>izin');
    const changed = renderToStaticMarkup(<SuggestionRedline current="izin diberikan oleh Walikota" proposed="izin diberikan oleh Gubernur" />);
    expect(changed).toMatch(/<del>\s*Walikota<\/del>/);
    expect(changed).toMatch(/<ins>\s*Gubernur<\/ins>/);
  });
});
