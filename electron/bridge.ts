/**
 * The shape of `window.rancang`, the only thing the preload exposes to the renderer.
 * Type-only: the renderer may import it with `import type`.
 */
import type { ApiResponse } from '../src/api/contract';

/** What the preload puts on `window.rancang`. */
export interface RancangBridge {
  /** Calls a core method over IPC; resolves to its ApiResponse (never rejects for core errors). */
  call(method: string, args?: unknown): Promise<ApiResponse<unknown>>;
  /** Listens to an event pushed by the main process; returns the function that stops listening. */
  on(event: string, listener: (payload: unknown) => void): () => void;
}
