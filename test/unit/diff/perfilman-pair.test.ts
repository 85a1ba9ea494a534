/**
 * A fourth real replacement pair, rewritten almost whole: UU 8/1992 and UU 33/2009 on Perfilman
 * (test/fixtures/diff, batang tubuh only; 47 and 90 Pasal). The new law reorganises the matter
 * under new terms ("pelaku kegiatan / usaha perfilman"), so few Pasal keep enough of their words
 * to pair; those that do are checked here by reading both texts, and the web page's text, which
 * runs the perintah pengundangan into the last Pasal, is read with that formula set apart.
 */
import { describe, expect, it } from 'vitest';
import { keteranganOf } from '../../../src/diff/index';
import { fixturePair } from '../../helpers/fixture-pair';

const { c, rowOf } = fixturePair('uu-1992-08-perfilman.txt', 'uu-2009-33-perfilman.txt');

describe('compareDocs on the real Perfilman replacement pair (UU 8/1992 -> UU 33/2009)', () => {
  it('pairs the Pasal that keep their matter, each reworded', () => {
    expect(c.matchedBy).toBe('content');
    const pairs = (labels: Array<[string, string]>) => labels.map(([, n]) => [rowOf(n).old?.label, n]);
    // Definitions; the list of film technical services; the implementing rules kept in force; the
    // repeal clause; the entry into force.
    const checked: Array<[string, string]> = [['Pasal 1', 'Pasal 1'], ['Pasal 18', 'Pasal 23'], ['Pasal 45', 'Pasal 87'], ['Pasal 46', 'Pasal 89'], ['Pasal 47', 'Pasal 90']];
    expect(pairs(checked)).toEqual(checked);
    expect(c.pasal.filter((r) => r.new).map((r) => r.new!.label)).toEqual(Array.from({ length: 90 }, (_, i) => `Pasal ${i + 1}`));
  });

  it('reads the last Pasal without the perintah pengundangan the web page ran into its line', () => {
    // "Undang-undang ini mulai berlaku pada tanggal diundangkan. Agar setiap orang mengetahuinya,
    // memerintahkan …": the Pasal is its first sentence; the formula is the penutup's.
    expect(keteranganOf(rowOf('Pasal 90'))).toBe('Diubah (semula Pasal 47); hanya huruf besar/kecil');
    // Both texts' perintah pengundangan found, so the penutup rows pair them.
    expect(c.penutup.map((r) => r.status)).toEqual(['changed']);
  });
});
