import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { APP_INDEX_URL, handleAppRequest, isAppUrl } from '../../../electron/app-protocol';
import { createCallHandler } from '../../../electron/ipc-handler';
import { isAllowedRequest, isTrustedSender } from '../../../electron/ipc-guard';
import { projectFileFromArgv } from '../../../electron/launch-file';
import { menuTemplate } from '../../../electron/menu';
import { mainWindowOptions } from '../../../electron/window-options';
import { CONTENT_SECURITY_POLICY } from '../../../src/server/csp';
import { makeStaticDir } from '../../helpers/tmp-dir';

const dir = makeStaticDir();
afterAll(() => dir.cleanup());

describe('window options', () => {
  it('isolate and sandbox the renderer', () => {
    const o = mainWindowOptions('/app/out/electron/preload.cjs');
    expect(o.webPreferences).toMatchObject({
      preload: '/app/out/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

describe('ipc guard', () => {
  it('trusts only the top-level app:// page', () => {
    expect(isTrustedSender({ url: APP_INDEX_URL, parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://rancang/', parent: null })).toBe(true);
    expect(isTrustedSender({ url: APP_INDEX_URL, parent: {} })).toBe(false);
    expect(isTrustedSender({ url: 'app://rancang.evil/index.html', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'http://rancang/index.html', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'bukan url', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });

  it('lets the renderer load only its own files', () => {
    expect(isAllowedRequest('app://rancang/assets/a.js')).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequest('https://cdn.example/a.js')).toBe(false);
    expect(isAllowedRequest('ws://127.0.0.1:1/')).toBe(false);
    expect(isAllowedRequest('blob:app://rancang/1234')).toBe(true);
    expect(isAllowedRequest('blob:https://evil.example/1234')).toBe(false);
    expect(isAppUrl('app://rancang:80/x')).toBe(false);
  });

  it('the call handler relays only trusted string method names', async () => {
    const calls: unknown[][] = [];
    const handler = createCallHandler(async (m, a) => (calls.push([m, a]), { ok: true, value: m }));
    const frame = { url: APP_INDEX_URL, parent: null };
    expect(await handler({ senderFrame: frame }, 'app.info', undefined)).toEqual({
      ok: true,
      value: 'app.info',
    });
    expect(await handler({ senderFrame: frame }, 42, {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
    await expect(
      handler({ senderFrame: { url: 'https://x/', parent: null } }, 'app.info', {}),
    ).rejects.toThrow();
    expect(calls).toEqual([['app.info', {}]]);
  });
});

describe('app:// protocol', () => {
  const get = (url: string, method = 'GET') => handleAppRequest({ url, method }, dir.path);

  it('serves the renderer files with CSP and content types', async () => {
    const index = await get(APP_INDEX_URL);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await index.text()).toBe(fs.readFileSync(path.join(dir.path, 'index.html'), 'utf8'));
    const js = await get('app://rancang/assets/app.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('refuses other hosts, other methods, missing files and traversal', async () => {
    expect((await get('app://lain/index.html')).status).toBe(404);
    expect((await get(APP_INDEX_URL, 'POST')).status).toBe(405);
    expect((await get('app://rancang/tidak-ada.js')).status).toBe(404);
    for (const url of [
      'app://rancang/%2e%2e/%2e%2e/etc/passwd',
      'app://rancang/assets/..%2f..%2f..%2fetc%2fpasswd',
      'app://rancang/..%5cx',
    ]) {
      const res = await get(url);
      expect(res.status, url).toBe(404);
      expect(await res.text()).not.toContain('root:');
    }
  });
});

describe('menu', () => {
  it('has Indonesian menus, Ctrl+O to open, and developer tools only when asked', () => {
    let opened = 0;
    const template = menuTemplate({ openProject: () => opened++ }, { devTools: false });
    expect(template.map((m) => m.label)).toEqual(['Berkas', 'Sunting', 'Tampilan']);
    const file = template[0]!.submenu as {
      label?: string;
      accelerator?: string;
      click?: () => void;
    }[];
    const open = file.find((i) => i.accelerator === 'CmdOrCtrl+O')!;
    expect(open.label).toBe('Buka proyek…');
    open.click!();
    expect(opened).toBe(1);
    const roles = (t: typeof template) => JSON.stringify(t).match(/"role":"[^"]+"/g) ?? [];
    expect(roles(template)).not.toContain('"role":"toggleDevTools"');
    expect(roles(menuTemplate({ openProject() {} }, { devTools: true }))).toContain(
      '"role":"toggleDevTools"',
    );
  });
});

describe('launch file', () => {
  it('finds the .rancang file among the launch arguments', () => {
    expect(
      projectFileFromArgv(['/opt/Rancang/rancang', '--no-sandbox', 'D:\\Perda\\napza.RANCANG']),
    ).toBe('D:\\Perda\\napza.RANCANG');
    expect(projectFileFromArgv(['rancang.rancang'])).toBeNull();
    expect(projectFileFromArgv(['electron', '.', '--flag=x.rancang'])).toBeNull();
  });
});
