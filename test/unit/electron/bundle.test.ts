/**
 * Builds the Electron bundles with scripts/build-electron.mjs into a temp folder and runs the
 * real main.cjs in plain Node with a fake `electron` module: proves that the CommonJS bundle
 * loads, finds its preload and renderer, answers an IPC call through the core, and imports a PDF
 * in its bundled worker thread, a scanned one too (text recognition from outside the bundle).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../helpers/paths';
import { makeTmpDir } from '../../helpers/tmp-dir';

const execFileP = promisify(execFile);
const tmp = makeTmpDir('bundle');
const outDir = path.join(tmp.path, 'electron');

/** A `--require` hook that answers `require('electron')` with a fake that drives one IPC call. */
const HOOK = `
const Module = require('node:module');
const threads = require('node:worker_threads');
const handlers = {};
const workers = [];
const RealWorker = threads.Worker;
threads.Worker = class extends RealWorker {
  constructor(file, opts) { super(file, opts); workers.push({ file: String(file), eval: !!(opts && opts.eval) }); }
};
const fake = {
  app: {
    requestSingleInstanceLock: () => true, on() {}, whenReady: () => Promise.resolve(),
    getPath: () => process.env.FAKE_USER_DATA, getVersion: () => '9.9.9', quit() {}, isPackaged: true,
    exit(code) { console.error('exit', code); process.exit(3); },
  },
  protocol: { registerSchemesAsPrivileged() {}, handle(scheme, fn) { handlers.protocol = fn; } },
  ipcMain: { handle(channel, fn) { handlers[channel] = fn; } },
  Menu: { buildFromTemplate: (t) => t, setApplicationMenu() {} },
  dialog: { showMessageBox: async () => ({ response: 1 }) },
  shell: { openExternal: async () => {} },
  session: { defaultSession: {
    setPermissionRequestHandler() {}, setPermissionCheckHandler() {}, setDevicePermissionHandler() {},
    webRequest: { onBeforeRequest() {} }, on() {}, setSpellCheckerLanguages() {},
  } },
  BrowserWindow: class {
    constructor(options) { this.options = options; this.webContents = { send() {} }; }
    once() {} on() {} show() {}
    loadURL(url) {
      (async () => {
        const call = (m, a) => handlers['rancang:call']({ senderFrame: { url, parent: null } }, m, a);
        const info = await call('app.info', {});
        const page = await handlers.protocol({ url: 'app://rancang/index.html', method: 'GET' });
        // PDF import inside the bundle: pdfjs loads its worker from next to main.cjs.
        const job = await call('import.start', { path: process.env.FAKE_PDF });
        let status;
        for (let i = 0; i < 600; i++) {
          status = await call('import.status', { jobId: job.value.jobId, withResult: false });
          if (!status.ok || status.value.finished) break;
          await new Promise((r) => setTimeout(r, 100));
        }
        const pdfImport = { ok: status.ok, finished: status.value?.finished, error: status.value?.error ?? null, workers };
        console.log(JSON.stringify({ url, preload: this.options.webPreferences.preload, info, page: page.status, html: await page.text(), pdfImport }));
        process.exit(0);
      })().catch((e) => { console.error(e); process.exit(4); });
      return Promise.resolve();
    }
  },
};
const load = Module._load;
Module._load = function (request, ...rest) { return request === 'electron' ? fake : load.call(this, request, ...rest); };
`;

beforeAll(async () => {
  await execFileP(process.execPath, [path.join(repoRoot, 'scripts/build-electron.mjs'), outDir], {
    cwd: repoRoot,
  });
  fs.mkdirSync(path.join(tmp.path, 'renderer'));
  fs.writeFileSync(
    path.join(tmp.path, 'renderer/index.html'),
    '<!doctype html><title>Rancang</title>',
  );
  fs.writeFileSync(path.join(tmp.path, 'hook.cjs'), HOOK);
}, 120_000);
afterAll(() => tmp.cleanup());

describe('scripts/build-electron.mjs', () => {
  it('keeps playwright-core out of the main bundle (Electron prints PDF itself)', () => {
    const main = fs.readFileSync(path.join(outDir, 'main.cjs'), 'utf8');
    // The core's own PDF path keeps a dynamic import that the packaged app never reaches.
    expect(main).toContain('import("playwright-core")');
    expect(main).not.toMatch(/node_modules\/playwright-core\//);
  });

  it('bundles a preload that requires nothing but electron (sandbox-safe CommonJS)', () => {
    const preload = fs.readFileSync(path.join(outDir, 'preload.cjs'), 'utf8');
    expect([...preload.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1])).toEqual(['electron']);
    expect(preload).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('bundles a main.cjs that runs, loads the renderer over app:// and relays IPC to the core', async () => {
    const { stdout } = await execFileP(
      process.execPath,
      ['--require', path.join(tmp.path, 'hook.cjs'), path.join(outDir, 'main.cjs')],
      {
        cwd: tmp.path,
        env: {
          ...process.env,
          NODE_PATH: path.join(repoRoot, 'node_modules'),
          FAKE_USER_DATA: path.join(tmp.path, 'user-data'),
          FAKE_PDF: path.join(repoRoot, 'test/fixtures/parse/sulut-2014-minuman-beralkohol.pdf'),
        },
      },
    );
    const result = JSON.parse(stdout.trim().split('\n').pop()!);
    expect(result).toMatchObject({
      url: 'app://rancang/index.html',
      preload: path.join(outDir, 'preload.cjs'),
      info: { ok: true, value: { version: '9.9.9' } },
      page: 200,
      html: '<!doctype html><title>Rancang</title>',
      // The PDF was read in the bundled worker thread, not in the main process.
      pdfImport: {
        ok: true,
        finished: true,
        error: null,
        workers: [{ file: path.join(outDir, 'import-worker.cjs'), eval: false }],
      },
    });
    expect(fs.existsSync(path.join(outDir, 'pdf.worker.mjs'))).toBe(true);
  });

  it('reads a scanned PDF by text recognition in the bundled import worker (tesseract.js left outside the bundle)', async () => {
    const worker = fs.readFileSync(path.join(outDir, 'import-worker.cjs'), 'utf8');
    expect(worker).toMatch(/\b\w+\("tesseract\.js"\)/);
    expect(worker).not.toMatch(/node_modules\/tesseract\.js\//);
    const run = `
      const { Worker } = require('node:worker_threads');
      const fs = require('node:fs');
      const bytes = new Uint8Array(fs.readFileSync(process.env.SCAN));
      const w = new Worker(process.env.WORKER, { workerData: { bytes, fileName: 'pindai.pdf' } });
      w.on('message', (m) => {
        if (m.type === 'done') { console.log(JSON.stringify({ pasal: m.payload.outline.pasal.map((p) => p.num), codes: m.payload.diagnostics.map((d) => d.code) })); process.exit(0); }
        if (m.type === 'error') { console.error(m.message); process.exit(5); }
      });
      w.on('error', (e) => { console.error(e); process.exit(6); });`;
    const { stdout } = await execFileP(process.execPath, ['-e', run], {
      cwd: tmp.path,
      env: {
        ...process.env,
        NODE_PATH: path.join(repoRoot, 'node_modules'),
        WORKER: path.join(outDir, 'import-worker.cjs'),
        SCAN: path.join(repoRoot, 'test/fixtures/parse/scan-surabaya-2018-hal-5-7.pdf'),
      },
    });
    const result = JSON.parse(stdout.trim().split('\n').pop()!) as { pasal: string[]; codes: string[] };
    expect(result.pasal).toEqual(['2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(result.codes).toContain('OCR_READ');
  }, 120_000);
});
