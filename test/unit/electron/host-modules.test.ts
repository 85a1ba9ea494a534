/** pdf.ts, print-pages.ts, security.ts and dialogs.ts against small fakes of Electron objects. */
import type { BaseWindow, PrintToPDFOptions, Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { handleAppRequest } from '../../../electron/app-protocol';
import { aboutBox, createDialogHost, lockedProjectBox, type DialogApi } from '../../../electron/dialogs';
import { isAllowedRequest, isTrustedSender } from '../../../electron/ipc-guard';
import { createPdfPrinter, PDF_OPTIONS } from '../../../electron/pdf';
import { PrintPages } from '../../../electron/print-pages';
import { hardenContents, hardenSession } from '../../../electron/security';
import { CONTENT_SECURITY_POLICY } from '../../../src/server/csp';

describe('pdf printing', () => {
  it('loads the HTML from a one-time print page, prints F4 and forgets the page', async () => {
    const pages = new PrintPages();
    const seen: { url: string; html: string | null; options: PrintToPDFOptions; destroyed: boolean }[] = [];
    const printer = createPdfPrinter(() => {
      const rec = { url: '', html: null as string | null, options: {} as PrintToPDFOptions, destroyed: false };
      seen.push(rec);
      return {
        loadURL: async (url) => {
          rec.url = url;
          const res = await handleAppRequest({ url, method: 'GET' }, '/nonexistent', pages);
          rec.html = await res.text();
          expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
        },
        webContents: {
          printToPDF: async (options) => ((rec.options = options), Buffer.from(`%PDF ${rec.html}`)),
        },
        destroy: () => void (rec.destroyed = true),
      };
    }, pages);
    const [a, b] = await Promise.all([printer('<p>satu</p>'), printer('<p>dua</p>')]);
    expect(Buffer.from(a!).toString()).toBe('%PDF <p>satu</p>');
    expect(Buffer.from(b!).toString()).toBe('%PDF <p>dua</p>');
    expect(seen.map((s) => s.destroyed)).toEqual([true, true]);
    expect(seen[0]!.url).toMatch(/^app:\/\/print\/[0-9a-f-]{36}\.html$/);
    expect(seen[0]!.options).toBe(PDF_OPTIONS);
    expect(PDF_OPTIONS.pageSize).toEqual({ width: 215 / 25.4, height: 330 / 25.4 });
    expect(pages.size).toBe(0);
    expect((await handleAppRequest({ url: seen[0]!.url, method: 'GET' }, '/nonexistent', pages)).status).toBe(404);
  });

  it('a failing print still closes its window', async () => {
    const pages = new PrintPages();
    const destroy = vi.fn();
    const printer = createPdfPrinter(
      () => ({ loadURL: async () => {}, webContents: { printToPDF: async () => Promise.reject(new Error('gagal')) }, destroy }),
      pages,
    );
    await expect(printer('<p/>')).rejects.toThrow('gagal');
    expect(destroy).toHaveBeenCalled();
    expect(pages.size).toBe(0);
  });

  it('a print page is loadable but never a trusted IPC sender', () => {
    expect(isAllowedRequest('app://print/1234.html')).toBe(true);
    expect(isTrustedSender({ url: 'app://print/1234.html', parent: null })).toBe(false);
  });
});

describe('security policy', () => {
  it('denies permissions and remote requests, allows only blob downloads, spellchecks Indonesian', () => {
    const h: Record<string, (...a: never[]) => unknown> = {};
    const ses = {
      setPermissionRequestHandler: (fn: never) => (h.request = fn),
      setPermissionCheckHandler: (fn: never) => (h.check = fn),
      setDevicePermissionHandler: (fn: never) => (h.device = fn),
      webRequest: { onBeforeRequest: (fn: never) => (h.before = fn) },
      on: (event: string, fn: never) => (h[event] = fn),
      setSpellCheckerLanguages: (l: never) => (h.langs = () => l),
    } as unknown as Session;
    hardenSession(ses);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const cb = vi.fn();
      (h.request as (c: unknown, p: string, cb: (x: boolean) => void) => void)({}, permission, cb);
      expect(cb, permission).toHaveBeenCalledWith(false);
    }
    expect((h.check as () => boolean)()).toBe(false);
    expect((h.device as () => boolean)()).toBe(false);
    const cancel = (url: string) => {
      let c: boolean | undefined;
      (h.before as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void)({ url }, (r) => (c = r.cancel));
      return c;
    };
    expect(cancel('app://rancang/index.html')).toBe(false);
    expect(cancel('https://cdn.example/x.js')).toBe(true);
    const download = (url: string) => {
      const event = { preventDefault: vi.fn() };
      const item = { getURL: () => url, getFilename: () => 'rancangan.docx', setSaveDialogOptions: vi.fn() };
      (h['will-download'] as (e: unknown, i: unknown) => void)(event, item);
      return { prevented: event.preventDefault.mock.calls.length > 0, dialog: item.setSaveDialogOptions.mock.calls[0]?.[0] };
    };
    expect(download('blob:app://rancang/5c1d')).toEqual({
      prevented: false,
      dialog: { title: 'Simpan hasil ekspor', defaultPath: 'rancangan.docx' },
    });
    expect(download('https://evil.example/x.exe').prevented).toBe(true);
    expect((h.langs as () => string[])()).toEqual(['id']);
  });

  it('denies navigation and new windows; allowed links go to the system browser only', () => {
    const on: Record<string, (e: { url?: string; preventDefault(): void }) => void> = {};
    let openHandler: ((d: { url: string }) => { action: string }) | null = null;
    const contents = {
      on: (event: string, fn: never) => (on[event] = fn),
      setWindowOpenHandler: (fn: never) => (openHandler = fn),
    } as unknown as WebContents;
    const opened: string[] = [];
    hardenContents(contents, (url) => opened.push(url));
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const e = { url: 'https://evil.example/', preventDefault: vi.fn() };
      on[event]!(e);
      expect(e.preventDefault, event).toHaveBeenCalled();
    }
    on['will-navigate']!({ url: 'https://peraturan.go.id/x', preventDefault() {} });
    expect(openHandler!({ url: 'https://jdih.batam.go.id/perda' })).toEqual({ action: 'deny' });
    expect(openHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(openHandler!({ url: 'file:///C:/Windows/system32/calc.exe' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://peraturan.go.id/x', 'https://jdih.batam.go.id/perda']);
  });
});

describe('dialogs', () => {
  const win = {} as BaseWindow;
  const fakeDialog = (open: string[], save: string | undefined): DialogApi & { seen: unknown[] } => {
    const seen: unknown[] = [];
    return {
      seen,
      showOpenDialog: async (_w, o) => (seen.push(o), { canceled: open.length === 0, filePaths: open }),
      showSaveDialog: async (_w, o) => (seen.push(o), { canceled: !save, filePath: save ?? '' }),
      showMessageBox: async () => ({ response: 0, checkboxChecked: false }),
    };
  };

  it('host methods answer the chosen path, or null when cancelled', async () => {
    const d = fakeDialog(['/p/napza.rancang'], '/p/baru.rancang');
    const host = createDialogHost(d, () => win);
    expect(await host['dialog.openProject']!({})).toEqual({ ok: true, value: { path: '/p/napza.rancang' } });
    expect(await host['dialog.saveProject']!({ defaultName: 'napza.rancang' })).toEqual({ ok: true, value: { path: '/p/baru.rancang' } });
    expect(d.seen[1]).toMatchObject({ title: 'Simpan proyek baru', defaultPath: 'napza.rancang', filters: [{ extensions: ['rancang'] }] });
    await host['dialog.exportFile']!({ defaultName: 'rancangan.pdf', format: 'pdf' });
    expect(d.seen[2]).toMatchObject({ defaultPath: 'rancangan.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    await host['dialog.importFile']!({});
    expect(d.seen[3]).toMatchObject({ title: 'Impor naskah', filters: [{ extensions: ['docx', 'pdf', 'txt'] }, { extensions: ['*'] }] });
    const cancelled = createDialogHost(fakeDialog([], undefined), () => win);
    expect(await cancelled['dialog.openProject']!({})).toEqual({ ok: true, value: { path: null } });
    expect(await cancelled['dialog.exportFile']!({ defaultName: 'x', format: 'docx' })).toEqual({ ok: true, value: { path: null } });
    expect(await createDialogHost(d, () => null)['dialog.openProject']!({})).toMatchObject({ ok: false });
  });

  it('the lock question offers read-only first; the About box names the versions', () => {
    expect(lockedProjectBox('pesan')).toMatchObject({ detail: 'pesan', buttons: ['Buka sebagai baca-saja', 'Batal'], cancelId: 1 });
    const about = aboutBox('0.1.0', { electron: '45.5.0', chrome: '142.0', node: '22.20.0', v8: '14.2' });
    expect(about.message).toBe('Rancang 0.1.0');
    expect(about.detail).toContain('Electron 45.5.0');
    expect(about.detail).toContain('Chromium 142.0');
    expect(about.detail).toContain('Node.js 22.20.0');
  });
});
