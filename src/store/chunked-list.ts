/**
 * Long lists of child hashes (a BAB with 300 Pasal, 1,000 Penjelasan entries) split by
 * content-defined chunking: a chunk ends after a hash that satisfies `isChunkBoundary` (about one
 * in `CHUNK_AVG`), so inserting, deleting or changing one child rewrites only the chunk around it
 * and the short chain of chunks above it. Chunks of chunks are built the same way until one level
 * is a single chunk, which is kept inline in the parent node (a prolly tree).
 */
import type { BlobStore } from './blob-store';
import { missingBlob } from './blob-store';

/** Average number of entries per chunk. */
export const CHUNK_AVG = 16;
/** A chunk is cut after this many entries even without a boundary hash. */
export const CHUNK_MAX = 64;

/** A list of hashes as stored: depth 0 lists children, depth d lists chunks of depth d - 1. */
export interface HashList {
  d: number;
  h: string[];
}

/** True when a chunk ends after the entry with this hash. */
export function isChunkBoundary(hash: string): boolean {
  return parseInt(hash.slice(-4), 16) % CHUNK_AVG === 0;
}

/** Split hashes into content-defined chunks (the last chunk may end without a boundary). */
export function splitChunks(hashes: readonly string[]): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  for (const h of hashes) {
    cur.push(h);
    if (isChunkBoundary(h) || cur.length >= CHUNK_MAX) {
      out.push(cur);
      cur = [];
    }
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

/** Store the chunks a list needs and return its inline top level. */
export function writeHashList(blobs: BlobStore, hashes: readonly string[]): HashList {
  let level: string[] = [...hashes];
  let d = 0;
  for (;;) {
    const chunks = splitChunks(level);
    // One chunk: done. No reduction (every entry a boundary): stop rather than loop forever.
    if (chunks.length <= 1 || chunks.length === level.length) return { d, h: level };
    level = chunks.map((h) => blobs.put('list', JSON.stringify({ d, h })));
    d += 1;
  }
}

/** Expand a stored list back to the child hashes. */
export function readHashList(blobs: BlobStore, list: HashList): string[] {
  if (list.d === 0) return list.h;
  const out: string[] = [];
  for (const hash of list.h) {
    const { kind, value } = blobs.get(hash);
    if (kind !== 'list') throw missingBlob(hash);
    const sub = value as HashList;
    for (const h of readHashList(blobs, sub)) out.push(h);
  }
  return out;
}
