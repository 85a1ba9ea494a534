/**
 * Quoted words found and replaced in a paragraph as it prints, across its text runs and live
 * references: a reference inside the words goes with them, a reference the words would cut is
 * left alone (and the words are not found), and text around the words keeps its marks.
 */
import { describe, expect, it } from 'vitest';
import type { NodeJson } from '../../../src/model/doc-json';
import { phraseOccurrences, replacePhrase } from '../../../src/amend/phrase-runs';

const em = [{ type: 'em' }];
/** A paragraph of Surabaya 2018 Pasal 11 ayat (6), with "ayat (1)" live and "Ruang Milik Jalan" in italics (as a foreign term would be). */
function ayat(): NodeJson {
  return {
    type: 'ayat',
    content: [{
      type: 'para',
      content: [
        { type: 'text', text: 'Izin penyelenggaraan Tempat Parkir di luar ' },
        { type: 'text', text: 'Ruang Milik Jalan', marks: em } as NodeJson,
        { type: 'text', text: ' sebagaimana dimaksud pada ' },
        { type: 'ref', attrs: { target: 'u1', to: null, text: 'ayat (1)' } },
        { type: 'text', text: ' berlaku selama 3 (tiga) tahun.' },
      ],
    }],
  };
}
const pattern = (words: string) => new RegExp(`(\\s*)(?<![\\p{L}\\p{N}])${words.replace(/[()]/g, '\\$&').split(' ').join('\\s+')}(?![\\p{L}\\p{N}])(\\s*)`, 'gu');
const printed = (n: NodeJson): string => (n.content ?? [])[0]!.content!.map((c) => (c.type === 'ref' ? `[${String(c.attrs?.text)}]` : c.text)).join('');

describe('phrases across text runs and references', () => {
  it('a phrase that ends in a reference takes the reference with it; the new words are plain text', () => {
    const a = ayat();
    const p = pattern('sebagaimana dimaksud pada ayat (1)');
    expect(phraseOccurrences(a, p)).toBe(1);
    replacePhrase(a, p, ('sebagaimana dimaksud pada ayat (2)'));
    expect(printed(a)).toBe('Izin penyelenggaraan Tempat Parkir di luar Ruang Milik Jalan sebagaimana dimaksud pada ayat (2) berlaku selama 3 (tiga) tahun.');
    expect(a.content![0]!.content!.some((c) => c.type === 'ref')).toBe(false);
    // The italic run is untouched.
    expect(a.content![0]!.content!.find((c) => c.text === 'Ruang Milik Jalan')).toMatchObject({ marks: em });
  });

  it('a phrase that would cut a reference in two is not found (unless asked), and nothing changes', () => {
    const a = ayat();
    const p = pattern('dimaksud pada ayat');
    expect(phraseOccurrences(a, p)).toBe(0);
    expect(phraseOccurrences(a, p, true)).toBe(1);
    const before = JSON.stringify(a);
    replacePhrase(a, p, ('disebut pada ayat'));
    expect(JSON.stringify(a)).toBe(before);
  });

  it('a phrase inside an italic run keeps its marks; a phrase across runs takes the marks of the run it starts in', () => {
    const a = ayat();
    replacePhrase(a, pattern('Milik Jalan'), ('Milik Daerah'));
    expect(a.content![0]!.content![1]).toEqual({ type: 'text', text: 'Ruang Milik Daerah', marks: em });
    const b = ayat();
    replacePhrase(b, pattern('luar Ruang Milik'), ('dalam Ruang Milik'));
    expect(printed(b)).toBe('Izin penyelenggaraan Tempat Parkir di dalam Ruang Milik Jalan sebagaimana dimaksud pada [ayat (1)] berlaku selama 3 (tiga) tahun.');
    expect(b.content![0]!.content!.slice(0, 2)).toEqual([
      { type: 'text', text: 'Izin penyelenggaraan Tempat Parkir di dalam Ruang Milik' },
      { type: 'text', text: ' Jalan', marks: em },
    ]);
  });

  it('words deleted across runs take the spaces before them, and leave the rest as it was', () => {
    const a = ayat();
    replacePhrase(a, pattern('di luar Ruang Milik Jalan'), '');
    expect(printed(a)).toBe('Izin penyelenggaraan Tempat Parkir sebagaimana dimaksud pada [ayat (1)] berlaku selama 3 (tiga) tahun.');
    const b = ayat();
    b.content![0]!.content![0] = { type: 'text', text: 'di luar ' };
    replacePhrase(b, pattern('di luar Ruang Milik Jalan'), '');
    expect(printed(b)).toBe('sebagaimana dimaksud pada [ayat (1)] berlaku selama 3 (tiga) tahun.');
  });

  it('words over a line break are not taken (the break would be lost); the break stays', () => {
    const a: NodeJson = { type: 'para', content: [{ type: 'text', text: 'Ditetapkan di Batam ' }, { type: 'hardBreak' }, { type: 'text', text: 'pada tanggal 1 Juni 2010' }] };
    const root: NodeJson = { type: 'ayat', content: [a] };
    expect(phraseOccurrences(root, pattern('Batam pada tanggal'))).toBe(0);
    replacePhrase(root, pattern('Batam pada tanggal'), 'Batam, tanggal');
    expect(a.content!.map((c) => c.type)).toEqual(['text', 'hardBreak', 'text']);
    replacePhrase(root, pattern('Batam'), 'Kota Batam');
    expect(a.content).toEqual([{ type: 'text', text: 'Ditetapkan di Kota Batam ' }, { type: 'hardBreak' }, { type: 'text', text: 'pada tanggal 1 Juni 2010' }]);
  });

  it('every occurrence in a paragraph, the reference left where no occurrence holds it', () => {
    const a = ayat();
    const p = pattern('tahun');
    a.content![0]!.content![4] = { type: 'text', text: ' berlaku selama 3 (tiga) tahun dan diperpanjang setiap tahun.' };
    expect(phraseOccurrences(a, p)).toBe(2);
    replacePhrase(a, p, ('tahun anggaran'));
    expect(printed(a)).toBe('Izin penyelenggaraan Tempat Parkir di luar Ruang Milik Jalan sebagaimana dimaksud pada [ayat (1)] berlaku selama 3 (tiga) tahun anggaran dan diperpanjang setiap tahun anggaran.');
  });
});
