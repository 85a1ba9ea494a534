import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { normalizeDoc } from '../../../src/api/doc-input';
import { BlobStore } from '../../../src/store/blob-store';
import { CHUNK_MAX, readHashList, splitChunks, writeHashList } from '../../../src/store/chunked-list';
import { readTree, writeTree, type NodeJson } from '../../../src/store/doc-tree';
import { runMigrations } from '../../../src/store/migrate';
import { changeOnePasal, generatePerda, insertPasalAfter } from './generated-perda';

const count = (db: Database.Database) => db.prepare('SELECT count(*) FROM blobs').pluck().get() as number;

describe('document tree of content-addressed blobs', () => {
  let db: Database.Database;
  afterEach(() => db?.close());
  const setup = () => {
    db = new Database(':memory:');
    runMigrations(db, 'test');
    return new BlobStore(db);
  };

  it('reads back exactly the document it wrote', () => {
    const blobs = setup();
    const doc = normalizeDoc(generatePerda(120, { pasalPerBab: 40 }));
    const root = writeTree(blobs, doc as NodeJson);
    expect(readTree(blobs, root)).toEqual(doc);
    expect(JSON.stringify(readTree(blobs, root))).toBe(JSON.stringify(doc));
  });

  it('stores an equal document only once', () => {
    const blobs = setup();
    const doc = normalizeDoc(generatePerda(50));
    const a = writeTree(blobs, doc as NodeJson);
    const n = count(db);
    const b = writeTree(blobs, structuredClone(doc) as NodeJson);
    expect(b).toBe(a);
    expect(count(db)).toBe(n);
  });

  it('changing one Pasal of a 300-Pasal BAB writes only a few small blobs', () => {
    const blobs = setup();
    const doc = normalizeDoc(generatePerda(300, { pasalPerBab: 300 }));
    writeTree(blobs, doc as NodeJson);
    const before = count(db);
    writeTree(blobs, changeOnePasal(doc, 150) as NodeJson);
    // The Pasal, its chunk, the chunk levels above, the BAB, Batang Tubuh and the document.
    expect(count(db) - before).toBeLessThanOrEqual(7);
    expect(count(db) - before).toBeGreaterThanOrEqual(4);
  });

  it('inserting a Pasal into a 300-Pasal BAB writes only a few small blobs', () => {
    const blobs = setup();
    const doc = normalizeDoc(generatePerda(300, { pasalPerBab: 300 }));
    writeTree(blobs, doc as NodeJson);
    const before = count(db);
    const next = normalizeDoc(insertPasalAfter(doc, 100, 'sisipan00001'));
    const root = writeTree(blobs, next as NodeJson);
    expect(count(db) - before).toBeLessThanOrEqual(8);
    expect(readTree(blobs, root)).toEqual(next);
  });

  it('the tree depends only on the content, not on the edit history', () => {
    const blobs = setup();
    const doc = normalizeDoc(generatePerda(200, { pasalPerBab: 200 }));
    const edited = normalizeDoc(insertPasalAfter(changeOnePasal(doc, 3), 50, 'sisipan00002'));
    writeTree(blobs, doc as NodeJson);
    const viaHistory = writeTree(blobs, edited as NodeJson);
    const other = new Database(':memory:');
    runMigrations(other, 'test');
    expect(writeTree(new BlobStore(other), structuredClone(edited) as NodeJson)).toBe(viaHistory);
    other.close();
  });

  it('chunks long lists, caps chunk length and expands them back in order', () => {
    const blobs = setup();
    const hashes = Array.from({ length: 1000 }, (_, i) => i.toString(16).padStart(64, '0'));
    for (const c of splitChunks(hashes)) expect(c.length).toBeLessThanOrEqual(CHUNK_MAX);
    const list = writeHashList(blobs, hashes);
    expect(list.d).toBeGreaterThan(0);
    expect(list.h.length).toBeLessThan(100);
    expect(readHashList(blobs, list)).toEqual(hashes);
  });
});
