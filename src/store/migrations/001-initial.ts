/**
 * Migration 1: the first project file layout. Every table is STRICT.
 *
 * - `schema_history`: which migrations ran, when, by which app version.
 * - `meta`: key/value facts about the file (created_at, created_with, sample).
 * - `settings`: the project settings (one JSON row).
 * - `blobs`: content-addressed document parts (see blob-store.ts, doc-tree.ts). A rowid table so
 *   that appended blobs fill pages densely; the hash is a unique key.
 * - `draft`: the working draft's root hash and revision (one row).
 * - `base`: the base text's root hash (one row, written once; triggers refuse changes).
 * - `versions`: immutable named versions (triggers refuse UPDATE and DELETE).
 * - `audit`: append-only log of who did what (triggers refuse UPDATE and DELETE).
 */
import type { Database } from 'better-sqlite3';
import { APPLICATION_ID } from '../pragmas';
import type { Migration } from './migration';

const refuse = (table: string, op: 'UPDATE' | 'DELETE', message: string) =>
  `CREATE TRIGGER ${table}_no_${op.toLowerCase()} BEFORE ${op} ON ${table}
   BEGIN SELECT RAISE(ABORT, '${message}'); END;`;

function up(db: Database): void {
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.exec(`
    CREATE TABLE schema_history (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at TEXT NOT NULL,
      app_version TEXT NOT NULL
    ) STRICT;

    CREATE TABLE meta (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE settings (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      json TEXT NOT NULL CHECK (json_valid(json)),
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE blobs (
      id INTEGER PRIMARY KEY,
      hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64),
      kind TEXT NOT NULL CHECK (kind IN ('leaf', 'node', 'list')),
      encoding TEXT NOT NULL CHECK (encoding IN ('json', 'deflate')),
      size INTEGER NOT NULL CHECK (size >= 0),
      data BLOB NOT NULL
    ) STRICT;

    CREATE TABLE draft (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      root TEXT NOT NULL REFERENCES blobs (hash),
      revision INTEGER NOT NULL CHECK (revision >= 0),
      saved_at TEXT NOT NULL,
      saved_by TEXT NOT NULL
    ) STRICT;

    CREATE TABLE base (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      root TEXT NOT NULL REFERENCES blobs (hash),
      source TEXT,
      set_at TEXT NOT NULL,
      set_by TEXT NOT NULL
    ) STRICT;
    ${refuse('base', 'UPDATE', 'Naskah dasar hanya dapat ditetapkan satu kali.')}
    ${refuse('base', 'DELETE', 'Naskah dasar tidak dapat dihapus.')}

    CREATE TABLE versions (
      id INTEGER PRIMARY KEY,
      label TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
      stage TEXT NOT NULL,
      author TEXT NOT NULL,
      created_at TEXT NOT NULL,
      parent_id INTEGER REFERENCES versions (id),
      root TEXT NOT NULL REFERENCES blobs (hash)
    ) STRICT;
    ${refuse('versions', 'UPDATE', 'Versi bersifat tetap dan tidak dapat diubah.')}
    ${refuse('versions', 'DELETE', 'Versi bersifat tetap dan tidak dapat dihapus.')}

    CREATE TABLE audit (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      action TEXT NOT NULL,
      detail TEXT NOT NULL CHECK (json_valid(detail))
    ) STRICT;
    ${refuse('audit', 'UPDATE', 'Catatan audit tidak dapat diubah.')}
    ${refuse('audit', 'DELETE', 'Catatan audit tidak dapat dihapus.')}
  `);
}

/** Migration 1: the initial layout. */
export const migration001: Migration = { version: 1, name: 'initial', up };
