/**
 * Fingerprints of a project file for "nothing changed" assertions: `contentHash` hashes every
 * row of every table (a logical view: independent of WAL checkpoints and page layout, readable
 * while the project is open elsewhere); `fileHash` hashes the bytes of the file and its WAL.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import Database from 'better-sqlite3';

/** SHA-256 of every row of every table and of the schema, read through a read-only connection. */
export function contentHash(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const h = createHash('sha256');
    h.update(String(db.pragma('user_version', { simple: true })));
    const tables = db
      .prepare(
        "SELECT name, sql FROM sqlite_master WHERE type IN ('table', 'index', 'trigger') ORDER BY type, name",
      )
      .all() as Array<{ name: string; sql: string | null }>;
    for (const t of tables) {
      h.update(`${t.name}\n${t.sql ?? ''}\n`);
      if (t.sql?.startsWith('CREATE TABLE') && !t.name.startsWith('sqlite_')) {
        for (const row of db.prepare(`SELECT * FROM "${t.name}" ORDER BY rowid`).raw().iterate()) {
          h.update(
            JSON.stringify(row, (_k, v: unknown) =>
              Buffer.isBuffer(v) ? v.toString('base64') : v,
            ),
          );
        }
      }
    }
    return h.digest('hex');
  } finally {
    db.close();
  }
}

/** SHA-256 of the bytes of `file` and, when present, its `-wal`. */
export function fileHash(file: string): string {
  const h = createHash('sha256').update(fs.readFileSync(file));
  if (fs.existsSync(`${file}-wal`)) h.update(fs.readFileSync(`${file}-wal`));
  return h.digest('hex');
}
