import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/server/csp';
import { makeTmpDir } from '../../helpers/tmp-dir';
import { createFakeElectron } from './fake-electron';

const tmp = makeTmpDir('electron');
const fake = createFakeElectron(path.join(tmp.path, 'user-data'));
vi.mock('electron', () => fake.module);

beforeAll(async () => {
  await import('../../../electron/main');
  fake.ready();
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
});
afterAll(() => {
  fake.appListeners.get('will-quit')?.();
  tmp.cleanup();
});

const trusted = { senderFrame: { url: 'app://rancang/index.html', parent: null } };

describe('electron/main.ts against a fake electron', () => {
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
    });
    expect(path.basename(win.options.webPreferences.preload)).toBe('preload.cjs');
  });

  it('registers exactly one IPC channel that relays trusted calls to dispatch', async () => {
    expect([...fake.ipcHandlers.keys()]).toEqual(['rancang:call']);
    const handler = fake.ipcHandlers.get('rancang:call')!;
    const res = await handler(trusted, 'app.info', {});
    expect(res).toMatchObject({ ok: true, value: { version: '0.1.0' } });
    expect(await handler(trusted, 'tidak.ada', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
    expect(await handler(trusted, 'version.list', {})).toMatchObject({
      ok: false,
      error: { code: 'NO_PROJECT' },
    });
  });

  it('refuses IPC from other origins, subframes and destroyed frames', async () => {
    const handler = fake.ipcHandlers.get('rancang:call')!;
    for (const senderFrame of [
      { url: 'https://evil.example/', parent: null },
      { url: 'app://rancang/index.html', parent: {} },
      { url: 'app://lain/index.html', parent: null },
      { url: 'file:///etc/passwd', parent: null },
      null,
    ]) {
      await expect(handler({ senderFrame }, 'app.info', {})).rejects.toThrow(/tidak dipercaya/);
    }
  });

  it('denies navigation, new windows, webviews, permissions and remote requests', () => {
    const listeners = new Map<string, (e: { preventDefault(): void }) => void>();
    let openHandler: (() => unknown) | null = null;
    fake.appListeners.get('web-contents-created')!(
      {},
      {
        on: (event: string, fn: never) => listeners.set(event, fn),
        setWindowOpenHandler: (fn: never) => (openHandler = fn),
      },
    );
    for (const event of ['will-navigate', 'will-attach-webview']) {
      const e = { preventDefault: vi.fn() };
      listeners.get(event)!(e);
      expect(e.preventDefault, event).toHaveBeenCalled();
    }
    expect(openHandler!()).toEqual({ action: 'deny' });

    const granted = vi.fn();
    fake.permissionHandler!({}, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
    expect(fake.permissionCheck!()).toBe(false);

    const decide = (url: string) => {
      let cancel: boolean | undefined;
      fake.beforeRequest!({ url }, (r: { cancel: boolean }) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide('app://rancang/assets/app.js')).toBe(false);
    expect(decide('https://evil.example/x.js')).toBe(true);
    expect(decide('http://127.0.0.1:8080/api/app.info')).toBe(true);
    expect(decide('file:///etc/passwd')).toBe(true);
  });

  it('opens a project chosen in the Berkas menu and tells the renderer', async () => {
    const created = await fake.ipcHandlers.get('rancang:call')!(trusted, 'project.create', {
      path: path.join(tmp.path, 'menu.rancang'),
      title: 'Uji menu',
    });
    expect(created).toMatchObject({ ok: true });
    await fake.ipcHandlers.get('rancang:call')!(trusted, 'project.close', {});
    const open = fake
      .menu!.find((m) => m.label === 'Berkas')!
      .submenu!.find((i) => i.label === 'Buka proyek…')!;
    fake.dialogFiles = [path.join(tmp.path, 'menu.rancang')];
    open.click!();
    const win = fake.windows[0]!;
    await vi.waitFor(() => expect(win.sent).toHaveLength(1));
    expect(win.sent[0]).toEqual([
      'rancang:event',
      'project.opened',
      expect.objectContaining({ ok: true, value: expect.objectContaining({ title: 'Uji menu' }) }),
    ]);
  });

  it('serves app:// with the CSP and refuses traversal', async () => {
    const handle = fake.protocolHandlers.get('app')!;
    const res = await handle({ url: 'app://rancang/../../package.json', method: 'GET' });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await handle({ url: 'app://rancang/%2e%2e/package.json', method: 'GET' })).status).toBe(
      404,
    );
  });
});
