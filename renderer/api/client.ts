/**
 * The renderer's only door to the core: a typed `call(method, args)` over IPC or HTTP. Failures
 * become `ApiCallError` with the core's stable error code; the UI maps codes to its own messages.
 */
import type { ApiArgs, ApiMethod, ApiResult } from '../../src/api/contract';
import { loadToken } from './token';
import { httpTransport, ipcTransport, type Transport } from './transport';

/** A failed call: `code` is an ErrorCode of the core or a client code (NETWORK, NO_TOKEN). */
export class ApiCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

/** The typed API client. */
export interface ApiClient {
  /** Call a method; resolves with its result or rejects with an ApiCallError. */
  call<M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<ApiResult<M>>;
}

/** Build a client over a transport. */
export function clientFrom(transport: Transport): ApiClient {
  return {
    async call(method, args) {
      const res = await transport(method, args);
      if (res.ok) return res.value as ApiResult<typeof method>;
      throw new ApiCallError(res.error.code, res.error.message);
    },
  };
}

/** The client for this window: IPC inside Electron, HTTP in the browser preview. */
export function createClient(win: Window = window): ApiClient {
  if (win.rancang) return clientFrom(ipcTransport(win.rancang));
  return clientFrom(httpTransport(loadToken(win)));
}

/** The error code of anything thrown by a call (INTERNAL for unexpected errors). */
export function errorCodeOf(e: unknown): string {
  return e instanceof ApiCallError ? e.code : 'INTERNAL';
}
