/**
 * Every SQLite setting of a project file, in one place (architecture.md: "all database pragmas in
 * one place").
 *
 * - `journal_mode = WAL`: readers never block the writer; a crash mid-write leaves the last
 *   committed state intact.
 * - `synchronous = FULL`: in WAL mode NORMAL may lose the last committed transactions on power
 *   loss (the WAL is only synced at checkpoints). Rancang's promise is that nothing saved is lost,
 *   and writes are small (an autosave adds a few KB), so we pay one fsync per commit.
 * - `foreign_keys = ON`: draft, base and versions reference their root blob; a blob that is still
 *   referenced can never be deleted, even by a faulty garbage collection.
 * - `trusted_schema = OFF`: the file may come from elsewhere; SQL functions in its schema are not
 *   trusted.
 * - `busy_timeout`: another window holding the write lock makes us wait a little, not fail.
 */
import type { Database } from 'better-sqlite3';

/** `PRAGMA application_id` of every Rancang project file: "RCNG" in ASCII. */
export const APPLICATION_ID = 0x52434e47;

/** The file name extension of a project file. */
export const PROJECT_EXTENSION = '.rancang';

/** Milliseconds to wait for another connection's write lock. */
export const BUSY_TIMEOUT_MS = 5000;

/** Apply the connection settings; `readOnly` connections skip the settings that write. */
export function applyPragmas(db: Database, readOnly: boolean): void {
  if (!readOnly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
  } else {
    db.pragma('query_only = ON');
  }
  db.pragma('foreign_keys = ON');
  db.pragma('trusted_schema = OFF');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
}
