// Checks what electron-builder puts into the desktop package, without downloading anything and
// without rebuilding native modules: packs the app for Linux as an unpacked `dir` target over a
// STAND-IN Electron folder (`electronDist`, one fake executable), then inspects app.asar and
// app.asar.unpacked. The result CANNOT RUN (the Electron binary is fake and better-sqlite3 is
// still built for Node's ABI, npmRebuild is off): it only proves the file layout.
//
// Checks: app.asar holds the built app (out/electron/main.cjs, preload.cjs, import-worker.cjs, pdf.worker.mjs,
// out/renderer/index.html) and package.json; no devDependency (react, vite, vitest, playwright-core,
// typescript, electron, ...) and no source folder (src/, renderer/, test/) is packed;
// better-sqlite3's .node file, the two worker scripts and text recognition's files are in app.asar.unpacked;
// app.asar's size is printed (target < 30 MB).
//
// Usage: node scripts/check-package-layout.mjs [--skip-build] [--keep]
//   Needs out/renderer (npm run build:renderer). Builds out/electron unless --skip-build.
//   Prints one JSON line with the findings; exits 1 when a check fails.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = new Set(process.argv.slice(2));
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

/** The size target of app.asar, in bytes. */
const ASAR_TARGET = 30 * 1024 * 1024;

/** Files the package must hold inside app.asar. */
const REQUIRED = [
  '/package.json',
  '/out/electron/main.cjs',
  '/out/electron/preload.cjs',
  '/out/electron/pdf.worker.mjs',
  '/out/electron/import-worker.cjs',
  '/out/renderer/index.html',
];

/**
 * Files a worker thread starts from, or that text recognition reads by their path (its worker,
 * WebAssembly core and model): they must also be real files in app.asar.unpacked.
 */
const WORKERS_UNPACKED = [
  '/out/electron/import-worker.cjs',
  '/out/electron/pdf.worker.mjs',
  '/node_modules/tesseract.js/src/worker-script/node/index.js',
  '/node_modules/tesseract.js-core/tesseract-core-simd-lstm.js',
  '/node_modules/tesseract.js-core/tesseract-core-simd-lstm.wasm',
  '/node_modules/tesseract.js-core/tesseract-core-lstm.wasm',
  '/node_modules/@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz',
  '/node_modules/node-fetch/package.json',
  '/node_modules/wasm-feature-detect/package.json',
];

/** Every file under `dir`, as '/relative/path'. */
function walk(dir, base = dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory()
      ? walk(p, base)
      : ['/' + path.relative(base, p).split(path.sep).join('/')];
  });
}

/** Names of the packages that appear under node_modules in `files`. */
function packagesIn(files) {
  const names = new Set();
  for (const f of files) {
    const m = f.match(/\/node_modules\/(@[^/]+\/[^/]+|[^@/][^/]*)\//);
    if (m) names.add(m[1]);
  }
  return [...names].sort();
}

async function main() {
  if (!fs.existsSync(path.join(root, 'out/renderer/index.html'))) {
    throw new Error('out/renderer/index.html tidak ada: jalankan dulu `npm run build:renderer`.');
  }
  if (!args.has('--skip-build')) {
    execFileSync(process.execPath, [path.join(root, 'scripts/build-electron.mjs')], {
      cwd: root,
      stdio: 'ignore',
    });
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'rancang-package-'));
  try {
    // The stand-in Electron: a folder with a fake executable, as electron-builder expects an
    // unpacked Electron distribution (it renames `electron` to the app's executable).
    const electronDist = path.join(work, 'electron-dist');
    fs.mkdirSync(electronDist);
    fs.writeFileSync(
      path.join(electronDist, 'electron'),
      '#!/bin/sh\necho "Electron pengganti: tidak dapat dijalankan" >&2\nexit 1\n',
      { mode: 0o755 },
    );
    // Chromium's locale files: electron-builder keeps only `electronLanguages` and deletes the rest.
    fs.mkdirSync(path.join(electronDist, 'locales'));
    for (const l of ['en-US', 'id', 'de'])
      fs.writeFileSync(path.join(electronDist, 'locales', `${l}.pak`), '');
    const electronVersion = JSON.parse(
      fs.readFileSync(require.resolve('electron/package.json'), 'utf8'),
    ).version;
    const output = path.join(work, 'release');

    const { build, Platform, Arch } = require('electron-builder');
    const arch = process.arch === 'arm64' ? Arch.arm64 : Arch.x64;
    await build({
      projectDir: root,
      targets: Platform.LINUX.createTarget('dir', arch),
      publish: 'never',
      config: {
        directories: { output },
        electronDist,
        electronVersion,
        npmRebuild: false,
      },
    });

    const resources = fs
      .readdirSync(output)
      .map((d) => path.join(output, d, 'resources'))
      .find((d) => fs.existsSync(path.join(d, 'app.asar')));
    if (!resources) throw new Error(`app.asar tidak ditemukan di ${output}`);
    const asarFile = path.join(resources, 'app.asar');
    const { listPackage } = require('@electron/asar');
    const asarFiles = listPackage(asarFile, { isPack: false });
    const asarPaths = new Set(asarFiles);
    const unpacked = walk(path.join(resources, 'app.asar.unpacked'));
    const devDeps = Object.keys(pkg.devDependencies ?? {});
    const packed = packagesIn([...asarFiles.map((f) => f + '/'), ...unpacked]);
    const problems = [];
    for (const f of REQUIRED) if (!asarPaths.has(f)) problems.push(`tidak ada di app.asar: ${f}`);
    for (const d of devDeps)
      if (packed.includes(d)) problems.push(`devDependency ikut terkemas: ${d}`);
    for (const f of asarFiles)
      if (/^\/(src|renderer|test|scripts)\//.test(f)) problems.push(`sumber ikut terkemas: ${f}`);
    for (const f of WORKERS_UNPACKED)
      if (!unpacked.includes(f)) problems.push(`tidak ada di app.asar.unpacked: ${f}`);
    const nativeUnpacked = unpacked.filter((f) => f.endsWith('.node'));
    if (
      !nativeUnpacked.some((f) => f.endsWith('/better-sqlite3/build/Release/better_sqlite3.node'))
    ) {
      problems.push('better_sqlite3.node tidak ada di app.asar.unpacked');
    }
    const nativeInAsar = asarFiles.filter((f) => f.endsWith('.node') && !asarPaths.has(f + '/'));
    const stillPacked = nativeInAsar.filter((f) => {
      const st = require('@electron/asar').statFile(asarFile, f.slice(1));
      return !('unpacked' in st && st.unpacked);
    });
    for (const f of stillPacked)
      problems.push(`modul native di dalam app.asar (harus di luar): ${f}`);
    const asarBytes = fs.statSync(asarFile).size;
    const unpackedBytes = unpacked.reduce(
      (n, f) => n + fs.statSync(path.join(resources, 'app.asar.unpacked', f)).size,
      0,
    );
    if (asarBytes >= ASAR_TARGET)
      problems.push(`app.asar ${(asarBytes / 1048576).toFixed(1)} MB, target < 30 MB`);
    const result = {
      ok: problems.length === 0,
      note: 'Paket dari Electron pengganti: hanya tata letak berkas yang diperiksa; paket ini TIDAK DAPAT DIJALANKAN.',
      electronVersion,
      asarBytes,
      asarMB: Number((asarBytes / 1048576).toFixed(2)),
      unpackedBytes,
      asarFileCount: asarFiles.length,
      packages: packed,
      nativeUnpacked,
      workersUnpacked: WORKERS_UNPACKED.filter((f) => unpacked.includes(f)),
      appFiles: asarFiles.filter((f) => !f.includes('/node_modules/')),
      locales: fs.readdirSync(path.join(resources, '..', 'locales')).sort(),
      problems,
    };
    console.log(JSON.stringify(result));
    if (!result.ok) process.exitCode = 1;
  } finally {
    if (!args.has('--keep')) fs.rmSync(work, { recursive: true, force: true });
    else console.error(`Disimpan di ${work}`);
  }
}

main().catch((e) => {
  console.error(
    `Pemeriksaan tata letak paket gagal: ${e instanceof Error ? e.message : String(e)}`,
  );
  process.exit(1);
});
