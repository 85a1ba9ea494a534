/**
 * Child processes of the robustness tests run from an esbuild bundle of their TypeScript entry
 * (node starts it in a fraction of the time tsx needs). Packages that must not or need not be
 * bundled stay outside, imported by absolute path: better-sqlite3 (its native addon sits next to
 * it) and the large packages the core only loads on demand (`import()` of playwright-core for PDF
 * export and pdfjs-dist for PDF import), which would otherwise make every start slower.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** Bare imports resolved to absolute paths and left outside the bundle. */
const EXTERNAL = /^(better-sqlite3|playwright-core|pdfjs-dist)(\/.*)?$/;

/** Bundle `entry` (a .ts file) into `outDir/<name>.mjs` and return that path. */
export async function bundleScript(entry: string, outDir: string): Promise<string> {
  const outfile = path.join(outDir, `${path.basename(entry, '.ts')}.mjs`);
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    outfile,
    logLevel: 'silent',
    // CommonJS dependencies call require() for node built-ins: give the ES module one.
    banner: {
      js: "import { createRequire as __rancangRequire } from 'node:module'; const require = __rancangRequire(import.meta.url);",
    },
    plugins: [
      {
        name: 'externals-by-path',
        setup: (b) =>
          b.onResolve({ filter: EXTERNAL }, (args) => ({
            path: fileURLToPath(import.meta.resolve(args.path)),
            external: true,
          })),
      },
    ],
  });
  return outfile;
}
