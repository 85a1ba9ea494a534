import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { runMigrations } from '../../../../src/store/migrate';
import { migration001 } from '../../../../src/store/migrations/001-initial';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from '../../../../src/store/migrations/index';
import { APPLICATION_ID } from '../../../../src/store/pragmas';

const TABLES = ['audit', 'base', 'blobs', 'draft', 'meta', 'schema_history', 'settings', 'versions'];

describe('migration 001 (initial)', () => {
  let db: Database.Database;
  afterEach(() => db?.close());

  it('creates every table as STRICT, marks the file and records itself', () => {
    db = new Database(':memory:');
    expect(runMigrations(db, 'test', [migration001])).toEqual([1]);
    const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{
      name: string;
      sql: string;
    }>;
    expect(tables.map((t) => t.name)).toEqual(TABLES);
    for (const t of tables) expect(t.sql).toMatch(/\)\s*STRICT$/);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare('SELECT version, name, app_version FROM schema_history').all()).toEqual([
      { version: 1, name: 'initial', app_version: 'test' },
    ]);
    const triggers = db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name").pluck().all();
    expect(triggers).toEqual([
      'audit_no_delete',
      'audit_no_update',
      'base_no_delete',
      'base_no_update',
      'versions_no_delete',
      'versions_no_update',
    ]);
  });

  it('STRICT tables refuse values of the wrong type', () => {
    db = new Database(':memory:');
    runMigrations(db, 'test', [migration001]);
    expect(() => db.prepare("INSERT INTO meta (key, value) VALUES ('a', ?)").run(Buffer.from('x'))).toThrow(/cannot store BLOB/);
  });

  it('is applied once: a second run does nothing', () => {
    db = new Database(':memory:');
    runMigrations(db, 'test');
    expect(runMigrations(db, 'test')).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM schema_history').pluck().get()).toBe(MIGRATIONS.length);
  });

  it('the list is numbered 1..n and the latest version is its length', () => {
    MIGRATIONS.forEach((m, i) => expect(m.version).toBe(i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('a failing later migration rolls back completely and leaves version 1', () => {
    db = new Database(':memory:');
    const broken: Migration = {
      version: 2,
      name: 'broken',
      up(d) {
        d.exec('CREATE TABLE extra (x INTEGER) STRICT');
        throw new Error('boom');
      },
    };
    expect(() => runMigrations(db, 'test', [migration001, broken])).toThrow('boom');
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'extra'").pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM schema_history').pluck().get()).toBe(1);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('refuses a database from a newer schema without touching it', () => {
    db = new Database(':memory:');
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    expect(() => runMigrations(db, 'test')).toThrow(expect.objectContaining({ code: 'PROJECT_TOO_NEW' }));
    expect(db.prepare('SELECT count(*) FROM sqlite_master').pluck().get()).toBe(0);
  });
});
