/**
 * The `app://rancang/` protocol that serves the built renderer inside Electron: URL -> file inside
 * the renderer folder (same traversal rules as the browser preview), with the CSP on every
 * response. Pure Node (uses the global `Response`), so it is tested without Electron.
 */
import fs from 'node:fs';
import { SECURITY_HEADERS } from '../src/server/csp';
import { contentTypeFor, findStaticFile } from '../src/server/static-files';
import { PRINT_HOST, type PrintPages } from './print-pages';

/** The custom scheme. */
export const APP_SCHEME = 'app';
/** The only host of the scheme. */
export const APP_HOST = 'rancang';
/** The origin of the app's pages. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the window loads. */
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** The privileges the scheme is registered with (standard + secure, so 'self' and fetch work). */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  allowServiceWorkers: false,
  corsEnabled: false,
  stream: false,
} as const;

/** The host of an `app://` URL, or null for any other URL. */
function appHostOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` ? u.host : null;
  } catch {
    return null;
  }
}

/** True when `url` is a page or asset of the app (`app://rancang/...`). */
export function isAppUrl(url: string): boolean {
  return appHostOf(url) === APP_HOST;
}

/**
 * Answers one `app://` request: `app://rancang/...` from the renderer folder `rootDir`,
 * `app://print/...` from the print pages of the PDF export; 404 for anything else.
 */
export async function handleAppRequest(
  request: { url: string; method: string },
  rootDir: string,
  printPages?: PrintPages,
): Promise<Response> {
  const notFound = () =>
    new Response('Tidak ditemukan.', {
      status: 404,
      headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
    });
  const printHtml = printPages && appHostOf(request.url) === PRINT_HOST ? printPages.get(request.url) : null;
  if (printHtml !== null && request.method === 'GET') {
    return new Response(printHtml, {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/html; charset=utf-8' },
    });
  }
  if (!isAppUrl(request.url)) return notFound();
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('Metode tidak diizinkan.', {
      status: 405,
      headers: { ...SECURITY_HEADERS },
    });
  }
  const file = await findStaticFile(rootDir, new URL(request.url).pathname);
  if (file === null) return notFound();
  const body = request.method === 'HEAD' ? null : await fs.promises.readFile(file);
  return new Response(body, {
    status: 200,
    headers: {
      ...SECURITY_HEADERS,
      'Content-Type': contentTypeFor(file),
      'Cache-Control': 'no-cache',
    },
  });
}
