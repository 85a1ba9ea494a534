/**
 * The router against the real core (dispatch on a temp user data folder): file lock on open,
 * create and sample, read-only bypass, release on close and switch; PDF export through the
 * injected printer; host methods.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCallRouter, fileToLock, waitForIdle, type CallRouter } from '../../../electron/call-router';
import { acquireLock, LockKeeper, lockPathFor, type LockEnv } from '../../../electron/file-lock';
import { closeContext, createContext, dispatch, type ApiContext } from '../../../src/api/dispatch';
import { makeTmpDir, type TmpDir } from '../../helpers/tmp-dir';

let tmp: TmpDir;
let ctx: ApiContext;
let router: CallRouter;
let printed: string[];
let changes: (string | null)[];
const env: LockEnv = { pid: process.pid, hostname: 'ini', now: () => new Date(), isAlive: () => true };

beforeEach(() => {
  tmp = makeTmpDir('router');
  ctx = createContext({ userDataDir: path.join(tmp.path, 'user-data'), appVersion: '0.1.0' });
  printed = [];
  changes = [];
  router = createCallRouter({
    dispatch: (m, a) => dispatch(ctx, m, a),
    locks: new LockKeeper(env),
    printPdf: async (html) => (printed.push(html), new TextEncoder().encode('%PDF-1.7 palsu')),
    userDataDir: ctx.userDataDir,
    host: { 'dialog.openProject': async () => ({ ok: true, value: { path: '/dipilih.rancang' } }) },
    onProjectChanged: (f) => changes.push(f),
  });
});
afterEach(() => {
  closeContext(ctx);
  tmp.cleanup();
});

const file = () => path.join(tmp.path, 'perda.rancang');

describe('electron/call-router', () => {
  it('locks a created project and releases it on close', async () => {
    const res = await router.call('project.create', { path: path.join(tmp.path, 'perda'), title: 'Uji' });
    expect(res).toMatchObject({ ok: true, value: { path: file() } });
    expect(fs.existsSync(lockPathFor(file()))).toBe(true);
    expect(changes).toEqual([file()]);
    expect(await router.call('project.close', {})).toMatchObject({ ok: true });
    expect(fs.existsSync(lockPathFor(file()))).toBe(false);
    expect(changes).toEqual([file(), null]);
  });

  it('refuses a project locked by another process, and opens it read-only on request', async () => {
    await router.call('project.create', { path: file(), title: 'Uji' });
    await router.call('project.close', {});
    const other = acquireLock(file(), { ...env, pid: 4242 });
    expect(other.ok).toBe(true);
    const refused = await router.call('project.open', { path: file() });
    expect(refused).toMatchObject({ ok: false, error: { code: 'PROJECT_LOCKED' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/proses 4242.*baca-saja/s);
    expect(ctx.project).toBeNull();
    const ro = await router.call('project.open', { path: file(), readOnly: true });
    expect(ro).toMatchObject({ ok: true, value: { readOnly: true } });
    expect(changes.at(-1)).toBeNull();
    // the other process's lock is untouched
    expect(JSON.parse(fs.readFileSync(lockPathFor(file()), 'utf8')).pid).toBe(4242);
  });

  it('switching projects moves the lock; a failed open leaves no lock behind', async () => {
    const second = path.join(tmp.path, 'kedua.rancang');
    await router.call('project.create', { path: file(), title: 'Satu' });
    await router.call('project.create', { path: second, title: 'Dua' });
    expect(fs.existsSync(lockPathFor(file()))).toBe(false);
    expect(fs.existsSync(lockPathFor(second))).toBe(true);
    const missing = path.join(tmp.path, 'tidak-ada.rancang');
    expect(await router.call('project.open', { path: missing })).toMatchObject({ ok: false });
    expect(fs.existsSync(lockPathFor(missing))).toBe(false);
    expect(fs.existsSync(lockPathFor(second))).toBe(true);
  });

  it('prints PDF exports from the core print HTML and writes them atomically', async () => {
    await router.call('project.create', { path: file(), title: 'Penanggulangan Narkotika' });
    const res = await router.call('export.run', { what: 'draft', format: 'pdf' });
    expect(res).toMatchObject({ ok: true, value: { mime: 'application/pdf', fileName: expect.stringMatching(/\.pdf$/) } });
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatch(/^<!doctype html>/i);
    if (res.ok) expect(Buffer.from((res.value as { base64: string }).base64, 'base64').toString()).toBe('%PDF-1.7 palsu');
    const out = path.join(tmp.path, 'hasil.pdf');
    const written = await router.call('export.run', { what: 'draft', format: 'pdf', outPath: out });
    expect(written).toMatchObject({ ok: true, value: { path: out } });
    expect(fs.readFileSync(out, 'utf8')).toBe('%PDF-1.7 palsu');
  });

  it('answers host methods itself and counts calls in flight', async () => {
    const p = router.call('dialog.openProject', {});
    expect(router.pending).toBe(1);
    expect(await p).toEqual({ ok: true, value: { path: '/dipilih.rancang' } });
    expect(router.pending).toBe(0);
    await waitForIdle(router, { settleMs: 1, maxMs: 50 });
  });

  it('knows which file an opening call writes', () => {
    expect(fileToLock('project.open', { path: 'a.rancang', readOnly: true }, '/u')).toBeNull();
    expect(fileToLock('project.create', { path: '/p/b' }, '/u')).toBe(path.resolve('/p/b.rancang'));
    expect(fileToLock('project.sample', {}, '/u')).toBe(path.join('/u', 'contoh-surabaya-perparkiran.rancang'));
    expect(fileToLock('project.info', {}, '/u')).toBeNull();
  });
});
