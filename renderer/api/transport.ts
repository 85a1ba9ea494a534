/**
 * The two transports of the API client: Electron IPC (when the preload exposed `window.rancang`)
 * and HTTP to the browser preview (`POST /api/<method>` with the `X-Rancang-Token` header).
 */
import type { ApiResponse } from '../../src/api/contract';

/** Sends one call and returns the core's response; never throws. */
export type Transport = (method: string, args: unknown) => Promise<ApiResponse<unknown>>;

/** What the Electron preload exposes on `window.rancang`. */
export interface RancangBridge {
  call(method: string, args: unknown): Promise<ApiResponse<unknown>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    rancang?: RancangBridge;
  }
}

/** A client-side failure in the shape of a core error (codes NETWORK, NO_TOKEN). */
function localError(code: string, message: string): ApiResponse<unknown> {
  return { ok: false, error: { code, message } } as unknown as ApiResponse<unknown>;
}

/** The IPC transport over the preload bridge. */
export function ipcTransport(bridge: RancangBridge): Transport {
  return async (method, args) => {
    try {
      return await bridge.call(method, args);
    } catch (e) {
      return localError('NETWORK', String(e));
    }
  };
}

/** The HTTP transport of the browser preview. */
export function httpTransport(token: string | null, baseUrl = ''): Transport {
  return async (method, args) => {
    if (!token) return localError('NO_TOKEN', 'no token');
    let res: Response;
    try {
      res = await fetch(`${baseUrl}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Rancang-Token': token },
        body: JSON.stringify(args ?? {}),
        credentials: 'same-origin',
      });
    } catch (e) {
      return localError('NETWORK', String(e));
    }
    try {
      const body = (await res.json()) as ApiResponse<unknown>;
      if (body && typeof body === 'object' && 'ok' in body) return body;
    } catch {
      /* fall through */
    }
    return localError(res.status === 401 || res.status === 403 ? 'NO_TOKEN' : 'NETWORK', `HTTP ${res.status}`);
  };
}
