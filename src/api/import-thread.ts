/**
 * Runs an import off the request path, in a worker thread (node:worker_threads), so that a
 * 100-page PDF never blocks the server or the app: in the bundled Electron main process the
 * worker is `import-worker.cjs` next to `main.cjs` (built by scripts/build-electron.mjs, unpacked
 * from app.asar); from the sources (the CLI, the browser preview, tests) it is
 * `import-worker.ts` loaded through tsx. Where neither exists, the import runs in the calling
 * thread, where the PDF reader yields between pages.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CoreError, type ErrorCode } from '../core-error';
import type { ImportProgress } from '../parse/index';
import { runImport, type ImportPayload } from './import-run';

/** Options of `importOffThread`. */
export interface OffThreadOptions {
  signal?: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
  /** Force the in-thread fallback (for tests and hosts without workers). */
  inThread?: boolean;
}

type WorkerMessage =
  | ({ type: 'progress' } & ImportProgress)
  | { type: 'done'; payload: ImportPayload }
  | { type: 'error'; code: ErrorCode; message: string };

/** Path of tsx's ESM API (`tsx/esm/api`, import condition), read from tsx's package.json. */
function tsxEsmApi(): string {
  const pkgFile = createRequire(import.meta.url).resolve('tsx/package.json');
  const pkg = JSON.parse(fs.readFileSync(pkgFile, 'utf8')) as {
    exports: Record<string, { import?: { default?: string } }>;
  };
  const rel = pkg.exports['./esm/api']?.import?.default;
  if (!rel) throw new Error('tsx/esm/api tidak ditemukan');
  return path.join(path.dirname(pkgFile), rel);
}

/** The worker as the host can start it: a bundled script, or bootstrap code for the sources. */
type WorkerSpec = { file: string } | { source: string };

/**
 * The bundled worker next to this bundle, if any. Inside a packaged app the file is unpacked
 * from app.asar (electron-builder.yml), so a worker thread can load it from the real folder.
 */
function bundledWorker(): string | null {
  try {
    const file = fileURLToPath(new URL('./import-worker.cjs', import.meta.url));
    const unpacked = file.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
    if (unpacked !== file && fs.existsSync(unpacked)) return unpacked;
    return fs.existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

/** How to start the worker on this host; null when only the in-thread fallback is possible. */
function workerSpec(): WorkerSpec | null {
  const file = bundledWorker();
  if (file) return { file };
  const source = workerSource();
  return source ? { source } : null;
}

/** The bootstrap code of the worker from the sources: register tsx, then load the worker module. */
function workerSource(): string | null {
  let entry: string;
  let tsxApi: string;
  try {
    entry = fileURLToPath(new URL('./import-worker.ts', import.meta.url));
    if (!fs.existsSync(entry)) return null;
    tsxApi = tsxEsmApi();
  } catch {
    return null;
  }
  return `import(${JSON.stringify(pathToFileURL(tsxApi).href)}).then((m) => { m.register(); return import(${JSON.stringify(pathToFileURL(entry).href)}); });`;
}

/** True when imports run in a worker thread on this host. */
export function workerAvailable(): boolean {
  return workerSpec() !== null;
}

/** Import file bytes in a worker thread (or in this thread where that is impossible). */
export function importOffThread(
  bytes: Uint8Array,
  fileName: string,
  opts: OffThreadOptions = {},
): Promise<ImportPayload> {
  const spec = opts.inThread ? null : workerSpec();
  if (!spec) return runImport(bytes, fileName, opts);
  if (opts.signal?.aborted) return Promise.reject(new CoreError('CANCELLED', 'Impor dibatalkan.'));
  return new Promise<ImportPayload>((resolve, reject) => {
    const worker =
      'file' in spec
        ? new Worker(spec.file, { workerData: { bytes, fileName } })
        : new Worker(spec.source, { eval: true, workerData: { bytes, fileName } });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      opts.signal?.removeEventListener('abort', onAbort);
      fn();
      void worker.terminate();
    };
    const onAbort = () => finish(() => reject(new CoreError('CANCELLED', 'Impor dibatalkan.')));
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress')
        opts.onProgress?.({ stage: m.stage, done: m.done, total: m.total });
      else if (m.type === 'done') finish(() => resolve(m.payload));
      else finish(() => reject(new CoreError(m.code, m.message)));
    });
    worker.on('error', (e) =>
      finish(() => reject(new CoreError('INTERNAL', `Proses impor gagal: ${e.message}`))),
    );
    worker.on('exit', (code) =>
      finish(() =>
        reject(new CoreError('INTERNAL', `Proses impor berhenti tanpa hasil (kode ${code}).`)),
      ),
    );
  });
}
