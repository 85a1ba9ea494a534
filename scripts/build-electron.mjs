// Bundles the Electron main process and the preload to CommonJS in out/electron/.
// The preload must be CommonJS: a sandboxed preload cannot be an ES module.
// better-sqlite3 (native) and electron stay external; `import.meta.url` is shimmed for CJS.
// Usage: node scripts/build-electron.mjs [OUTDIR]   (default out/electron)
import { build } from 'esbuild';
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
  external: ['electron', 'better-sqlite3'],
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
  build({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: path.join(outDir, 'preload.cjs'),
    external: ['electron'],
  }),
]);

console.log(`Electron dibangun di ${path.relative(root, outDir)}/ (main.cjs, preload.cjs)`);
