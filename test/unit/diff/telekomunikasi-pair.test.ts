/**
 * Another real replacement pair: UU 3/1989 and UU 36/1999 on Telekomunikasi (test/fixtures/diff,
 * batang tubuh only; 41 and 64 Pasal). The old text comes as a web page gives it, each chapter run
 * together on one line; the new law opens telecommunications to competition and reorganises the
 * matter, so about half the old Pasal keep enough of their words to pair. The pairs below were
 * checked by reading both texts; two pairs the comparison makes are not asserted, being a matter of
 * judgement: old Pasal 4 ("Telekomunikasi dikuasai oleh Negara …") and 5 (the Government's policy)
 * became new Pasal 4's ayat (1) and (3), read as 5 -> 4 with 4 deleted, and old Pasal 15 (defence
 * telecommunications) is paired with new Pasal 9, which names defence among special
 * telecommunications, where new Pasal 31 speaks of it too.
 */
import { describe, expect, it } from 'vitest';
import { fixturePair } from '../../helpers/fixture-pair';

const { c, rowOf } = fixturePair('uu-1989-03-telekomunikasi.txt', 'uu-1999-36-telekomunikasi.txt');

describe('compareDocs on the real Telekomunikasi replacement pair (UU 3/1989 -> UU 36/1999)', () => {
  it('pairs the Pasal that keep their matter', () => {
    expect(c.matchedBy).toBe('content');
    const checked: Array<[string, string]> = [
      // Definitions; aims and principles, their order swapped; the Minister's office, word for word.
      ['Pasal 1', 'Pasal 1'], ['Pasal 2', 'Pasal 3'], ['Pasal 3', 'Pasal 2'], ['Pasal 6', 'Pasal 6'],
      // Frequency spectrum; technical requirements; foreign ships and aircraft; diplomatic missions.
      ['Pasal 7', 'Pasal 33'], ['Pasal 8', 'Pasal 32'], ['Pasal 10', 'Pasal 35'], ['Pasal 11', 'Pasal 36'], ['Pasal 9', 'Pasal 37'],
      // Special telecommunications where the networks do not reach; the tariff structure; priority messages.
      ['Pasal 16', 'Pasal 30'], ['Pasal 17', 'Pasal 27'], ['Pasal 18', 'Pasal 20'],
      // Interference forbidden; equal right of use; damages; recording of use; handing over recordings.
      ['Pasal 23', 'Pasal 38'], ['Pasal 28', 'Pasal 14'], ['Pasal 30', 'Pasal 15'], ['Pasal 29', 'Pasal 41'], ['Pasal 32', 'Pasal 43'],
      // The penalty for misusing radio frequencies ("Barangsiapa" / "Barang siapa"); civil servant
      // investigators; the implementing rules kept in force.
      ['Pasal 36', 'Pasal 53'], ['Pasal 40', 'Pasal 44'], ['Pasal 41', 'Pasal 62'],
    ];
    expect(checked.map(([, n]) => [rowOf(n).old?.label, n])).toEqual(checked);
    expect(rowOf('Pasal 6').status).toBe('unchanged');
    expect(c.pasal.filter((r) => r.new).map((r) => r.new!.label)).toEqual(Array.from({ length: 64 }, (_, i) => `Pasal ${i + 1}`));
  });

  it('leaves unpaired what the new law dropped', () => {
    // The Badan Pertimbangan Telekomunikasi (BAB VIII) is gone from the new law.
    const deleted = c.pasal.filter((r) => r.status === 'deleted').map((r) => r.old!.label);
    expect(deleted).toEqual(expect.arrayContaining(['Pasal 33', 'Pasal 34']));
    expect(c.pasal.filter((r) => r.old).map((r) => r.old!.label).sort((a, b) => Number(a.slice(6)) - Number(b.slice(6)))).toEqual(Array.from({ length: 41 }, (_, i) => `Pasal ${i + 1}`));
  });
});
