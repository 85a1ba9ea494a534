/**
 * Backups (issue part 2): rotating online backups in `<project>.backups/`, made on demand, on a
 * schedule and before migrations; restoring one from the app keeps the current file as a
 * backup first, and the restored project opens and is complete.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  call,
  closeContext,
  createContext,
  dispatch,
  type ApiContext,
} from '../../src/api/dispatch';
import { normalizeDoc } from '../../src/api/doc-input';
import { BACKUP_KEEP, backupDirOf, listBackups, verifyProjectCopy } from '../../src/store/backup';
import { BackupScheduler } from '../../src/store/backup-schedule';
import { ProjectStore } from '../../src/store/index';
import { LATEST_SCHEMA_VERSION } from '../../src/store/migrations/index';
import { makeTmpDir, type TmpDir } from '../helpers/tmp-dir';
import { changeOnePasal, generatePerda } from '../unit/store/generated-perda';
import { contentHash } from './helpers/content-hash';
import { writeV1Project } from './helpers/v1-project';

let dir: TmpDir;
let ctx: ApiContext;
let file: string;

beforeEach(async () => {
  dir = makeTmpDir('backup');
  ctx = createContext({
    userDataDir: path.join(dir.path, 'user'),
    author: 'Perancang',
    appVersion: 'test',
  });
  file = (
    await call(ctx, 'project.create', {
      path: path.join(dir.path, 'perda.rancang'),
      title: 'Uji cadangan',
    })
  ).path;
  await call(ctx, 'draft.save', { doc: generatePerda(12) });
});
afterEach(() => {
  closeContext(ctx);
  dir.cleanup();
});

/** Everything a user would miss: draft, versions, threads (read through the API). */
async function snapshot(c: ApiContext) {
  const draft = await call(c, 'draft.get', {});
  const versions = await call(c, 'version.list', {});
  const threads = await call(c, 'thread.list', {});
  return {
    draft: JSON.stringify(draft.doc),
    revision: draft.revision,
    versions: versions.map((v) => [v.id, v.label, v.hash]),
    threads: threads.threads.map((t) => [t.id, t.comment.body, t.replies.map((r) => r.body)]),
  };
}

describe('backup.create and backup.list', () => {
  it('makes a complete project file next to the project, listed newest first', async () => {
    await call(ctx, 'version.save', { label: 'Naskah awal' });
    await call(ctx, 'thread.add', { unit: 'Pasal 3', body: 'Mohon diperjelas.' });
    const before = await snapshot(ctx);
    const b = await call(ctx, 'backup.create', {});
    expect(b.kind).toBe('manual');
    expect(b.bytes).toBeGreaterThan(0);
    expect((await call(ctx, 'backup.list', {})).map((x) => x.id)).toEqual([b.id]);
    const copy = path.join(backupDirOf(file), b.id);
    expect(fs.statSync(copy).size).toBe(b.bytes);
    verifyProjectCopy(copy, true);

    const other = createContext({ userDataDir: path.join(dir.path, 'user2'), appVersion: 'test' });
    try {
      await call(other, 'project.open', { path: copy, readOnly: true });
      expect(await snapshot(other)).toEqual(before);
    } finally {
      closeContext(other);
    }
  });

  it(`keeps the newest ${BACKUP_KEEP.manual} manual backups`, async () => {
    const made: string[] = [];
    for (let i = 0; i < BACKUP_KEEP.manual + 3; i++)
      made.push((await call(ctx, 'backup.create', {})).id);
    const listed = (await call(ctx, 'backup.list', {})).map((b) => b.id);
    expect(listed).toEqual(made.slice(-BACKUP_KEEP.manual).reverse());
    expect(fs.readdirSync(backupDirOf(file)).sort()).toEqual([...listed].sort());
  });

  it('is a consistent copy while the draft keeps being saved (online backup)', async () => {
    let doc = (await call(ctx, 'draft.get', {})).doc;
    const pending = dispatch(ctx, 'backup.create', {});
    for (let i = 0; i < 20; i++) {
      doc = changeOnePasal(doc, i % 12, `sambil${i}`);
      await call(ctx, 'draft.save', { doc });
      await new Promise((r) => setImmediate(r)); // let the backup take its next step
    }
    const res = await pending;
    expect(res.ok).toBe(true);
    const id = (res as { value: { id: string } }).value.id;
    verifyProjectCopy(path.join(backupDirOf(file), id), true);
  });

  it('ignores and clears a half-written backup left by a crash', async () => {
    fs.mkdirSync(backupDirOf(file), { recursive: true });
    const stale = path.join(backupDirOf(file), '.2020-01-01T00-00-00-000Z-manual.rancang.123.tmp');
    fs.writeFileSync(stale, 'setengah');
    expect(await call(ctx, 'backup.list', {})).toEqual([]);
    await call(ctx, 'backup.create', {});
    expect(fs.existsSync(stale)).toBe(false);
  });
});

describe('backup.restore', () => {
  it('restores the backed-up state, keeping the replaced file as a backup', async () => {
    await call(ctx, 'version.save', { label: 'Versi A' });
    await call(ctx, 'thread.add', { unit: 'Pasal 1', body: 'Komentar A.' });
    const atBackup = await snapshot(ctx);
    const backup = await call(ctx, 'backup.create', {});

    const d = await call(ctx, 'draft.get', {});
    await call(ctx, 'draft.save', {
      doc: changeOnePasal(d.doc, 2, 'sesudah'),
      revision: d.revision,
    });
    await call(ctx, 'version.save', { label: 'Versi B' });
    await call(ctx, 'thread.add', { unit: 'Pasal 2', body: 'Komentar B.' });
    const beforeRestore = await snapshot(ctx);

    const r = await call(ctx, 'backup.restore', { id: backup.id });
    expect(r.restored.id).toBe(backup.id);
    expect(r.savedCurrentAs.kind).toBe('pre-restore');
    expect(r.project.path).toBe(file);
    expect(await snapshot(ctx)).toEqual(atBackup);
    const audit = await call(ctx, 'audit.list', { limit: 1 });
    expect(audit[0]?.action).toBe('backup.restore');

    // Nothing is lost: the replaced state is in the pre-restore backup, and can come back.
    await call(ctx, 'backup.restore', { id: r.savedCurrentAs.id });
    expect(await snapshot(ctx)).toEqual(beforeRestore);
  });

  it('refuses unknown and path-like ids and leaves the project as it was', async () => {
    const before = contentHash(file);
    for (const id of [
      'tidak-ada.rancang',
      '../perda.rancang',
      '../../../../etc/passwd',
      '2020-01-01T00-00-00-000Z-manual.rancang',
    ]) {
      const res = await dispatch(ctx, 'backup.restore', { id });
      expect(res.ok ? 'ok' : res.error.code).toBe('NOT_FOUND');
    }
    expect(contentHash(file)).toBe(before);
    expect((await call(ctx, 'project.info', {})).path).toBe(file);
  });

  it('refuses a damaged backup before touching the project', async () => {
    const b = await call(ctx, 'backup.create', {});
    const copy = path.join(backupDirOf(file), b.id);
    const bytes = fs.readFileSync(copy);
    fs.writeFileSync(copy, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const before = contentHash(file);
    const res = await dispatch(ctx, 'backup.restore', { id: b.id });
    expect(res.ok ? 'ok' : res.error.code).toBe('FILE_ERROR');
    expect(contentHash(file)).toBe(before);
    expect(listBackups(file).map((x) => x.kind)).toEqual(['manual']);
    expect((await call(ctx, 'project.info', {})).path).toBe(file);
  });

  it('refuses while another connection has the file open, and reopens the original', async () => {
    const b = await call(ctx, 'backup.create', {});
    await call(ctx, 'version.save', { label: 'Sesudah cadangan' });
    const before = await snapshot(ctx);
    const other = new Database(file);
    try {
      other.prepare('SELECT count(*) FROM versions').get();
      const res = await dispatch(ctx, 'backup.restore', { id: b.id });
      expect(res.ok ? 'ok' : res.error.code).toBe('PROJECT_LOCKED');
    } finally {
      other.close();
    }
    expect(await snapshot(ctx)).toEqual(before);
    expect((await call(ctx, 'version.list', {})).map((v) => v.label)).toEqual(['Sesudah cadangan']);
  });
});

describe('pre-migration backups', () => {
  it('backs up an older file before migrating it; restoring it opens (migrated again) and is complete', async () => {
    closeContext(ctx);
    const old = path.join(dir.path, 'lama.rancang');
    const doc = normalizeDoc(generatePerda(5));
    writeV1Project(old, doc);
    const oldHash = contentHash(old);

    const info = await call(ctx, 'project.open', { path: old });
    expect(info.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    const [pre] = await call(ctx, 'backup.list', {});
    expect(pre?.kind).toBe('pre-migration');
    const copy = path.join(backupDirOf(old), pre!.id);
    expect(contentHash(copy)).toBe(oldHash);
    expect(fs.existsSync(`${old}.v1.bak`)).toBe(false);

    const r = await call(ctx, 'backup.restore', { id: pre!.id });
    expect(r.project.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect((await call(ctx, 'version.list', {})).map((v) => v.label)).toEqual(['Versi lama']);
    expect((await call(ctx, 'draft.get', {})).doc).toEqual(doc);
    expect(
      (await call(ctx, 'backup.list', {})).filter((b) => b.kind === 'pre-migration'),
    ).toHaveLength(2);
  });
});

describe('scheduled backups', () => {
  it('back up only when the project changed, and rotate', async () => {
    const scheduler = new BackupScheduler({ current: () => ctx.project });
    const first = await scheduler.tick();
    expect(first?.kind).toBe('scheduled');
    expect(await scheduler.tick()).toBeNull();
    let doc = (await call(ctx, 'draft.get', {})).doc;
    for (let i = 0; i < BACKUP_KEEP.scheduled + 2; i++) {
      doc = changeOnePasal(doc, 1, `jadwal${i}`);
      await call(ctx, 'draft.save', { doc });
      expect((await scheduler.tick())?.kind).toBe('scheduled');
    }
    expect(listBackups(file).filter((b) => b.kind === 'scheduled')).toHaveLength(
      BACKUP_KEEP.scheduled,
    );
    const newest = listBackups(file)[0]!;
    const restored = ProjectStore.open(path.join(backupDirOf(file), newest.id), {
      appVersion: 'test',
      readOnly: true,
    });
    try {
      expect(JSON.stringify(restored.getDraft().doc)).toBe(
        JSON.stringify((await call(ctx, 'draft.get', {})).doc),
      );
    } finally {
      restored.close();
    }
  });

  it('does nothing without an open project or for a read-only one', async () => {
    const scheduler = new BackupScheduler({ current: () => null });
    expect(await scheduler.tick()).toBeNull();
    await call(ctx, 'project.open', { path: file, readOnly: true });
    const ro = new BackupScheduler({ current: () => ctx.project });
    expect(await ro.tick()).toBeNull();
    expect(listBackups(file)).toEqual([]);
  });
});
