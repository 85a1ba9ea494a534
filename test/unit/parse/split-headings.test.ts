/**
 * A Pasal heading run together with the Pasal's first words is set apart; a line that merely
 * opens with a reference is not. In a text whose headings are run together, a change item's
 * instruction wrapped before "Pasal 38 A, Pasal 38 B, dan Pasal 38 C yang …" (the letter set apart,
 * as UU 20/2001 writes it) was read as the heading of a quoted "Pasal 38" with its text "A, …".
 */
import { describe, expect, it } from 'vitest';
import { splitBabAndBagian, splitInlinePasalHeadings } from '../../../src/parse/split-headings';
import type { SourceLine } from '../../../src/parse/types';

/** Source lines of `texts`, one a line, at the left margin. */
function lines(texts: readonly string[]): SourceLine[] {
  return texts.map((text, i) => ({ no: i + 1, page: 1, indent: 0, text, raw: text, hard: false, blankBefore: false }));
}

const texts = (ls: readonly SourceLine[]) => ls.map((l) => l.text);

/** A text whose Pasal headings are run together with their first words (as some copies give them). */
const RUN_TOGETHER = [
  'Pasal 35',
  'Ketentuan ini berlaku bagi setiap orang.',
  'Pasal 36 Setiap orang yang melanggar dipidana.',
  'Pasal 37 (1) Terdakwa mempunyai hak untuk membuktikan.',
  '6. Di antara Pasal 38 dan Pasal 39 ditambahkan 3 (tiga) pasal baru yakni',
];

describe('splitInlinePasalHeadings', () => {
  it('sets a run-together heading apart, its insertion letter set apart or not', () => {
    const out = texts(splitInlinePasalHeadings(lines([...RUN_TOGETHER, 'Pasal 38 A Setiap orang wajib melapor.', 'Pasal 38B Harta benda dirampas.'].map((t) => t.replace(/yakni$/, 'yakni Pasal 38 A dan Pasal 38B, sebagai berikut:')))));
    expect(out).toEqual([
      'Pasal 35', 'Ketentuan ini berlaku bagi setiap orang.',
      'Pasal 36', 'Setiap orang yang melanggar dipidana.',
      'Pasal 37', '(1) Terdakwa mempunyai hak untuk membuktikan.',
      '6. Di antara Pasal 38 dan Pasal 39 ditambahkan 3 (tiga) pasal baru yakni Pasal 38 A dan Pasal 38B, sebagai berikut:',
      'Pasal 38 A', 'Setiap orang wajib melapor.',
      'Pasal 38B', 'Harta benda dirampas.',
    ]);
  });

  it('leaves a line that a sentence wrapped to open with a reference', () => {
    const wrapped = ['Pasal 38 A, Pasal 38 B, dan Pasal 38 C yang seluruhnya berbunyi sebagai berikut :', 'Pasal 38 B ayat (2), maka negara dapat melakukan gugatan perdata'];
    const out = texts(splitInlinePasalHeadings(lines([...RUN_TOGETHER, ...wrapped])));
    expect(out.slice(-2)).toEqual(wrapped);
  });
});

describe('splitInlinePasalHeadings, a sentence going on', () => {
  it('leaves a line that a sentence comes on to, though its number is the next Pasal\'s', () => {
    const wrapped = ['Pasal 37 (1) Setiap orang wajib melaksanakan ketentuan sebagaimana dimaksud dalam', 'Pasal 38 Undang-Undang Nomor 31 Tahun 1999.'];
    expect(texts(splitInlinePasalHeadings(lines([...RUN_TOGETHER.slice(0, 3), ...wrapped])))).toEqual([
      'Pasal 35', 'Ketentuan ini berlaku bagi setiap orang.', 'Pasal 36', 'Setiap orang yang melanggar dipidana.',
      'Pasal 37', '(1) Setiap orang wajib melaksanakan ketentuan sebagaimana dimaksud dalam', 'Pasal 38 Undang-Undang Nomor 31 Tahun 1999.',
    ]);
  });
});

describe('splitBabAndBagian', () => {
  it('sets apart a BAB heading run together with its first Pasal, whose words open with "(1)" or a capital', () => {
    const line = 'BAB XIII KETENTUAN PENUTUP Pasal 78 (1) Peraturan pemerintah yang diamanatkan Undang-Undang ini diselesaikan paling lambat 2 (dua) tahun.';
    expect(texts(splitBabAndBagian(lines([line])))).toEqual(['BAB XIII KETENTUAN PENUTUP', 'Pasal 78', '(1) Peraturan pemerintah yang diamanatkan Undang-Undang ini diselesaikan paling lambat 2 (dua) tahun.']);
    expect(texts(splitBabAndBagian(lines(['BAB I KETENTUAN UMUM Pasa1 1 Pajak Penghasilan dikenakan terhadap Subyek Pajak.'])))).toEqual(['BAB I KETENTUAN UMUM', 'Pasa1 1', 'Pajak Penghasilan dikenakan terhadap Subyek Pajak.']);
  });
});
