/**
 * Garbage collection of blobs: a blob survives when it is reachable from the draft, the base or
 * any version. Intermediate autosaves leave unreachable blobs behind; they are removed here.
 * Mark and sweep run in one write transaction (no other connection can add a root in between),
 * and nothing is deleted when a reachable blob turns out to be missing (a damaged file is never
 * made worse). Foreign keys also forbid deleting a root blob.
 */
import { inflateRawSync } from 'node:zlib';
import type { Database } from 'better-sqlite3';
import type { HashList } from './chunked-list';

/** What a collection did. */
export interface GcStats {
  reachable: number;
  deleted: number;
  /** Reachable hashes with no blob (a damaged file); when > 0 nothing was deleted. */
  missing: number;
}

/** The root hashes: draft, base and every version. */
function roots(db: Database): string[] {
  return (
    db.prepare('SELECT root FROM draft UNION SELECT root FROM base UNION SELECT root FROM versions').pluck().all() as string[]
  );
}

/** Remove every blob that no root reaches. */
export function collectGarbage(db: Database): GcStats {
  const refs = db.prepare(
    "SELECT kind, encoding, CASE WHEN kind = 'leaf' THEN NULL ELSE data END AS data FROM blobs WHERE hash = ?",
  );
  return db.transaction((): GcStats => {
    const seen = new Set<string>();
    const stack = roots(db);
    let missing = 0;
    while (stack.length > 0) {
      const hash = stack.pop() as string;
      if (seen.has(hash)) continue;
      seen.add(hash);
      const row = refs.get(hash) as { kind: string; encoding: string; data: Buffer | null } | undefined;
      if (!row) {
        missing += 1;
        continue;
      }
      if (row.data === null) continue;
      const raw = row.encoding === 'deflate' ? inflateRawSync(row.data) : row.data;
      for (const h of (JSON.parse(raw.toString('utf8')) as HashList).h) stack.push(h);
    }
    if (missing > 0) return { reachable: seen.size, deleted: 0, missing };
    const del = db.prepare('DELETE FROM blobs WHERE id = ?');
    let deleted = 0;
    for (const row of db.prepare('SELECT id, hash FROM blobs').all() as Array<{ id: number; hash: string }>) {
      if (!seen.has(row.hash)) deleted += del.run(row.id).changes;
    }
    return { reachable: seen.size, deleted, missing };
  }).immediate();
}
