// Bundles the Electron main process and the preload to CommonJS in out/electron/.
// The preload must be CommonJS: a sandboxed preload cannot be an ES module.
// better-sqlite3 (native) and electron stay external; `import.meta.url` is shimmed for CJS.
// playwright-core stays external too: it is a devDependency that only the core's own PDF path
// (the CLI and the browser preview) loads; inside Electron, call-router.ts prints PDF with
// webContents.printToPDF, so the packaged app never needs it. tesseract.js (text recognition of
// scanned PDFs) stays external: it finds its worker script, WebAssembly core and model by paths
// relative to its own files, which electron-builder ships unpacked (electron-builder.yml).
// Usage: node scripts/build-electron.mjs [OUTDIR]   (default out/electron)
import { build } from 'esbuild';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.resolve(root, process.argv[2] ?? 'out/electron');

/** Options shared by both bundles. */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
  external: ['electron', 'better-sqlite3', 'playwright-core', 'tesseract.js'],
};

await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main.ts'],
    outfile: path.join(outDir, 'main.cjs'),
    define: { 'import.meta.url': '__rancangImportMetaUrl' },
    banner: {
      js: "const __rancangImportMetaUrl = require('node:url').pathToFileURL(__filename).href;",
    },
  }),
  // The import worker thread (src/api/import-thread.ts looks for it next to main.cjs), so a
  // long PDF import never blocks the main process.
  build({
    ...common,
    entryPoints: ['src/api/import-worker.ts'],
    outfile: path.join(outDir, 'import-worker.cjs'),
    define: { 'import.meta.url': '__rancangImportMetaUrl' },
    banner: {
      js: "const __rancangImportMetaUrl = require('node:url').pathToFileURL(__filename).href;",
    },
  }),
  build({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: path.join(outDir, 'preload.cjs'),
    external: ['electron'],
  }),
]);

// pdfjs-dist (PDF import) loads its worker at run time with `import('./pdf.worker.mjs')`,
// relative to the bundle: ship the minified worker next to main.cjs.
const require = createRequire(import.meta.url);
fs.copyFileSync(
  require.resolve('pdfjs-dist/legacy/build/pdf.worker.min.mjs'),
  path.join(outDir, 'pdf.worker.mjs'),
);

console.log(
  `Electron dibangun di ${path.relative(root, outDir)}/ (main.cjs, preload.cjs, import-worker.cjs, pdf.worker.mjs)`,
);
