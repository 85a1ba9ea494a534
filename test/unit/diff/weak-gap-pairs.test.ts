/**
 * Weak gap pairs dropped for a merge or split only where the Pasal says so itself
 * (`weak-gap-pairs.ts`): shared words alone do not decide. The benchmark's generated revision
 * (100 Pasal, a fifth of the words replaced from a small vocabulary) has short Pasal whose words
 * all occur in a long neighbour, while their true partner, reworded, shares fewer of them.
 */
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { generatePerda } from '../../../src/model/doc-builders';
import { reviseWithTruth } from '../../bench/compare';

describe('weak gap pairs against the words of a long neighbour', () => {
  it('keeps every true pair of the generated 100-Pasal revision: none dropped for a neighbour that merely holds its words', () => {
    const a = generatePerda(100, { seed: 7 });
    const rev = reviseWithTruth(a, 11);
    const c = compareDocs(a, rev.doc);
    const paired = c.pasal.filter((r) => r.old && r.new);
    expect(paired.filter((r) => rev.kept.get(r.old!.uid) !== r.new!.uid).map((r) => [r.status, r.old!.label, r.new!.label])).toEqual([]);
    expect(paired).toHaveLength(rev.kept.size);
    expect(c.summary.merged + c.summary.split).toBe(0);
  });
});
