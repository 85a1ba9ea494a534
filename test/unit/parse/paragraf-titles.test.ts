/**
 * A Paragraf heading with its title on its line ("Paragraf 2 Peradilan Umum"), as web pages set
 * it, is a heading, as a Bagian's is; a line that opens "Paragraf 2" and goes on as a sentence is
 * not. UU 14/1985 as a web page gives it (its Paragraf headings run into the line before them)
 * read no Paragraf at all, its titles kept in the Pasal before them; now all ten.
 */
import { describe, expect, it } from 'vitest';
import { readHeading } from '../../../src/parse/patterns';
import { headingTitles } from '../../helpers/heading-titles';

describe('Paragraf headings with their title', () => {
  it('reads the title on the heading line, and no sentence', () => {
    expect(readHeading('Paragraf 3 Peradilan Agama, Peradilan Tata Usaha Negara, Peradilan Militer')).toEqual({ type: 'paragraf', num: '3', value: 3, title: 'Peradilan Agama, Peradilan Tata Usaha Negara, Peradilan Militer' });
    expect(readHeading('Paragraf 2')).toEqual({ type: 'paragraf', num: '2', value: 2, title: '' });
    expect(readHeading('Paragraf 2 diubah sehingga berbunyi sebagai berikut:')).toBeNull();
    expect(readHeading('Paragraf 2 Undang-Undang ini mengatur hal itu.')).toBeNull();
  });

  it('reads every Paragraf of UU 14/1985 with its title', () => {
    const titles = headingTitles('amend/uu-1985-14-mahkamah-agung.txt', 'paragraf');
    expect(titles).toHaveLength(10);
    expect(titles.slice(0, 3)).toEqual(['Umum', 'Peradilan Umum', 'Peradilan Agama, Peradilan Tata Usaha Negara, Peradilan Militer']);
  });
});
