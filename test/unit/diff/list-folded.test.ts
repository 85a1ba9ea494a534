/**
 * A list folded into the sentence of its ayat, and an ayat's sentence written out as a list (the
 * real Sulawesi Utara 4/2014 text). Folded: Pasal 7 ayat (2) "berupa: a. Minimarket; b. …; c. Toko
 * pengecer lainnya." becomes one sentence; huruf a-c read merged into ayat (2), not deleted while
 * all their words remain (huruf c's words also open ayat (3): the ayat before it wins). Written
 * out: Pasal 6 ayat (1) "di Hotel, Restoran, Bar sesuai dengan …" becomes "di: a. Hotel; b.
 * Restoran; dan c. Bar, sesuai dengan …"; every new piece, even "b. Restoran; dan" whose "; dan"
 * the ayat never had, reads split from ayat (1), not inserted.
 */
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { parseText } from '../../../src/parse';
import type { Comparison } from '../../../src/diff/types';
import { notes, once, original, partsOf, tableNotes } from './sulut-edits';

const changedPasal = (c: Comparison) => c.pasal.filter((r) => r.status !== 'unchanged').map((r) => `${r.status} ${r.old?.label}`);

describe('a list folded into its ayat, and an ayat written out as a list', () => {
  it('folded: huruf a-c merged into ayat (2)', () => {
    const folded = once(original, `berupa:
      a. Minimarket;
      b. Supermarket, hypermarket;atau
      c. Toko pengecer lainnya.`, `berupa Minimarket,
      Supermarket, hypermarket, atau Toko pengecer lainnya.`);
    const c = compareDocs(parseText(original).doc, parseText(folded).doc);
    expect(changedPasal(c)).toEqual(['changed Pasal 7']);
    expect(partsOf(c, 'Pasal 7')).toEqual([
      'changed Pasal 7 ayat (2) -> Pasal 7 ayat (2)',
      'merged Pasal 7 ayat (2) huruf a -> Pasal 7 ayat (2)',
      'merged Pasal 7 ayat (2) huruf b -> Pasal 7 ayat (2)',
      'merged Pasal 7 ayat (2) huruf c -> Pasal 7 ayat (2)',
    ]);
    expect(notes(c)).toEqual(['Rincian: ayat (2) diubah; huruf a digabung ke ayat (2); huruf b digabung ke ayat (2); huruf c digabung ke ayat (2).']);
    // The exported table prints the Pasal part by part: each folded item beside nothing, noted.
    expect(tableNotes(c).filter((n) => n.startsWith('Digabung'))).toEqual(['Digabung ke ayat (2)', 'Digabung ke ayat (2)', 'Digabung ke ayat (2)']);
  });

  it('written out: every piece of the new list split from ayat (1)', () => {
    const listed = once(original, `hanya dapat dijual di Hotel, Restoran, Bar sesuai dengan peraturan
      perundang-undangan di bidang kepariwisataan.`, `hanya dapat dijual di:
      a. Hotel;
      b. Restoran; dan
      c. Bar,
      sesuai dengan peraturan perundang-undangan di bidang kepariwisataan.`);
    const c = compareDocs(parseText(original).doc, parseText(listed).doc);
    expect(changedPasal(c)).toEqual(['changed Pasal 6']);
    expect(partsOf(c, 'Pasal 6')).toEqual([
      'changed Pasal 6 ayat (1) -> Pasal 6 ayat (1)',
      'split Pasal 6 ayat (1) -> Pasal 6 ayat (1) huruf a',
      'split Pasal 6 ayat (1) -> Pasal 6 ayat (1) huruf b',
      'split Pasal 6 ayat (1) -> Pasal 6 ayat (1) huruf c',
      'split Pasal 6 ayat (1) -> Pasal 6 ayat (1) teks penutup',
    ]);
    expect(notes(c)).toEqual(['Rincian: ayat (1) diubah; huruf a dipecah dari ayat (1); huruf b dipecah dari ayat (1); huruf c dipecah dari ayat (1); teks penutup dipecah dari ayat (1).']);
  });
});
