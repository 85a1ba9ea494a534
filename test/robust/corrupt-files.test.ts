/**
 * Damaged and hostile project files (issue part 3, files): truncated, zeroed pages, not SQLite,
 * a newer schema, a read-only file, a full disk. Each gives a typed error with a clear message,
 * and nothing is ever written that makes things worse: the bytes of a refused file do not change,
 * and a write that fails on a full disk leaves the last saved state intact and consistent.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  closeContext,
  createContext,
  dispatch,
  type ApiContext,
} from '../../src/api/dispatch';
import { projectDatabase } from '../../src/store/review-store';
import { corpusDir } from '../helpers/paths';
import { makeTmpDir, type TmpDir } from '../helpers/tmp-dir';
import { generatePerda } from '../unit/store/generated-perda';
import { bundleScript } from './helpers/bundle';
import { contentHash, fileHash } from './helpers/content-hash';
import { readOnlyPath } from './helpers/read-only-path';

let dir: TmpDir;
let master: string;
let pageSize: number;
const contexts: ApiContext[] = [];

/** A fresh context (closed after each test). */
function newContext(): ApiContext {
  const ctx = createContext({
    userDataDir: path.join(dir.path, 'user'),
    author: 'Penguji',
    appVersion: 'test',
  });
  contexts.push(ctx);
  return ctx;
}

/** A copy of the master project in its own folder, with `damage` applied to its bytes. */
function damagedCopy(name: string, damage: (b: Buffer) => Buffer): string {
  const sub = path.join(dir.path, name);
  fs.mkdirSync(sub);
  const file = path.join(sub, 'proyek.rancang');
  fs.writeFileSync(file, damage(fs.readFileSync(master)));
  return file;
}

/** The integrity check of a closed file. */
function integrity(file: string): string {
  const db = new Database(file, { fileMustExist: true });
  try {
    return String(db.pragma('integrity_check', { simple: true }));
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  dir = makeTmpDir('corrupt');
  const ctx = newContext();
  master = (
    await call(ctx, 'project.create', {
      path: path.join(dir.path, 'master.rancang'),
      title: 'Induk',
    })
  ).path;
  await call(ctx, 'draft.save', { doc: generatePerda(40) });
  await call(ctx, 'version.save', { label: 'Naskah awal' });
  await call(ctx, 'thread.add', { unit: 'Pasal 4', body: 'Mohon dicek.' });
  closeContext(ctx);
  // No free pages: every page of the master holds data, so a cut or zeroed page is always one the
  // file needs (a free page at the end, left by whatever wrote last, could be cut unnoticed).
  const db = new Database(master);
  db.exec('VACUUM');
  db.close();
  pageSize = fs.readFileSync(master).readUInt16BE(16);
});
afterEach(() => {
  for (const c of contexts.splice(0)) closeContext(c);
});
afterAll(() => dir.cleanup());

describe('a damaged or foreign file is refused untouched', () => {
  const cases: Array<[string, (b: Buffer) => Buffer, string[]]> = [
    [
      'truncated to half',
      (b) => b.subarray(0, Math.floor(b.length / 2 / 4096) * 4096),
      ['FILE_ERROR', 'NOT_A_PROJECT'],
    ],
    ['truncated mid-page', (b) => b.subarray(0, b.length - 1234), ['FILE_ERROR', 'NOT_A_PROJECT']],
    ['truncated inside the header', (b) => b.subarray(0, 50), ['NOT_A_PROJECT']],
    [
      'pages 2-4 zeroed',
      (b) =>
        Buffer.concat([
          b.subarray(0, pageSize),
          Buffer.alloc(pageSize * 3),
          b.subarray(pageSize * 4),
        ]),
      ['FILE_ERROR'],
    ],
    [
      'last pages zeroed',
      (b) => Buffer.concat([b.subarray(0, b.length - pageSize * 3), Buffer.alloc(pageSize * 3)]),
      ['FILE_ERROR'],
    ],
    ['random bytes', (b) => Buffer.from(b.map((_, i) => (i * 7919 + 13) % 251)), ['NOT_A_PROJECT']],
    ['empty', () => Buffer.alloc(0), ['NOT_A_PROJECT']],
    [
      'a Perda text file',
      () =>
        fs.readFileSync(
          path.join(
            corpusDir,
            fs.readdirSync(corpusDir).find((f) => f.endsWith('.txt'))!,
          ),
        ),
      ['NOT_A_PROJECT'],
    ],
  ];
  for (const [name, damage, codes] of cases) {
    it(`${name}: ${codes.join(' or ')}, clear message, bytes unchanged`, async () => {
      const file = damagedCopy(name.replace(/\W+/g, '-'), damage);
      const before = fs.readFileSync(file);
      const ctx = newContext();
      const res = await dispatch(ctx, 'project.open', { path: file });
      expect(res.ok).toBe(false);
      if (res.ok) return;
      expect(codes).toContain(res.error.code);
      expect(res.error.message).toContain(file);
      expect(res.error.message).toMatch(/tidak diubah/);
      expect(ctx.project).toBeNull();
      expect(fs.readFileSync(file).equals(before)).toBe(true);
    });
  }

  it('a project from a newer schema: PROJECT_TOO_NEW, bytes unchanged', async () => {
    const file = damagedCopy('newer', (b) => b);
    const db = new Database(file);
    db.pragma('user_version = 99');
    db.close();
    const before = fileHash(file);
    const res = await dispatch(newContext(), 'project.open', { path: file });
    expect(res.ok ? 'ok' : res.error.code).toBe('PROJECT_TOO_NEW');
    expect(res.ok ? '' : res.error.message).toMatch(/lebih baru/);
    expect(fileHash(file)).toBe(before);
  });

  it('a damaged file never replaces the open project', async () => {
    const ctx = newContext();
    const good = damagedCopy('good', (b) => b);
    await call(ctx, 'project.open', { path: good });
    const bad = damagedCopy('bad', (b) => b.subarray(0, b.length - 1234));
    expect((await dispatch(ctx, 'project.open', { path: bad })).ok).toBe(false);
    expect((await call(ctx, 'project.info', {})).path).toBe(good);
  });
});

describe('read-only files', () => {
  it('opened read-only: every write is refused with READ_ONLY, bytes unchanged', async () => {
    const file = damagedCopy('ro-open', (b) => b);
    const before = fileHash(file);
    const ctx = newContext();
    await call(ctx, 'project.open', { path: file, readOnly: true });
    const draft = await call(ctx, 'draft.get', {});
    const writes: Array<[string, unknown]> = [
      ['draft.save', { doc: draft.doc }],
      ['version.save', { label: 'Tidak boleh' }],
      ['version.restore', { id: 1 }],
      ['settings.update', { patch: { title: 'Tidak boleh' } }],
      ['base.set', { doc: draft.doc }],
      ['thread.add', { unit: 'Pasal 1', body: 'Tidak boleh.' }],
    ];
    for (const [m, a] of writes) {
      const res = await dispatch(ctx, m, a);
      expect(res.ok ? 'ok' : res.error.code, m).toBe('READ_ONLY');
    }
    closeContext(ctx);
    expect(fileHash(file)).toBe(before);
  });

  it('a file the system will not let us write: READ_ONLY when opened for writing, bytes unchanged', async () => {
    const file = damagedCopy('ro-fs', (b) => b);
    const before = fs.readFileSync(file);
    const ro = readOnlyPath(file);
    try {
      const ctx = newContext();
      const res = await dispatch(ctx, 'project.open', { path: ro.file });
      if (res.ok) {
        // Opened (SQLite fell back to reading): then a write must be refused, never half done.
        const save = await dispatch(ctx, 'version.save', { label: 'Tidak boleh' });
        expect(save.ok ? 'ok' : save.error.code).toBe('READ_ONLY');
      } else {
        expect(res.error.code, res.error.message).toBe('READ_ONLY');
      }
      closeContext(ctx);
    } finally {
      ro.release();
    }
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});

describe('a full disk', () => {
  it('SQLite page limit: the failing save is a FILE_ERROR, the last saved state stays, later saves work', async () => {
    const file = damagedCopy('page-limit', (b) => b);
    const ctx = newContext();
    await call(ctx, 'project.open', { path: file });
    const before = contentHash(file);
    const db = projectDatabase(ctx.project!);
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages + 1}`);
    const res = await dispatch(ctx, 'draft.save', { doc: generatePerda(400, { seed: 3 }) });
    expect(res.ok ? 'ok' : res.error.code).toBe('FILE_ERROR');
    expect(contentHash(file)).toBe(before);
    db.pragma('max_page_count = 1073741823');
    await call(ctx, 'draft.save', { doc: generatePerda(400, { seed: 3 }) });
    closeContext(ctx);
    expect(integrity(file)).toBe('ok');
  });

  it('a size-limited file (RLIMIT_FSIZE): refused writes are typed errors, the file stays consistent', async () => {
    const file = damagedCopy('fsize', (b) => b);
    const userDataDir = path.join(dir.path, 'user-fsize');
    const ctx0 = newContext();
    await call(ctx0, 'project.open', { path: file });
    const draftBefore = JSON.stringify((await call(ctx0, 'draft.get', {})).doc);
    closeContext(ctx0);

    const script = await bundleScript(
      path.join(import.meta.dirname, 'disk/limited-writer.ts'),
      dir.path,
    );
    // 512-byte blocks in POSIX sh: 256 blocks = 128 KB for any file the child writes.
    const run = spawnSync(
      'sh',
      [
        '-c',
        'ulimit -f 256 && exec "$0" "$@"',
        process.execPath,
        script,
        JSON.stringify({ file, userDataDir }),
      ],
      {
        encoding: 'utf8',
        timeout: 150_000,
      },
    );
    const lines = run.stdout
      .trim()
      .split('\n')
      .filter(Boolean)
      .map(
        (l) => JSON.parse(l) as { method: string; ok: boolean; code?: string; message?: string },
      );
    expect(
      lines.map((l) => l.method),
      run.stderr,
    ).toEqual([
      'project.open',
      'draft.save',
      'version.save',
      'thread.add',
      'backup.create',
      'project.close',
    ]);
    expect(lines[0]?.ok).toBe(true);
    const save = lines[1]!;
    expect(save.ok).toBe(false);
    expect(save.code).toBe('FILE_ERROR');
    for (const l of lines) if (!l.ok) expect(l.code, l.message).not.toBe('INTERNAL');

    expect(integrity(file)).toBe('ok');
    const ctx = newContext();
    await call(ctx, 'project.open', { path: file });
    expect(JSON.stringify((await call(ctx, 'draft.get', {})).doc)).toBe(draftBefore);
    const versions = (await call(ctx, 'version.list', {})).map((v) => v.label);
    expect(versions.includes('Versi saat disk penuh')).toBe(lines[2]!.ok);
    await call(ctx, 'draft.save', { doc: generatePerda(600, { seed: 9 }) });
  }, 180_000);
});
