/**
 * Catchwords without the page break after them (`joined-catchwords.ts`), in the places a web
 * page's text of a printed regulation has them (UU 34/2000 and UU 18/1997 in test/fixtures/amend
 * hold the first three): on a line of their own, at the end of the line before the words they
 * repeat, run into those words, and on a line of their own after them. Dots that no repeated
 * words follow stay.
 */
import { describe, expect, it } from 'vitest';
import { removeJoinedCatchwords } from '../../../src/parse/joined-catchwords';
import { normalizeLines } from '../../../src/parse/normalize-lines';
import type { RemovedLine } from '../../../src/parse/types';

/** The lines of `text` without their joined catchwords, and what was cut out. */
function cut(text: string): { lines: string[]; removed: string[] } {
  const removed: RemovedLine[] = [];
  const lines = removeJoinedCatchwords(normalizeLines(text, { skipCorpusHeader: false }), removed).map((l) => l.text);
  return { lines, removed: removed.map((r) => `${r.line}: ${r.text}`) };
}

describe('catchwords that lost their page break', () => {
  it('a line of its own before the line it repeats goes', () => {
    expect(cut('(3) Ketentuan tentang objek pajak diatur dengan Peraturan Pemerintah.\n(4) Dengan...\n(4) Dengan Peraturan Daerah dapat ditetapkan jenis pajak lain.')).toEqual({
      lines: ['(3) Ketentuan tentang objek pajak diatur dengan Peraturan Pemerintah.', '(4) Dengan Peraturan Daerah dapat ditetapkan jenis pajak lain.'],
      removed: ['2: (4) Dengan...'],
    });
  });

  it('ending in spaced dots, as prints set them, goes too', () => {
    expect(cut('(4) Dengan . . .\n(4) Dengan Peraturan Daerah dapat ditetapkan jenis pajak lain.').removed).toEqual(['1: (4) Dengan . . .']);
  });

  it('at the end of the line before the words it repeats, only the catchword goes', () => {
    expect(cut('Pemungutan retribusi tidak dapat diborongkan. Pasal 27…\nPasal 27\n(1) Retribusi dipungut dengan SKRD.')).toEqual({
      lines: ['Pemungutan retribusi tidak dapat diborongkan.', 'Pasal 27', '(1) Retribusi dipungut dengan SKRD.'],
      removed: ['1: Pasal 27…'],
    });
  });

  it('run into the words it repeats, with its quotation mark, only the catchword goes', () => {
    expect(cut('7. Di antara Pasal 5 dan Pasal 6 disisipkan 1 (satu) Pasal yaitu Pasal 5A yang berbunyi sebagai berikut : "Pasal 5A... "Pasal 5A (1) Peraturan Daerah ditetapkan.')).toEqual({
      lines: ['7. Di antara Pasal 5 dan Pasal 6 disisipkan 1 (satu) Pasal yaitu Pasal 5A yang berbunyi sebagai berikut : "Pasal 5A (1) Peraturan Daerah ditetapkan.'],
      removed: ['1: "Pasal 5A...'],
    });
  });

  it('a line of its own after the words it repeats goes, as a web page sets it after the page\'s first line (UU 2/2008)', () => {
    expect(cut('(2) Tujuan khusus Partai Politik adalah:\na. meningkatkan partisipasi politik anggota;\n(2) Tujuan...\nb. memperjuangkan cita-cita Partai Politik; dan')).toEqual({
      lines: ['(2) Tujuan khusus Partai Politik adalah:', 'a. meningkatkan partisipasi politik anggota;', 'b. memperjuangkan cita-cita Partai Politik; dan'],
      removed: ['3: (2) Tujuan...'],
    });
    // Also where the words it repeats were run into the line before, after an underline mark.
    expect(cut('d. melanggar AD dan ART. __ (2) Tata cara pemberhentian diatur dalam AD dan ART.\n(2) Tata...\n(3) Dalam hal anggota diberhentikan.').removed).toEqual(['2: (2) Tata...']);
  });

  it.each([
    ['a blank to fill in', 'Diundangkan di ..................\npada tanggal …'],
    ['dots before other words', '(2) Besarnya tarif ... ditetapkan dengan Peraturan Daerah.\n(3) Tarif ditinjau kembali.'],
    ['words that only open the next line\'s number', 'Pasal 2...\nPasal 27\nRetribusi dipungut.'],
    ['an ellipsis in a sentence', 'frasa "dan seterusnya…" diganti dengan frasa "dan lain-lain".'],
    ['a number without words', '(1) .........\n(1) .........'],
    ['two blanks set side by side', 'Diundangkan di Batam Ditetapkan di Batam\npada tanggal … pada tanggal …'],
    ['two blanks one above the other', 'pada tanggal …\npada tanggal …'],
    ['a form\'s rows in the Lampiran', 'LAMPIRAN\nPERATURAN DAERAH KOTA BATAM\nNama Pemohon .........\nNama Pemohon .........'],
  ])('%s stays', (_what, text) => {
    expect(cut(text)).toEqual({ lines: text.split('\n'), removed: [] });
  });
});
