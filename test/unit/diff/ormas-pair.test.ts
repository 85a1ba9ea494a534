/**
 * Another real replacement pair: UU 8/1985 and UU 17/2013 on Organisasi Kemasyarakatan
 * (test/fixtures/diff, batang tubuh only; 20 and 87 Pasal). The old text comes as a web page runs
 * it, every BAB and Pasal on one line (read by `run-in-headings.ts`); the new one writes "Ormas"
 * where the old writes "Organisasi Kemasyarakatan", and rewrites each provision at length. Its
 * functions, rights, duties and finances open as the old ones do once "Ormas" reads as its long
 * form ("Ormas berhak: …" / "Organisasi Kemasyarakatan berhak : …"): they paired only when an
 * abbreviation its text defines also counted as its long form in a part's subject words
 * (`subject-words.ts`). Membership ("Setiap Warganegara …" / "Setiap warga negara …") pairs once a
 * compound written as one word reads as its words (`compounds.ts`). The pairs below were checked
 * by reading both texts.
 */
import { describe, expect, it } from 'vitest';
import { fixturePair } from '../../helpers/fixture-pair';

const { OLD, c, rowOf } = fixturePair('uu-1985-08-ormas.txt', 'uu-2013-17-ormas.txt');

describe('compareDocs on the real Ormas replacement pair (UU 8/1985 -> UU 17/2013)', () => {
  it('pairs the Pasal that keep their subject, the new text\'s abbreviation read as its long form', () => {
    expect(c.matchedBy).toBe('content');
    const checked: Array<[string, string]> = [
      // Definition; functions; rights; duties; membership; finances; the implementing rules; the entry into force.
      ['Pasal 1', 'Pasal 1'], ['Pasal 5', 'Pasal 6'], ['Pasal 6', 'Pasal 20'], ['Pasal 7', 'Pasal 21'], ['Pasal 9', 'Pasal 33'], ['Pasal 11', 'Pasal 37'], ['Pasal 19', 'Pasal 86'], ['Pasal 20', 'Pasal 87'],
    ];
    expect(checked.map(([, n]) => [rowOf(n).old?.label, n])).toEqual(checked);
    expect(c.pasal.filter((r) => r.old && r.new)).toHaveLength(checked.length);
  });

  it('reads the old text\'s 20 Pasal in 9 BAB from lines that run them together', () => {
    let bab = 0;
    let pasal = 0;
    OLD.descendants((n) => {
      if (n.type.name === 'bab') bab++;
      if (n.type.name === 'pasal') pasal++;
      return n.type.name !== 'pasal';
    });
    expect([bab, pasal]).toEqual([9, 20]);
  });
});
