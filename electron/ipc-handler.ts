/**
 * The handler of the one IPC channel: checks the sender, then relays `(method, args)` to the core
 * and returns its `ApiResponse` (results, not exceptions, cross the bridge).
 */
import type { ApiResponse } from '../src/api/contract';
import { isTrustedSender, type SenderFrame } from './ipc-guard';

/** The part of Electron's `IpcMainInvokeEvent` the handler uses. */
export interface CallEvent {
  senderFrame: SenderFrame | null;
}

/**
 * Creates the `ipcMain.handle` listener over `call` (normally `dispatch` bound to the context).
 * A call from any frame other than the app's own page is refused with an exception.
 */
export function createCallHandler(
  call: (method: string, args: unknown) => Promise<ApiResponse<unknown>>,
) {
  return async (
    event: CallEvent,
    method: unknown,
    args: unknown,
  ): Promise<ApiResponse<unknown>> => {
    if (!isTrustedSender(event.senderFrame)) throw new Error('Pemanggil IPC tidak dipercaya.');
    if (typeof method !== 'string' || method.length > 100) {
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: 'Nama metode tidak sah.' } };
    }
    return call(method, args === undefined ? {} : args);
  };
}
