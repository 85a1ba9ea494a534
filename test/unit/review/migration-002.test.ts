import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { runMigrations } from '../../../src/store/migrate';
import { migration001 } from '../../../src/store/migrations/001-initial';
import { migration002 } from '../../../src/store/migrations/002-review';

describe('migration 002 (review)', () => {
  let db: Database.Database;
  afterEach(() => db?.close());

  it('adds the append-only review_events table and a stable random project id to an existing file', () => {
    db = new Database(':memory:');
    runMigrations(db, 'test', [migration001]);
    db.prepare("INSERT INTO meta (key, value) VALUES ('created_at', 'x')").run();
    expect(runMigrations(db, 'test', [migration001, migration002])).toEqual([2]);
    const id = db.prepare("SELECT value FROM meta WHERE key = 'project_id'").pluck().get() as string;
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    const sql = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'review_events'").pluck().get() as string;
    expect(sql).toMatch(/\)\s*STRICT$/);
    db.prepare("INSERT INTO review_events (id, thread_id, kind, at, json, source) VALUES ('abcdefgh1234', 't', 'reply.add', 'now', '{}', 'local')").run();
    expect(() => db.prepare("UPDATE review_events SET json = '[]'").run()).toThrow(/tidak dapat diubah/);
    expect(() => db.prepare('DELETE FROM review_events').run()).toThrow(/tidak dapat dihapus/);
    expect(() => db.prepare("INSERT INTO review_events (id, thread_id, kind, at, json, source) VALUES ('abcdefgh9999', 't', 'hapus', 'now', '{}', 'local')").run()).toThrow(/CHECK/);
  });

  it('gives two files different project ids', () => {
    const ids = [0, 1].map(() => {
      const d = new Database(':memory:');
      runMigrations(d, 'test', [migration001, migration002]);
      const v = d.prepare("SELECT value FROM meta WHERE key = 'project_id'").pluck().get();
      d.close();
      return v;
    });
    expect(ids[0]).not.toBe(ids[1]);
  });
});
