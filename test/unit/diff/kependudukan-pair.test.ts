/**
 * Another real replacement pair: UU 10/1992 and UU 52/2009 on Perkembangan Kependudukan dan
 * Pembangunan Keluarga (test/fixtures/diff, batang tubuh only; 29 and 63 Pasal). The new law keeps
 * much of the old one's family-planning chapter nearly word for word under new terms
 * ("pengaturan kehamilan" became "kontrasepsi"); those Pasal pair, checked by reading both texts.
 * The people's part (old 24, "berperanserta", new 58, "berperan serta") pairs once a compound
 * written as one word reads as its words (`compounds.ts`). Not paired though a reader would: the
 * principles (old and new Pasal 2), whose shared words are the law's own (weighted similarity 0.2,
 * under the gap threshold of 0.3).
 * The new text's list run into its opening words after a web page's underline mark ("Pemerintah
 * bertanggung jawab dalam: __ a. menetapkan …", Pasal 12) is read as a list from "a.".
 */
import { describe, expect, it } from 'vitest';
import { fixturePair } from '../../helpers/fixture-pair';

const { NEW, c, rowOf } = fixturePair('uu-1992-10-kependudukan.txt', 'uu-2009-52-kependudukan.txt');

describe('compareDocs on the real Kependudukan replacement pair (UU 10/1992 -> UU 52/2009)', () => {
  it('pairs the Pasal that keep their matter', () => {
    expect(c.matchedBy).toBe('content');
    const checked: Array<[string, string]> = [
      // Definitions; the aims; the quantity of the population; mobility; vulnerable groups.
      ['Pasal 1', 'Pasal 1'], ['Pasal 4', 'Pasal 4'], ['Pasal 10', 'Pasal 19'], ['Pasal 14', 'Pasal 33'], ['Pasal 13', 'Pasal 39'],
      // Family planning: the policy, the service, equal rights of spouses, risky means, showing the means, supply.
      ['Pasal 16', 'Pasal 22'], ['Pasal 17', 'Pasal 24'], ['Pasal 19', 'Pasal 25'], ['Pasal 20', 'Pasal 26'], ['Pasal 21', 'Pasal 28'], ['Pasal 22', 'Pasal 29'],
      // The people's part ("berperanserta" / "berperan serta"); implementing rules kept in force; the entry into force.
      ['Pasal 24', 'Pasal 58'], ['Pasal 28', 'Pasal 59'], ['Pasal 29', 'Pasal 63'],
    ];
    expect(checked.map(([, n]) => [rowOf(n).old?.label, n])).toEqual(checked);
    expect(c.pasal.filter((r) => r.old && r.new)).toHaveLength(checked.length);
  });

  it('reads a list run into its opening words after an underline mark', () => {
    const items: string[] = [];
    NEW.descendants((n) => {
      if (n.type.name === 'pasal' && n.textContent.startsWith('Pemerintah bertanggung jawab dalam:')) {
        n.descendants((x) => {
          if (x.type.name === 'item') items.push(x.textContent.split(' ').slice(0, 2).join(' '));
          return true;
        });
      }
      return n.type.name !== 'pasal';
    });
    expect(items.slice(0, 3)).toEqual(['menetapkan kebijakan', 'menetapkan pedoman', 'memberikan pembinaan,']);
  });
});
