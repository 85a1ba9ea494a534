import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { APP_INDEX_URL, handleAppRequest, isAppUrl } from '../../../electron/app-protocol';
import { createCallHandler } from '../../../electron/ipc-handler';
import { isAllowedRequest, isTrustedSender } from '../../../electron/ipc-guard';
import { projectFileFromArgv } from '../../../electron/launch-file';
import type { BrowserWindowConstructorOptions } from 'electron';
import { isAllowedExternalUrl } from '../../../electron/external-links';
import { MENU_ACTION_IDS, menuTemplate } from '../../../electron/menu';
import { mainWindowSpec, openSecureWindow, PDF_WINDOW_SPEC } from '../../../electron/window-options';
import { CONTENT_SECURITY_POLICY } from '../../../src/server/csp';
import { repoRoot } from '../../helpers/paths';
import { makeStaticDir } from '../../helpers/tmp-dir';

const dir = makeStaticDir();
afterAll(() => dir.cleanup());

describe('window options', () => {
  /** A fake BrowserWindow class that records its options. */
  class BrowserWindow {
    constructor(readonly options: BrowserWindowConstructorOptions) {}
  }
  const SECURE = {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    disableBlinkFeatures: 'Auxclick',
    navigateOnDragDrop: false,
  };

  it('every window is isolated and sandboxed, with the options spelled out', () => {
    const main = openSecureWindow(BrowserWindow, mainWindowSpec('/app/out/electron/preload.cjs'));
    expect(main.options.webPreferences).toEqual({
      ...SECURE,
      preload: '/app/out/electron/preload.cjs',
      safeDialogs: true,
      javascript: true,
      spellcheck: true,
    });
    expect(main.options.show).toBe(false);
    const pdf = openSecureWindow(BrowserWindow, PDF_WINDOW_SPEC);
    expect(pdf.options.webPreferences).toMatchObject({ ...SECURE, javascript: false, preload: undefined });
  });

  it('the literal options are in the source where electronegativity reads them', () => {
    const src = fs.readFileSync(path.join(repoRoot, 'electron/window-options.ts'), 'utf8');
    const call = src.slice(src.indexOf('new BrowserWindow({'));
    for (const opt of ['contextIsolation: true', 'sandbox: true', 'nodeIntegration: false', 'webSecurity: true']) {
      expect(call, opt).toContain(opt);
    }
    const others = fs.readdirSync(path.join(repoRoot, 'electron')).filter((f) =>
      fs.readFileSync(path.join(repoRoot, 'electron', f), 'utf8').includes('new BrowserWindow'),
    );
    expect(others).toEqual(['window-options.ts']);
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
  type Item = { label?: string; accelerator?: string; registerAccelerator?: boolean; role?: string; click?: () => void; submenu?: Item[] };
  const make = (devTools = false, recent: { path: string; title: string; openedAt: string }[] = []) => {
    const sent: string[] = [];
    const calls: string[] = [];
    const template = menuTemplate(
      {
        send: (a) => sent.push(a),
        openProject: () => calls.push('open'),
        openRecent: (f) => calls.push(`recent:${f}`),
        about: () => calls.push('about'),
      },
      { devTools, recent },
    ) as Item[];
    return { template, sent, calls };
  };
  const all = (items: Item[]): Item[] => items.flatMap((i) => [i, ...all(i.submenu ?? [])]);

  it('has the six Indonesian menus', () => {
    expect(make().template.map((m) => m.label)).toEqual(['Berkas', 'Sunting', 'Sisipkan', 'Tampilan', 'Tinjau', 'Bantuan']);
  });

  it('has the usual shortcuts; the page keeps the keys its editor binds', () => {
    const items = all(make().template);
    const by = (acc: string) => items.find((i) => i.accelerator === acc)!;
    expect(by('CmdOrCtrl+N').label).toBe('Proyek baru…');
    expect(by('CmdOrCtrl+O').label).toBe('Buka proyek…');
    expect(by('CmdOrCtrl+S').label).toBe('Simpan');
    expect(by('CmdOrCtrl+P').label).toBe('Cetak ke PDF…');
    expect(by('CmdOrCtrl+Z')).toMatchObject({ role: 'undo', registerAccelerator: false });
    expect(by('CmdOrCtrl+Y')).toMatchObject({ role: 'redo', registerAccelerator: false });
    expect(by('CmdOrCtrl+F')).toMatchObject({ label: 'Cari…', registerAccelerator: false });
    expect(by('CmdOrCtrl+N').registerAccelerator).toBe(true);
    const accs = items.map((i) => i.accelerator).filter(Boolean);
    expect(new Set(accs).size).toBe(accs.length);
  });

  it('sends exactly the documented action ids to the renderer', () => {
    const { template, sent, calls } = make();
    for (const i of all(template)) if (i.click && !i.submenu) i.click();
    expect([...sent].sort()).toEqual([...MENU_ACTION_IDS].sort());
    expect(calls).toEqual(['open', 'about']);
    for (const id of ['project.new', 'edit.find', 'insert.pasal', 'view.compare', 'review.comments', 'export.open']) {
      expect(sent).toContain(id);
    }
  });

  it('lists recent projects and opens the chosen one', () => {
    const empty = all(make().template).find((i) => i.label === 'Buka terakhir')!;
    expect(empty.submenu).toEqual([{ label: '(belum ada)', enabled: false }]);
    const { template, calls } = make(false, [
      { path: '/p/napza.rancang', title: 'Napza', openedAt: '' },
      { path: '/p/parkir.rancang', title: 'Parkir', openedAt: '' },
    ]);
    const recent = all(template).find((i) => i.label === 'Buka terakhir')!.submenu!;
    expect(recent.map((i) => i.label)).toEqual(['Napza — napza.rancang', 'Parkir — parkir.rancang']);
    recent[1]!.click!();
    expect(calls).toEqual(['recent:/p/parkir.rancang']);
  });

  it('shows developer tools only when asked', () => {
    const roles = (t: Item[]) => all(t).map((i) => i.role);
    expect(roles(make(false).template)).not.toContain('toggleDevTools');
    expect(roles(make(true).template)).toContain('toggleDevTools');
  });
});

describe('external links', () => {
  it('allows only https pages of the listed hosts', () => {
    expect(isAllowedExternalUrl('https://peraturan.go.id/id/perda-kota-batam')).toBe(true);
    expect(isAllowedExternalUrl('https://jdih.batam.go.id/')).toBe(true);
    for (const url of [
      'http://peraturan.go.id/',
      'https://peraturan.go.id.evil.example/',
      'https://evil.example/?peraturan.go.id',
      'https://user:pw@peraturan.go.id/',
      'https://peraturan.go.id:8443/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://rancang/index.html',
      'bukan url',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
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
