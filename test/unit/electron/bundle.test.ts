/**
 * Builds the Electron bundles with scripts/build-electron.mjs into a temp folder and runs the
 * real main.cjs in plain Node with a fake `electron` module: proves that the CommonJS bundle
 * loads, finds its preload and renderer, and answers an IPC call through the core.
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
const handlers = {};
const fake = {
  app: {
    requestSingleInstanceLock: () => true, on() {}, whenReady: () => Promise.resolve(),
    getPath: () => process.env.FAKE_USER_DATA, getVersion: () => '9.9.9', quit() {}, isPackaged: true,
    exit(code) { console.error('exit', code); process.exit(3); },
  },
  protocol: { registerSchemesAsPrivileged() {}, handle(scheme, fn) { handlers.protocol = fn; } },
  ipcMain: { handle(channel, fn) { handlers[channel] = fn; } },
  Menu: { buildFromTemplate: (t) => t, setApplicationMenu() {} },
  dialog: {},
  session: { defaultSession: { setPermissionRequestHandler() {}, setPermissionCheckHandler() {}, webRequest: { onBeforeRequest() {} } } },
  BrowserWindow: class {
    constructor(options) { this.options = options; this.webContents = { send() {} }; }
    once() {} on() {}
    loadURL(url) {
      (async () => {
        const info = await handlers['rancang:call']({ senderFrame: { url, parent: null } }, 'app.info', {});
        const page = await handlers.protocol({ url: 'app://rancang/index.html', method: 'GET' });
        console.log(JSON.stringify({ url, preload: this.options.webPreferences.preload, info, page: page.status, html: await page.text() }));
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
    });
  });
});
