/**
 * The single entry point of the core: `dispatch(ctx, method, args)` validates the arguments with
 * the contract's zod schema, runs the handler and returns `{ ok, value }` or `{ ok: false, error }`.
 * It never throws. `call` is the typed, throwing variant for the CLI and tests.
 */
import { z } from 'zod';
import { CoreError, isCoreError, type ErrorCode } from '../core-error';
import type { ApiContext } from './context';
import { argSchemas, type ApiArgs, type ApiMethod, type ApiResponse, type ApiResult } from './contract';
import type { Handler } from './handler';
import { handlers } from './handlers/index';

export { closeContext, createContext, type ApiContext } from './context';

const indonesianErrors = z.locales.id().localeError;

/** True when `method` names a method of the contract. */
export function isApiMethod(method: unknown): method is ApiMethod {
  return typeof method === 'string' && Object.hasOwn(argSchemas, method) && Object.hasOwn(handlers, method);
}

/** A readable Indonesian message for invalid arguments. */
function argsMessage(method: string, error: z.ZodError): string {
  const lines = error.issues.map((i) => {
    const where = i.path.length > 0 ? i.path.map(String).join('.') : '(argumen)';
    return `${where}: ${i.message}`;
  });
  return `Argumen tidak sah untuk ${method}: ${lines.join('; ')}`;
}

/** Map a SQLite error that users can cause to a typed error. */
function sqliteError(e: Error & { code?: unknown }): CoreError | null {
  const code = typeof e.code === 'string' ? e.code : '';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new CoreError('PROJECT_LOCKED', 'Berkas proyek sedang dipakai oleh proses lain. Coba lagi sebentar.');
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new CoreError('READ_ONLY', 'Berkas proyek tidak dapat ditulis (baca-saja).');
  }
  if (code === 'SQLITE_FULL' || code.startsWith('SQLITE_IOERR_WRITE') || /disk is full|database or disk is full/i.test(e.message)) {
    return new CoreError(
      'FILE_ERROR',
      'Ruang disk penuh: perubahan terakhir tidak disimpan, data yang sudah tersimpan tetap utuh. Kosongkan ruang disk lalu coba lagi.',
    );
  }
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN')) {
    return new CoreError('FILE_ERROR', `Berkas proyek tidak dapat dibaca atau ditulis (${code}). Data yang sudah tersimpan tidak diubah.`);
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new CoreError('FILE_ERROR', 'Berkas proyek rusak. Tidak ada yang diubah; pulihkan salinan dari folder cadangan proyek.');
  }
  return null;
}

/** The error part of a failed response. */
function toError(e: unknown): { code: ErrorCode; message: string } {
  if (isCoreError(e)) return { code: e.code, message: e.message };
  if (e instanceof RangeError) {
    // e.g. "Maximum call stack size exceeded" on absurdly deep arguments: the input's fault.
    return { code: 'INVALID_ARGS', message: 'Argumen tidak sah: struktur data bersarang terlalu dalam.' };
  }
  if (e instanceof Error) {
    const mapped = sqliteError(e);
    if (mapped) return { code: mapped.code, message: mapped.message };
    return { code: 'INTERNAL', message: `Kesalahan internal: ${e.message}` };
  }
  return { code: 'INTERNAL', message: 'Kesalahan internal.' };
}

/** Run one API method. Never throws. */
export async function dispatch(ctx: ApiContext, method: string, args: unknown): Promise<ApiResponse<unknown>> {
  try {
    if (!isApiMethod(method)) {
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `Metode tidak dikenal: ${String(method).slice(0, 100)}` } };
    }
    const parsed = argSchemas[method].safeParse(args ?? {}, { error: indonesianErrors });
    if (!parsed.success) {
      return { ok: false, error: { code: 'INVALID_ARGS', message: argsMessage(method, parsed.error) } };
    }
    const handler = handlers[method] as Handler<ApiMethod>;
    const value = await handler(ctx, parsed.data as never);
    return { ok: true, value };
  } catch (e) {
    return { ok: false, error: toError(e) };
  }
}

/** Run one API method with typed arguments and result; a failure is thrown as CoreError. */
export async function call<M extends ApiMethod>(ctx: ApiContext, method: M, args: ApiArgs<M>): Promise<ApiResult<M>> {
  const res = await dispatch(ctx, method, args);
  if (!res.ok) throw new CoreError(res.error.code, res.error.message);
  return res.value as ApiResult<M>;
}
