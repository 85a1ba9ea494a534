/**
 * Another real replacement pair: UU 24/1992 and UU 26/2007 on Penataan Ruang (test/fixtures/diff,
 * batang tubuh only; 32 and 80 Pasal), the law under which every region writes its spatial plan
 * (RTRW) as a Perda. The new law rewrites the matter at more than twice the length; the Pasal
 * that keep it pair, checked by reading both texts. The new text comes as a web page gives it,
 * its Bagian and Paragraf headings run into the line before them and BAB XIII into its first
 * Pasal ("BAB XIII KETENTUAN PENUTUP Pasal 78 (1) …"): before those were read, it had 79 Pasal
 * (Pasal 78 in Pasal 77's words) and 12 BAB, and the entry into force paired with "Pasal 79".
 */
import { describe, expect, it } from 'vitest';
import { fixturePair } from '../../helpers/fixture-pair';

const { NEW, c, rowOf } = fixturePair('uu-1992-24-penataan-ruang.txt', 'uu-2007-26-penataan-ruang.txt');

describe('compareDocs on the real Penataan Ruang replacement pair (UU 24/1992 -> UU 26/2007)', () => {
  it('pairs the Pasal that keep their matter', () => {
    expect(c.matchedBy).toBe('content');
    const checked: Array<[string, string]> = [
      // Definitions; principles; aims; the classification of spatial planning; the State's task.
      ['Pasal 1', 'Pasal 1'], ['Pasal 2', 'Pasal 2'], ['Pasal 3', 'Pasal 3'], ['Pasal 7', 'Pasal 5'], ['Pasal 24', 'Pasal 7'],
      // Use of space by programmes; the rights of every person; planning with the people's part.
      ['Pasal 15', 'Pasal 32'], ['Pasal 4', 'Pasal 60'], ['Pasal 12', 'Pasal 65'],
      // The plan of rural areas, part of the regency's plan: among Pasal on other plans that open
      // "Rencana tata ruang …" alike, the furthest alike of each other.
      ['Pasal 23', 'Pasal 49'],
      // Implementing rules kept in force; the entry into force.
      ['Pasal 30', 'Pasal 76'], ['Pasal 32', 'Pasal 80'],
    ];
    expect(checked.map(([, n]) => [rowOf(n).old?.label, n])).toEqual(checked);
    // A delegation on administrative sanctions is no successor of one on rights and duties, for all their shared formula.
    expect(rowOf('Pasal 64').status).toBe('inserted');
    // The plans of the nation, the provinces and the regencies open as far alike as their neighbours: left unpaired.
    expect(['Pasal 20', 'Pasal 21', 'Pasal 22'].map((l) => c.pasal.find((r) => r.old?.label === l)?.status)).toEqual(['deleted', 'deleted', 'deleted']);
  });

  it('reads the new text\'s headings run into the line before them', () => {
    const count: Record<string, number> = {};
    NEW.descendants((n) => {
      count[n.type.name] = (count[n.type.name] ?? 0) + 1;
      return true;
    });
    expect([count.bab, count.bagian, count.paragraf, count.pasal]).toEqual([13, 9, 16, 80]);
  });
});
