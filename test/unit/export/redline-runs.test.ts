/**
 * The runs of the redline: what one text prints and the other does not goes as a whole, the space
 * after it included, so the reading without it does not run the words on.
 */
import { describe, expect, it } from 'vitest';
import { pieceRuns } from '../../../src/export/redline/comparison-redline';

describe('a number the new text no longer prints', () => {
  it('is deleted with the space after it, so the words after it do not run on ("3. Perda", not "3.Perda")', () => {
    const runs = pieceRuns([{ op: 'equal', text: '\n', old: '\n3. ' }, { op: 'delete', text: 'Perda' }]);
    expect(runs.filter((r) => r.change === 'delete').map((r) => r.text).join('')).toBe('3. Perda');
  });
});
