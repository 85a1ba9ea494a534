/**
 * A sixth real replacement pair, rewritten throughout under a new name: UU 9/1995 on Usaha Kecil
 * and UU 20/2008 on Usaha Mikro, Kecil, dan Menengah (test/fixtures/diff, batang tubuh only; 38
 * and 44 Pasal). Nearly every "Usaha Kecil" became "Usaha Mikro, Kecil, dan Menengah" and every
 * "Pemerintah menumbuhkan iklim usaha dalam aspek …" an "Aspek … ditujukan untuk:", so the pairs
 * below are those that keep enough of their words, or elaborate items of the list of aspects that
 * pair, each checked by reading both texts. (Not paired, though a reader pairs them: old 3 and 4 /
 * new 2 and 5 on asas and tujuan.)
 */
import { describe, expect, it } from 'vitest';
import { fixturePair } from '../../helpers/fixture-pair';

const { c, rowOf } = fixturePair('uu-1995-09-usaha-kecil.txt', 'uu-2008-20-umkm.txt');

describe('compareDocs on the real Usaha Kecil / UMKM replacement pair (UU 9/1995 -> UU 20/2008)', () => {
  it('pairs the Pasal that keep their matter, each reworded', () => {
    const checked: Array<[string, string]> = [
      // Definitions; kriteria; the aspects of the iklim usaha and six of them (pendanaan,
      // prasarana, informasi, kemitraan, perizinan, perlindungan / kesempatan berusaha).
      ['Pasal 1', 'Pasal 1'], ['Pasal 5', 'Pasal 6'], ['Pasal 6', 'Pasal 7'], ['Pasal 7', 'Pasal 8'], ['Pasal 9', 'Pasal 9'], ['Pasal 10', 'Pasal 10'], ['Pasal 11', 'Pasal 11'], ['Pasal 12', 'Pasal 12'], ['Pasal 13', 'Pasal 13'],
      // The fields of pengembangan and each field's Pasal.
      ['Pasal 14', 'Pasal 16'], ['Pasal 15', 'Pasal 17'], ['Pasal 16', 'Pasal 18'], ['Pasal 17', 'Pasal 19'], ['Pasal 18', 'Pasal 20'],
      // Access to pembiayaan; the patterns of kemitraan; its written agreement; shares; the ban on owning a partner; the delegation.
      ['Pasal 22', 'Pasal 23'], ['Pasal 27', 'Pasal 26'], ['Pasal 29', 'Pasal 34'], ['Pasal 30', 'Pasal 33'], ['Pasal 31', 'Pasal 35'], ['Pasal 32', 'Pasal 37'],
      // Koordinasi; the penal and administrative sanctions; the transitional and closing Pasal.
      ['Pasal 33', 'Pasal 38'], ['Pasal 34', 'Pasal 40'], ['Pasal 36', 'Pasal 39'], ['Pasal 37', 'Pasal 43'], ['Pasal 38', 'Pasal 44'],
    ];
    expect(checked.map(([, n]) => [rowOf(n).old?.label, n])).toEqual(checked);
    expect(c.pasal.filter((r) => r.new).map((r) => r.new!.label)).toEqual(Array.from({ length: 44 }, (_, i) => `Pasal ${i + 1}`));
  });

  it('reads old Pasal 8 (aspek persaingan, an aspect the new list lacks) deleted, not as new Pasal 11 (aspek kemitraan), which took some of its words', () => {
    // Old Pasal 6 ayat (1) huruf b "persaingan" has no partner; new Pasal 7 ayat (1) huruf d "kemitraan" is old huruf e.
    const row = c.pasal.find((r) => r.old?.label === 'Pasal 8')!;
    expect([row.status, row.new]).toEqual(['deleted', null]);
    // Its last item stands in new Pasal 11 as huruf g, which the row says.
    expect(row.parts.find((p) => p.old?.label === 'Pasal 8 huruf c')?.alike).toBe('Pasal 11 huruf g');
    expect(c.summary).toMatchObject({ changed: 25, inserted: 19, deleted: 13 });
  });

  it('reads an amount the web page broke after "Rp." as one item', () => {
    // Old Pasal 5 ayat (1) huruf b: "… paling banyak Rp." / "1.000.000.000,- (satu milyar rupiah);".
    const row = rowOf('Pasal 6');
    const item = row.parts.find((p) => p.old?.label === 'Pasal 5 ayat (1) huruf b')!;
    expect(item.old?.text).toBe('memiliki hasil penjualan tahunan paling banyak Rp. 1.000.000.000,- (satu milyar rupiah);');
    expect(row.parts.filter((p) => p.old && !p.new && /^1\.000/.test(p.old.text))).toEqual([]);
  });
});
