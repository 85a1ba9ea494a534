/**
 * Temporary folders for tests: each test gets a fresh folder under the OS temp dir, removed again
 * by `cleanup()` (call it in `afterEach`/`afterAll`).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A temporary folder and the function that removes it. */
export interface TmpDir {
  /** Absolute path of the folder. */
  path: string;
  /** Removes the folder and everything in it (never throws). */
  cleanup(): void;
}

/** Creates a fresh temporary folder whose name starts with `rancang-<prefix>-`. */
export function makeTmpDir(prefix = 'test'): TmpDir {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `rancang-${prefix}-`));
  return {
    path: dir,
    cleanup() {
      fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

/**
 * Creates a tiny stand-in for the built renderer (index.html, a script, a stylesheet) in a fresh
 * temporary folder, for door tests that must not depend on `npm run build:renderer`.
 */
export function makeStaticDir(): TmpDir {
  const dir = makeTmpDir('static');
  fs.mkdirSync(path.join(dir.path, 'assets'));
  fs.writeFileSync(
    path.join(dir.path, 'index.html'),
    '<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Rancang</title>' +
      '<script type="module" src="/assets/app.js"></script><link rel="stylesheet" href="/assets/app.css">' +
      '</head><body><div id="root"></div></body></html>',
  );
  fs.writeFileSync(path.join(dir.path, 'assets/app.js'), 'console.log("rancang");\n');
  fs.writeFileSync(path.join(dir.path, 'assets/app.css'), 'body { margin: 0; }\n');
  return dir;
}
