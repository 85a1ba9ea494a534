/**
 * electron/main.ts run in Node against a fake `electron` module, starting after a simulated
 * crash (a session marker naming a project): recovery, the window, IPC, the lock, menus, close.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { acquireLock, lockPathFor } from '../../../electron/file-lock';
import { markerPath } from '../../../electron/recovery';
import { closeContext, createContext, dispatch } from '../../../src/api/dispatch';
import { CONTENT_SECURITY_POLICY } from '../../../src/server/csp';
import { makeTmpDir } from '../../helpers/tmp-dir';
import { createFakeElectron } from './fake-electron';

const tmp = makeTmpDir('electron');
const userData = path.join(tmp.path, 'user-data');
const crashed = path.join(tmp.path, 'terputus.rancang');
const fake = createFakeElectron(userData);
vi.mock('electron', () => fake.module);

beforeAll(async () => {
  // The previous session crashed with `crashed` open: its project file exists, its marker stayed.
  const ctx = createContext({ userDataDir: userData, appVersion: '0.1.0' });
  expect(await dispatch(ctx, 'project.create', { path: crashed, title: 'Sesi terputus' })).toMatchObject({ ok: true });
  closeContext(ctx);
  fs.writeFileSync(markerPath(userData), JSON.stringify({ pid: 1, startedAt: '2025-11-28T00:00:00Z', project: crashed }));
  fs.writeFileSync(lockPathFor(crashed), JSON.stringify({ pid: 2 ** 22 + 4321, hostname: (await import('node:os')).hostname(), createdAt: '', token: 'x' }));

  await import('../../../electron/main');
  fake.ready();
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
  await vi.waitFor(() => expect(fake.messageBoxes).toHaveLength(1));
});
afterAll(() => {
  fake.appListeners.get('will-quit')?.();
  tmp.cleanup();
});

const trusted = { senderFrame: { url: 'app://rancang/index.html', parent: null } };
const call = (method: string, args: unknown = {}) => fake.ipcHandlers.get('rancang:call')!(trusted, method, args);
const events = (name: string) => fake.windows[0]!.sent.filter((s) => s[1] === name).map((s) => s[2]);

describe('electron/main.ts against a fake electron', () => {
  it('recovers the project of a crashed session, takes over its stale lock and tells the user', async () => {
    expect(fake.messageBoxes[0]).toMatchObject({ title: 'Draf dipulihkan' });
    expect(fake.messageBoxes[0]!.message).toMatch(/^Draf terakhir dipulihkan dari simpanan otomatis pukul \d\d\.\d\d \(\d\d-\d\d-\d{4}\)\.$/);
    expect(events('recovery.restored')).toEqual([
      expect.objectContaining({ path: crashed, message: fake.messageBoxes[0]!.message }),
    ]);
    expect(await call('project.info')).toMatchObject({ ok: true, value: { path: crashed, readOnly: false } });
    expect(JSON.parse(fs.readFileSync(lockPathFor(crashed), 'utf8')).pid).toBe(process.pid);
    expect(JSON.parse(fs.readFileSync(markerPath(userData), 'utf8'))).toMatchObject({ pid: process.pid, project: crashed });
  });

  it('registers app:// as a standard secure scheme before ready', () => {
    expect(fake.schemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    expect([...fake.protocolHandlers.keys()]).toEqual(['app']);
  });

  it('opens one sandboxed, isolated window on app://rancang/index.html', () => {
    const win = fake.windows[0]!;
    expect(win.loadedUrl).toBe('app://rancang/index.html');
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    });
    expect(path.basename(win.options.webPreferences.preload)).toBe('preload.cjs');
    expect(fake.spellLanguages).toEqual(['id']);
  });

  it('registers exactly one IPC channel that relays trusted calls to the core', async () => {
    expect([...fake.ipcHandlers.keys()]).toEqual(['rancang:call']);
    expect(await call('app.info')).toMatchObject({ ok: true, value: { version: '0.1.0' } });
    expect(await call('tidak.ada')).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('refuses IPC from other origins, subframes, print pages and destroyed frames', async () => {
    const handler = fake.ipcHandlers.get('rancang:call')!;
    for (const senderFrame of [
      { url: 'https://evil.example/', parent: null },
      { url: 'app://rancang/index.html', parent: {} },
      { url: 'app://print/x.html', parent: null },
      { url: 'file:///etc/passwd', parent: null },
      null,
    ]) {
      await expect(handler({ senderFrame }, 'app.info', {})).rejects.toThrow(/tidak dipercaya/);
    }
  });

  it('denies navigation, new windows, permissions and remote requests', () => {
    const listeners = new Map<string, (e: { url?: string; preventDefault(): void }) => void>();
    let openHandler: ((d: { url: string }) => unknown) | null = null;
    fake.appListeners.get('web-contents-created')!(
      {},
      { on: (event: string, fn: never) => listeners.set(event, fn), setWindowOpenHandler: (fn: never) => (openHandler = fn) },
    );
    const e = { url: 'https://evil.example/', preventDefault: vi.fn() };
    listeners.get('will-navigate')!(e);
    expect(e.preventDefault).toHaveBeenCalled();
    expect(openHandler!({ url: 'https://peraturan.go.id/a' })).toEqual({ action: 'deny' });
    expect(fake.openedExternal).toEqual(['https://peraturan.go.id/a']);
    const granted = vi.fn();
    fake.permissionHandler!({}, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
    let cancel: boolean | undefined;
    fake.beforeRequest!({ url: 'http://127.0.0.1:8080/api/app.info' }, (r: { cancel: boolean }) => (cancel = r.cancel));
    expect(cancel).toBe(true);
  });

  it('a project locked by another process is offered read-only from the Berkas menu', async () => {
    const other = path.join(tmp.path, 'lain.rancang');
    await call('project.create', { path: other, title: 'Dibuka di tempat lain' });
    await call('project.close');
    expect(acquireLock(other, { pid: process.pid + 1, hostname: 'komputer-lain', now: () => new Date(), isAlive: () => true }).ok).toBe(true);
    fake.messageBoxResponse = 0;
    fake.dialogFiles = [other];
    const before = events('project.opened').length;
    fake.menu!.find((m) => m.label === 'Berkas')!.submenu!.find((i) => i.label === 'Buka proyek…')!.click!();
    await vi.waitFor(() => expect(events('project.opened')).toHaveLength(before + 1));
    expect(fake.messageBoxes.at(-1)).toMatchObject({ title: 'Proyek sedang dipakai' });
    expect(fake.messageBoxes.at(-1)!.detail).toMatch(/komputer-lain/);
    expect(events('project.opened').at(-1)).toMatchObject({ ok: true, value: { path: other, readOnly: true } });
  });

  it('sends menu actions to the renderer and lists recent projects', () => {
    const sisipkan = fake.menu!.find((m) => m.label === 'Sisipkan')!;
    sisipkan.submenu!.find((i) => i.label === 'Pasal')!.click!();
    expect(events('menu')).toContainEqual({ action: 'insert.pasal' });
    const recent = fake.menu!.find((m) => m.label === 'Berkas')!.submenu!.find((i) => i.label === 'Buka terakhir')!;
    expect(recent.submenu!.map((i) => i.label)).toContain('Dibuka di tempat lain — lain.rancang');
  });

  it('serves app:// with the CSP and refuses traversal', async () => {
    const handle = fake.protocolHandlers.get('app')!;
    const res = await handle({ url: 'app://rancang/../../package.json', method: 'GET' });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('closing asks the renderer to save, waits for its calls, then closes; quitting ends the session', async () => {
    const win = fake.windows[0]!;
    const pending = call('app.info');
    (fake.module.BrowserWindow as unknown as { prototype: { close(): void } }).prototype.close.call({ record: win });
    expect(win.closed).toBe(false);
    expect(events('app.closing')).toHaveLength(1);
    await pending;
    await vi.waitFor(() => expect(win.closed).toBe(true), { timeout: 3000 });
    fake.appListeners.get('will-quit')!();
    expect(fs.existsSync(markerPath(userData))).toBe(false);
  });
});
