/**
 * Numbering many documents in one synchronous run keeps only a bounded number of them alive:
 * the recent documents a new one is checked against are at most a few, whatever the number of
 * calls (a weak reference to each used to keep all of them alive until the run ended).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { generatePerda } from '../../../src/model/doc-builders';
import { numberDocument } from '../../../src/model/numbering';
import { perdaSchema } from '../../../src/model/schema';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** Heap in use after a full collection. */
function heapUsed(): number {
  collect();
  return process.memoryUsage().heapUsed;
}

describe('numbering memory', () => {
  it('does not keep every document numbered in one run alive', () => {
    const doc = generatePerda(300, { seed: 3 });
    const json = doc.toJSON();
    const fresh = () => perdaSchema.nodeFromJSON(json);
    // What one numbered document costs while it is alive.
    const before = heapUsed();
    const one = fresh();
    numberDocument(one);
    const perDoc = heapUsed() - before;
    expect(one.childCount).toBeGreaterThan(0);
    expect(perDoc).toBeGreaterThan(0);
    const start = heapUsed();
    for (let i = 0; i < 16; i++) numberDocument(fresh());
    const grown = heapUsed() - start;
    // At most the few recent documents stay, not the 16.
    expect(grown / perDoc).toBeLessThan(8);
  });
});
