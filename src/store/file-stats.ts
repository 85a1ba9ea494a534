/**
 * Space figures of a project file, for the storage benchmark and tests. `usedBytes` counts the
 * pages in use after a WAL checkpoint ((page_count - freelist_count) x page_size): what the file
 * really costs, B-tree overhead included. `blobBytes` sums the stored blob payloads (compressed
 * data plus the 64-byte hash): exact, but without page overhead.
 */
import type { Database } from 'better-sqlite3';

/** Space figures of one project file. */
export interface FileStats {
  usedBytes: number;
  fileBytes: number;
  blobBytes: number;
  blobCount: number;
}

/** Checkpoint the WAL (when writable) and measure the file. */
export function fileStats(db: Database, readOnly: boolean): FileStats {
  if (!readOnly) db.pragma('wal_checkpoint(TRUNCATE)');
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const pages = db.pragma('page_count', { simple: true }) as number;
  const free = db.pragma('freelist_count', { simple: true }) as number;
  const blob = db.prepare('SELECT count(*) AS n, coalesce(sum(length(data) + length(hash)), 0) AS bytes FROM blobs').get() as {
    n: number;
    bytes: number;
  };
  return { usedBytes: (pages - free) * pageSize, fileBytes: pages * pageSize, blobBytes: blob.bytes, blobCount: blob.n };
}
