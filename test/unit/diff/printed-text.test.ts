/**
 * `textDiff` on a run with a live reference against the same sentence in plain text: unchanged
 * when it prints the same, as the label reads or as the reference was written, whatever the line
 * breaks and hyphenation of either side; changed when a word differs.
 */
import { describe, expect, it } from 'vitest';
import { refToken } from '../../../src/diff/block-tokens';
import { textDiff, type RefMaps } from '../../../src/diff/references';
import { tokenize, type Token } from '../../../src/diff/tokenize';

const noMaps: RefMaps = { pasal: new Map(), ayat: new Map(), uid: new Map(), ayatMoved: new Map(), wholePasal: { num: new Map(), uid: new Map() } };

/** `before` + a live reference (label `label`, written `typed`) + `after`. */
function withRef(before: string, label: string, typed: string, after: string): Token[] {
  const out = tokenize(before);
  out.push(refToken(label, 'u20', typed, true));
  tokenize(after, true, out);
  return out;
}

describe('a live reference against plain text', () => {
  const live = withRef('Walikota memberikan sanksi administratif bagi yang melanggar ketentuan', 'Pasal 20 ayat (1)', 'Pasal 20 ayat (1)', 'dan ayat (2).');
  it('is unchanged when the plain side prints the same text', () => {
    expect(textDiff(live, tokenize('Walikota memberikan sanksi administratif bagi yang melanggar ketentuan Pasal 20 ayat (1) dan ayat (2).'), noMaps, '33').changed).toBe(false);
  });
  it('is unchanged when the plain side breaks a word at a line end', () => {
    expect(textDiff(live, tokenize('Walikota memberikan sanksi adminis- tratif bagi yang melanggar ketentuan Pasal 20 ayat (1) dan ayat (2).'), noMaps, '33').changed).toBe(false);
  });
  it('is unchanged when the reference reads as written, not as its label', () => {
    const short = withRef('sebagaimana dimaksud dalam Pasal 7 ayat (1) dan', 'Pasal 7 ayat (2)', 'ayat (2)', 'hanya diizinkan.');
    expect(textDiff(short, tokenize('sebagaimana dimaksud dalam Pasal 7 ayat (1) dan ayat (2) hanya diizinkan.'), noMaps, '9').changed).toBe(false);
  });
  it('is changed when a word differs', () => {
    expect(textDiff(live, tokenize('Walikota memberikan sanksi pidana bagi yang melanggar ketentuan Pasal 20 ayat (1) dan ayat (2).'), noMaps, '33').changed).toBe(true);
  });
});
