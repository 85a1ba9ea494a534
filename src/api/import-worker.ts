/**
 * The import worker thread's entry: receives `{ bytes, fileName }` as workerData, runs
 * `runImport` and posts `{ type: 'progress' }` messages, then `{ type: 'done', payload }` or
 * `{ type: 'error', code, message }`. Cancelling is done by terminating the thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isCoreError } from '../core-error';
import { runImport } from './import-run';

/** The data the worker starts with. */
export interface ImportWorkerData {
  bytes: Uint8Array;
  fileName: string;
}

const port = parentPort;
if (port) {
  const data = workerData as ImportWorkerData;
  runImport(data.bytes, data.fileName, { onProgress: (p) => port.postMessage({ type: 'progress', ...p }) }).then(
    (payload) => port.postMessage({ type: 'done', payload }),
    (e: unknown) =>
      port.postMessage(
        isCoreError(e)
          ? { type: 'error', code: e.code, message: e.message }
          : { type: 'error', code: 'INTERNAL', message: `Kesalahan internal saat impor: ${(e as Error)?.message ?? String(e)}` },
      ),
  );
}
