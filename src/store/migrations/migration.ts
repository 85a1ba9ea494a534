/**
 * The shape of a schema migration. Migrations are numbered from 1, append-only (a released
 * migration is never edited; a change is a new migration), and each runs in its own transaction.
 */
import type { Database } from 'better-sqlite3';

/** One schema migration. */
export interface Migration {
  /** The `user_version` the file has after this migration. */
  version: number;
  /** A short name, recorded in `schema_history`. */
  name: string;
  /** Apply the migration (called inside a transaction; must not commit). */
  up(db: Database): void;
}
