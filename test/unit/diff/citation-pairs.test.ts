/**
 * Pasal paired by what cites them (`citation-pairs.ts`): the k-th citation of a paired Pasal on
 * one side stands for the k-th on the other, and two unpaired Pasal so cited pair when they share
 * some content words; citations that disagree, or a pair with nothing in common, pair nothing.
 */
import { describe, expect, it } from 'vitest';
import type { Match } from '../../../src/diff/align';
import { citationPairs } from '../../../src/diff/citation-pairs';
import type { PasalUnit } from '../../../src/diff/extract';
import { tokenize } from '../../../src/diff/tokenize';

/** A Pasal of one paragraph (enough for the citations and the content words). */
const pasal = (num: string, text: string): PasalUnit => ({ uid: `u${num}-${text.length}`, label: `Pasal ${num}`, num, babUid: null, babLabel: null, context: '', parts: [], tokens: tokenize(text) });
const kewajibanLama = 'Petugas parkir berkewajiban untuk memberikan pelayanan masuk dan keluarnya kendaraan dan menjaga ketertiban.';
const kewajibanBaru = 'Petugas parkir dalam menjalankan tugasnya berkewajiban menjaga ketertiban dan keamanan lokasi parkir serta memakai seragam.';
const sanksi = (n: string) => `Setiap petugas parkir yang melanggar ketentuan sebagaimana dimaksud dalam Pasal ${n} dikenakan sanksi administrasi.`;

describe('Pasal paired by their citations', () => {
  // Old: 1 sanksi (cites 2), 2 kewajiban. New: 1 sanksi (cites 3), 2 something new, 3 kewajiban rewritten.
  const olds = [pasal('1', sanksi('2')), pasal('2', kewajibanLama)];
  const news = [pasal('1', sanksi('3')), pasal('2', 'Retribusi parkir disetor ke kas daerah.'), pasal('3', kewajibanBaru)];
  const paired: Match[] = [{ o: 0, n: 0, sim: 0.9, by: 'content' }];

  it('pairs the Pasal cited at the same place by a paired Pasal', () => {
    expect(citationPairs(olds, news, paired).map((m) => [m.o, m.n])).toEqual([[1, 2]]);
  });

  it('pairs nothing when two paired Pasal cite it against each other', () => {
    const olds2 = [...olds, pasal('4', sanksi('2'))];
    const news2 = [...news, pasal('4', sanksi('2'))];
    expect(citationPairs(olds2, news2, [...paired, { o: 2, n: 3, sim: 1, by: 'exact' }])).toEqual([]);
  });

  it('pairs nothing when the two share no content words', () => {
    const unrelated = [pasal('1', sanksi('3')), pasal('2', kewajibanBaru), pasal('3', 'Retribusi disetor ke kas daerah paling lambat satu hari.')];
    expect(citationPairs(olds, unrelated, paired)).toEqual([]);
  });
});
