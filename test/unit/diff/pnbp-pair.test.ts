/**
 * Another real replacement pair: UU 20/1997 and UU 9/2018 on Penerimaan Negara Bukan Pajak
 * (test/fixtures/diff, batang tubuh only; 24 and 73 Pasal), the national counterpart of a Perda
 * on retribusi. The new text is a scanned print's text recognition, uncorrected: its letterhead
 * read into the middle of lines ("PRES I DEN"), "BABV" for "BAB V", "Mengingat" run into the
 * Menimbang's last item. The pairs below were checked by reading both texts; two more the
 * comparison makes are a matter of judgement and not asserted (old 20, negligence in reporting,
 * with new 68 on withholding documents; old 23, tariffs kept in force, with new 69 on obligations
 * not yet settled).
 */
import { describe, expect, it } from 'vitest';
import { fixturePair } from '../../helpers/fixture-pair';

const { NEW, c, rowOf } = fixturePair('uu-1997-20-pnbp.txt', 'uu-2018-09-pnbp.txt');

describe('compareDocs on the real PNBP replacement pair (UU 20/1997 -> UU 9/2018)', () => {
  it('pairs the Pasal that keep their matter', () => {
    expect(c.matchedBy).toBe('content');
    const checked: Array<[string, string]> = [
      // Definitions; managed within the state budget; paid into the Treasury; the assessment of what is owed.
      ['Pasal 1', 'Pasal 1'], ['Pasal 5', 'Pasal 20'], ['Pasal 4', 'Pasal 29'], ['Pasal 10', 'Pasal 39'],
      // Bookkeeping; audit at the agency's request and its rules; wilful non-payment; the entry into force.
      ['Pasal 13', 'Pasal 41'], ['Pasal 14', 'Pasal 47'], ['Pasal 18', 'Pasal 57'], ['Pasal 21', 'Pasal 67'], ['Pasal 24', 'Pasal 73'],
    ];
    expect(checked.map(([, n]) => [rowOf(n).old?.label, n])).toEqual(checked);
    // A delegation on refunds is no successor of the duty to report, whose own delegation is on reporting.
    expect(rowOf('Pasal 65').status).toBe('inserted');
  });

  it('reads the recognised text\'s structure through its noise', () => {
    const count: Record<string, number> = {};
    NEW.descendants((n) => {
      count[n.type.name] = (count[n.type.name] ?? 0) + 1;
      return true;
    });
    expect([count.dasarHukum, count.bab, count.pasal]).toEqual([1, 13, 73]);
  });
});
