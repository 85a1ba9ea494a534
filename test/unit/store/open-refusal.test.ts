import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, ProjectStore } from '../../../src/store/index';
import { makeTmpDir, type TmpDir } from '../../helpers/tmp-dir';
import { makeStore, TEST_SETTINGS } from './store-fixture';

/** Open `file` expecting refusal with `code`; asserts the file and its folder are unchanged. */
function expectRefusedUntouched(dir: string, file: string, code: string, readOnly = false): void {
  const bytes = fs.readFileSync(file);
  const mtime = fs.statSync(file).mtimeMs;
  const listing = fs.readdirSync(dir).sort();
  expect(() => ProjectStore.open(file, { appVersion: 'test', readOnly })).toThrow(expect.objectContaining({ code }));
  expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  expect(fs.statSync(file).mtimeMs).toBe(mtime);
  expect(fs.readdirSync(dir).sort()).toEqual(listing);
}

describe('opening a file that must be refused', () => {
  let tmp: TmpDir;
  beforeEach(() => {
    tmp = makeTmpDir('refuse');
  });
  afterEach(() => tmp.cleanup());

  it('refuses a text file (a real Perda text) as NOT_A_PROJECT, unchanged', () => {
    const file = path.join(tmp.path, 'perda.rancang');
    fs.writeFileSync(file, 'PERATURAN DAERAH KOTA BATAM\nNOMOR 1 TAHUN 2020\n'.repeat(20));
    expectRefusedUntouched(tmp.path, file, 'NOT_A_PROJECT');
  });

  it('refuses an empty file', () => {
    const file = path.join(tmp.path, 'kosong.rancang');
    fs.writeFileSync(file, '');
    expectRefusedUntouched(tmp.path, file, 'NOT_A_PROJECT');
  });

  it('refuses another application\'s SQLite database, unchanged', () => {
    const file = path.join(tmp.path, 'lain.rancang');
    const db = new Database(file);
    db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    db.close();
    expectRefusedUntouched(tmp.path, file, 'NOT_A_PROJECT');
    expectRefusedUntouched(tmp.path, file, 'NOT_A_PROJECT', true);
  });

  it('refuses a project from a newer schema with PROJECT_TOO_NEW, unchanged', () => {
    const f = makeStore(3);
    f.store.close();
    const db = new Database(f.file);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    expectRefusedUntouched(f.dir.path, f.file, 'PROJECT_TOO_NEW');
    expectRefusedUntouched(f.dir.path, f.file, 'PROJECT_TOO_NEW', true);
    expect(() => ProjectStore.open(f.file, { appVersion: 'test' })).toThrow(/Perbarui Rancang/);
    f.dir.cleanup();
  });

  it('refuses a missing file with FILE_ERROR and creates nothing', () => {
    const file = path.join(tmp.path, 'tidak-ada.rancang');
    expect(() => ProjectStore.open(file, { appVersion: 'test' })).toThrow(expect.objectContaining({ code: 'FILE_ERROR' }));
    expect(fs.readdirSync(tmp.path)).toEqual([]);
  });

  it('opens its own file again, read-only too, and the read-only store refuses writes', () => {
    const f = makeStore(3);
    f.store.close();
    const ro = ProjectStore.open(f.file, { appVersion: 'test', readOnly: true });
    expect(ro.getDraft().doc).toEqual(f.doc);
    expect(() => ro.saveDraft(f.doc, undefined, 'x')).toThrow(expect.objectContaining({ code: 'READ_ONLY' }));
    expect(() => ro.saveVersion({ label: 'v', stage: '', author: 'x' })).toThrow(expect.objectContaining({ code: 'READ_ONLY' }));
    ro.close();
    f.dir.cleanup();
  });

  it('create refuses an existing file with FILE_EXISTS and leaves it as it was', () => {
    const f = makeStore(3);
    f.store.close();
    const bytes = fs.readFileSync(f.file);
    expect(() =>
      ProjectStore.create(f.file, { settings: TEST_SETTINGS, doc: f.doc, actor: 'x', appVersion: 'test' }),
    ).toThrow(expect.objectContaining({ code: 'FILE_EXISTS' }));
    expect(fs.readFileSync(f.file).equals(bytes)).toBe(true);
    expect(fs.readdirSync(f.dir.path)).toEqual(['uji.rancang']);
    f.dir.cleanup();
  });
});
