/**
 * Who may call the core over IPC: only the app's own top-level page (`app://rancang/...`), never
 * an iframe, a navigated-away page, the print page or a destroyed frame. Also the request policy
 * of the session: the renderer may load nothing but the app's own files.
 */
import { isAppUrl } from './app-protocol';
import { PRINT_ORIGIN } from './print-pages';

/** The part of Electron's `WebFrameMain` the guard looks at. */
export interface SenderFrame {
  url: string;
  parent: unknown;
}

/** True when an IPC message comes from the app's own top-level page. */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}

/**
 * True when a window may load `url`: the app's own files, the print pages of the PDF export,
 * DevTools, inline `data:` images and `blob:` objects the app made itself. Everything else
 * (http, https, file, ws, …) is cancelled.
 */
export function isAllowedRequest(url: string): boolean {
  return (
    isAppUrl(url) ||
    [`${PRINT_ORIGIN}/`, 'devtools://', 'data:', 'blob:app://rancang/'].some((p) => url.startsWith(p))
  );
}
