/**
 * Storage cost of a version that changes one Pasal, on a generated 1,000-Pasal Perda. Target:
 * at most 2 x (that Pasal's JSON size) + 4 KB. Measured two ways: the bytes of the new blobs
 * (exact), and the pages in use after a WAL checkpoint averaged over several such versions
 * (what the file really grows by, B-tree overhead included).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeDoc } from '../../../src/api/doc-input';
import { changeOnePasal, jsonBytes, pasalsOf } from './generated-perda';
import { makeStore, type StoreFixture } from './store-fixture';

describe('storage growth of a one-Pasal version (1,000 Pasal)', () => {
  let f: StoreFixture;
  beforeAll(() => {
    f = makeStore(1000);
    f.store.saveVersion({ label: 'awal', stage: '', author: 'x' });
    f.store.gc();
  });
  afterAll(() => f.done());

  it('adds at most 2 x Pasal + 4 KB of blobs, far less than a full snapshot', () => {
    const before = f.store.stats();
    const next = normalizeDoc(changeOnePasal(f.doc, 437));
    f.store.saveDraft(next, undefined, 'x');
    f.store.saveVersion({ label: 'satu pasal', stage: '', author: 'x' });
    const after = f.store.stats();
    const pasal = jsonBytes(pasalsOf(next)[437]);
    const added = after.blobBytes - before.blobBytes;
    expect(added).toBeGreaterThan(0);
    expect(added).toBeLessThanOrEqual(2 * pasal + 4096);
    expect(added * 100).toBeLessThan(jsonBytes(next));
  });

  it('the file itself grows by at most 2 x Pasal + 4 KB per version on average', () => {
    let doc = f.store.getDraft().doc;
    const before = f.store.stats().usedBytes;
    const n = 12;
    let pasalBytes = 0;
    for (let i = 0; i < n; i++) {
      const k = (i * 83 + 11) % 1000;
      doc = normalizeDoc(changeOnePasal(doc, k, `kata${i}`));
      pasalBytes += jsonBytes(pasalsOf(doc)[k]);
      f.store.saveDraft(doc, undefined, 'x');
      f.store.saveVersion({ label: `v${i}`, stage: '', author: 'x' });
    }
    const perVersion = (f.store.stats().usedBytes - before) / n;
    expect(perVersion).toBeLessThanOrEqual(2 * (pasalBytes / n) + 4096);
    expect(f.store.getVersion(f.store.listVersions().length).doc).toEqual(doc);
  });
});
