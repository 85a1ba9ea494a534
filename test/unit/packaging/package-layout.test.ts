/**
 * The desktop package's file layout, from electron-builder run over a stand-in Electron folder
 * (scripts/check-package-layout.mjs; nothing is downloaded, nothing is rebuilt, and the package
 * it makes cannot run). Needs out/renderer (`npm test` builds it first).
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../helpers/paths';

const execFileP = promisify(execFile);

interface Layout {
  ok: boolean;
  asarBytes: number;
  asarMB: number;
  packages: string[];
  nativeUnpacked: string[];
  workersUnpacked: string[];
  appFiles: string[];
  locales: string[];
  problems: string[];
}

let layout: Layout;
beforeAll(async () => {
  const { stdout } = await execFileP(
    process.execPath,
    [path.join(repoRoot, 'scripts/check-package-layout.mjs')],
    {
      cwd: repoRoot,
      maxBuffer: 20 * 1024 * 1024,
    },
  ).catch((e: { stdout?: string; stderr?: string }) => {
    throw new Error(
      `check-package-layout gagal:\n${e.stderr ?? ''}\n${(e.stdout ?? '').slice(-2000)}`,
    );
  });
  layout = JSON.parse(stdout.trim().split('\n').pop()!) as Layout;
  console.log(
    `app.asar: ${layout.asarMB} MB (target < 30 MB); paket: ${layout.packages.join(', ')}`,
  );
}, 300_000);

describe('the packaged layout (stand-in Electron)', () => {
  it('app.asar holds the built app and package.json', () => {
    for (const f of [
      '/package.json',
      '/out/electron/main.cjs',
      '/out/electron/preload.cjs',
      '/out/electron/pdf.worker.mjs',
      '/out/electron/import-worker.cjs',
      '/out/renderer/index.html',
    ]) {
      expect(layout.appFiles).toContain(f);
    }
    expect(layout.appFiles.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(layout.appFiles.some((f) => /^\/(src|renderer|test|scripts)\//.test(f))).toBe(false);
  });

  it('packs no devDependency: only better-sqlite3 and its loader, and text recognition with what it requires', () => {
    expect(layout.packages).toEqual([
      '@tesseract.js-data/eng',
      'better-sqlite3',
      'bindings',
      'bmp-js',
      'file-uri-to-path',
      'idb-keyval',
      'is-url',
      'node-fetch',
      'regenerator-runtime',
      'tesseract.js',
      'tesseract.js-core',
      'tr46',
      'wasm-feature-detect',
      'webidl-conversions',
      'whatwg-url',
      'zlibjs',
    ]);
    for (const dev of [
      'react',
      'vite',
      'vitest',
      'playwright-core',
      'typescript',
      'electron',
      'esbuild',
    ]) {
      expect(layout.packages).not.toContain(dev);
    }
  });

  it("unpacks better-sqlite3's native module next to app.asar", () => {
    expect(layout.nativeUnpacked).toEqual([
      '/node_modules/better-sqlite3/build/Release/better_sqlite3.node',
    ]);
  });

  it('unpacks the import worker, pdfjs worker and text recognition, which worker threads start from (and read) real files', () => {
    // The script lists every file that must be unpacked and reports each one missing as a problem.
    expect(layout.problems).toEqual([]);
    expect(layout.workersUnpacked).toEqual(expect.arrayContaining([
      '/out/electron/import-worker.cjs',
      '/out/electron/pdf.worker.mjs',
      '/node_modules/tesseract.js/src/worker-script/node/index.js',
      '/node_modules/@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz',
    ]));
  });

  it('keeps app.asar under 30 MB and only the Indonesian and English locales', () => {
    expect(layout.asarBytes).toBeLessThan(30 * 1024 * 1024);
    expect(layout.locales).toEqual(['en-US.pak', 'id.pak']);
    expect(layout.problems).toEqual([]);
    expect(layout.ok).toBe(true);
  });
});
