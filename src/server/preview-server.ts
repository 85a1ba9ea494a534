/**
 * The browser preview: serves the built renderer and `POST /api/<method>` on 127.0.0.1 with a
 * per-launch token, relaying every call to the core's `dispatch`. Loopback only, token on every
 * request, no CORS, strict CSP (the rules are in preview-handler.ts).
 */
import type { ApiContext } from '../api/context';
import { dispatch } from '../api/dispatch';
import { listenPreview, type ListenOptions, type PreviewServer } from './listen-preview';

export type { PreviewServer } from './listen-preview';

/** Options of `startPreviewServer`. */
export interface PreviewServerOptions extends Omit<ListenOptions, 'call'> {
  /** The core context the API calls run against (not closed by the server). */
  ctx: ApiContext;
}

/** Starts the preview server for `ctx` on 127.0.0.1 (a free port unless `port` is given). */
export function startPreviewServer(opts: PreviewServerOptions): Promise<PreviewServer> {
  const { ctx, ...rest } = opts;
  return listenPreview({ ...rest, call: (method, args) => dispatch(ctx, method, args) });
}
