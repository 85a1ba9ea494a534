/**
 * What the main process adds between the one IPC channel and the core's `dispatch`:
 * - the file lock: `project.open` (for writing), `project.create` and `project.sample` take the
 *   lock of their file first and refuse with PROJECT_LOCKED (Indonesian message, read-only
 *   option) when another window or process holds it; opening another project or closing
 *   releases it;
 * - PDF export: `export.run` with `format: 'pdf'` asks the core for the print HTML and prints it
 *   with Electron (`printPdf`), never with the core's Chromium driver;
 * - host methods (`dialog.*`, see dialogs.ts) answered by the main process itself;
 * - a count of calls in flight, so that closing can wait for the renderer's last save.
 */
import path from 'node:path';
import type { ApiResponse, ExportRunResult, ProjectInfo } from '../src/api/contract';
import { SAMPLE_PROJECT_FILE } from '../src/api/sample-project';
import { isCoreError } from '../src/core-error';
import { writeFileAtomic } from '../src/export/table/export-file';
import { PROJECT_EXTENSION } from '../src/store/pragmas';
import type { LockKeeper } from './file-lock';

/** A method answered by the main process instead of the core. */
export type HostMethod = (args: unknown) => Promise<ApiResponse<unknown>>;

/** What the router needs. */
export interface RouterDeps {
  /** The core (normally `dispatch` bound to the window's context). */
  dispatch(method: string, args: unknown): Promise<ApiResponse<unknown>>;
  /** The lock of the project open for writing. */
  locks: LockKeeper;
  /** Print HTML -> PDF bytes (Electron's printToPDF in a hidden window). */
  printPdf(html: string): Promise<Uint8Array>;
  /** The user data folder (where the sample project lives). */
  userDataDir: string;
  /** Methods answered by the main process (`dialog.*`). */
  host?: Readonly<Record<string, HostMethod>>;
  /** Told the project open for writing after every change (null: none). */
  onProjectChanged?(file: string | null): void;
}

/** The router: `call` plus the count of calls in flight. */
export interface CallRouter {
  call(method: string, args: unknown): Promise<ApiResponse<unknown>>;
  /** Calls not yet answered. */
  readonly pending: number;
}

/** Methods that open or create a project file. */
const OPENING = new Set(['project.open', 'project.create', 'project.sample']);

/** A failed response. */
function fail(code: 'PROJECT_LOCKED' | 'EXPORT_UNAVAILABLE' | 'FILE_ERROR', message: string): ApiResponse<never> {
  return { ok: false, error: { code, message } };
}

/** The string property `key` of `args`, if any. */
function stringArg(args: unknown, key: string): string | null {
  const v = args && typeof args === 'object' ? (args as Record<string, unknown>)[key] : undefined;
  return typeof v === 'string' && v.length > 0 ? v : null;
}

/** The file an opening call will write, or null when it opens nothing for writing. */
export function fileToLock(method: string, args: unknown, userDataDir: string): string | null {
  if (method === 'project.sample') return path.join(userDataDir, SAMPLE_PROJECT_FILE);
  const p = stringArg(args, 'path');
  if (p === null) return null;
  if (method === 'project.open') {
    return (args as { readOnly?: unknown }).readOnly === true ? null : path.resolve(p);
  }
  if (method === 'project.create') {
    const abs = path.resolve(p);
    return abs.toLowerCase().endsWith(PROJECT_EXTENSION) ? abs : abs + PROJECT_EXTENSION;
  }
  return null;
}

/** Creates the router over `deps`. */
export function createCallRouter(deps: RouterDeps): CallRouter {
  let pending = 0;

  const openProject = async (method: string, args: unknown): Promise<ApiResponse<unknown>> => {
    const target = fileToLock(method, args, deps.userDataDir);
    const taken = target === null ? null : deps.locks.acquire(target);
    if (taken && !taken.ok) return fail('PROJECT_LOCKED', taken.message);
    const res = await deps.dispatch(method, args);
    const newLock = taken?.ok ? taken.lock : null;
    if (!res.ok) {
      if (newLock && deps.locks.file !== newLock.file) newLock.release();
      return res;
    }
    const info = res.value as ProjectInfo;
    deps.locks.keep(info.readOnly ? null : newLock);
    deps.onProjectChanged?.(deps.locks.file);
    return res;
  };

  const exportPdf = async (args: Record<string, unknown>): Promise<ApiResponse<unknown>> => {
    const { outPath, ...rest } = args;
    const html = await deps.dispatch('export.run', { ...rest, format: 'html' });
    if (!html.ok) return html;
    const v = html.value as ExportRunResult;
    let bytes: Uint8Array;
    try {
      bytes = await deps.printPdf(Buffer.from(v.base64 ?? '', 'base64').toString('utf8'));
    } catch (e) {
      return fail('EXPORT_UNAVAILABLE', `PDF tidak dapat dibuat: ${(e as Error).message}`);
    }
    const fileName = v.fileName.replace(/\.html$/i, '.pdf');
    const base = { fileName, mime: 'application/pdf', bytes: bytes.byteLength };
    if (typeof outPath !== 'string') {
      return { ok: true, value: { ...base, base64: Buffer.from(bytes).toString('base64') } };
    }
    try {
      return { ok: true, value: { ...base, path: writeFileAtomic(outPath, bytes) } };
    } catch (e) {
      return fail('FILE_ERROR', isCoreError(e) ? e.message : String(e));
    }
  };

  const route = async (method: string, args: unknown): Promise<ApiResponse<unknown>> => {
    const host = deps.host && Object.hasOwn(deps.host, method) ? deps.host[method] : undefined;
    if (host) return host(args);
    if (OPENING.has(method)) return openProject(method, args);
    if (method === 'export.run' && args && typeof args === 'object' && (args as { format?: unknown }).format === 'pdf') {
      return exportPdf(args as Record<string, unknown>);
    }
    const res = await deps.dispatch(method, args);
    if (method === 'project.close' && res.ok) {
      deps.locks.release();
      deps.onProjectChanged?.(null);
    }
    return res;
  };

  return {
    async call(method, args) {
      pending++;
      try {
        return await route(method, args);
      } finally {
        pending--;
      }
    },
    get pending() {
      return pending;
    },
  };
}

/**
 * Resolves once the router has been idle: after at least `settleMs` (time for the renderer to
 * start its last save after `app.closing`), as soon as no call is in flight, or after `maxMs`.
 */
export async function waitForIdle(
  router: Pick<CallRouter, 'pending'>,
  opts: { settleMs: number; maxMs: number; stepMs?: number },
): Promise<void> {
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const start = Date.now();
  await sleep(opts.settleMs);
  while (router.pending > 0 && Date.now() - start < opts.maxMs) await sleep(opts.stepMs ?? 25);
}
