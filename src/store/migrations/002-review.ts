/**
 * Migration 2: review threads and the project's identity.
 *
 * - `meta.project_id`: a stable random id (32 hex digits) of the project, written once. Review
 *   packages carry it, so a package made for another project is refused on import.
 * - `review_events`: the append-only record of review threads (src/review/types.ts): one row per
 *   event with its random `id` (the merge key: importing a package inserts the events not yet
 *   present, so importing twice changes nothing), the thread, kind, time and the event as JSON.
 *   `seq` is only the local arrival order. Triggers refuse UPDATE and DELETE: nothing said in a
 *   review is ever lost.
 */
import type { Database } from 'better-sqlite3';
import type { Migration } from './migration';

/** The kinds of review event the table accepts. */
const KINDS = ['thread.create', 'reply.add', 'comment.edit', 'status.set', 'anchor.set', 'suggestion.accept', 'suggestion.reject'];

function up(db: Database): void {
  db.exec(`
    INSERT OR IGNORE INTO meta (key, value) VALUES ('project_id', lower(hex(randomblob(16))));

    CREATE TABLE review_events (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE CHECK (length(id) BETWEEN 8 AND 64),
      thread_id TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN (${KINDS.map((k) => `'${k}'`).join(', ')})),
      at TEXT NOT NULL,
      json TEXT NOT NULL CHECK (json_valid(json)),
      source TEXT NOT NULL
    ) STRICT;
    CREATE INDEX review_events_thread ON review_events (thread_id);
    CREATE TRIGGER review_events_no_update BEFORE UPDATE ON review_events
      BEGIN SELECT RAISE(ABORT, 'Catatan pembahasan tidak dapat diubah.'); END;
    CREATE TRIGGER review_events_no_delete BEFORE DELETE ON review_events
      BEGIN SELECT RAISE(ABORT, 'Catatan pembahasan tidak dapat dihapus.'); END;
  `);
}

/** Migration 2: review events and the project id. */
export const migration002: Migration = { version: 2, name: 'review', up };
