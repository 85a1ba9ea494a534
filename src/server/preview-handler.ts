/**
 * The request handler of the browser preview, independent of the core: it authenticates the
 * request, routes `POST /api/<method>` to a `call` function and serves the renderer's static
 * files. `startPreviewServer` plugs `dispatch` into it.
 */
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiResponse } from '../api/contract';
import { SECURITY_HEADERS } from './csp';
import { BodyTooLargeError, readBody } from './read-body';
import { isAllowedHost, isAllowedOrigin } from './request-guard';
import { contentTypeFor, findStaticFile } from './static-files';
import { readCookie, TOKEN_COOKIE, TOKEN_HEADER, tokenCookie, tokenMatches } from './token';

/** Calls one API method; must not throw (like `dispatch`). */
export type ApiCaller = (method: string, args: unknown) => Promise<ApiResponse<unknown>>;

/** What the handler needs. */
export interface PreviewHandlerOptions {
  /** Runs an API method. */
  call: ApiCaller;
  /** Folder of the built renderer (must contain index.html). */
  staticDir: string;
  /** The per-launch token. */
  token: string;
  /** The port the server listens on (known only after `listen`). */
  port: () => number;
  /** Largest accepted API request body, in bytes. */
  maxBodyBytes: number;
}

/** Name of the `<meta>` element through which the served index.html hands the token to the page. */
export const TOKEN_META_NAME = 'rancang-token';

const API_PREFIX = '/api/';

/** Creates the `(req, res)` handler of the preview server. */
export function createPreviewHandler(opts: PreviewHandlerOptions) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    handle(opts, req, res).catch(() => {
      if (!res.headersSent) sendText(res, 500, 'Kesalahan internal server.');
      else res.destroy();
    });
  };
}

async function handle(
  opts: PreviewHandlerOptions,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const port = opts.port();
  if (!isAllowedHost(req.headers.host, port)) return sendText(res, 403, 'Host tidak diizinkan.');
  const origin = req.headers.origin;
  if (!isAllowedOrigin(origin, port)) return sendText(res, 403, 'Asal permintaan tidak diizinkan.');

  let url: URL;
  try {
    url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
  } catch {
    return sendText(res, 400, 'Alamat permintaan tidak sah.');
  }

  if (url.pathname.startsWith(API_PREFIX))
    return handleApi(opts, req, res, apiMethodName(url.pathname));

  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return sendText(res, 405, 'Metode tidak diizinkan.');
  }
  const isIndex = url.pathname === '/' || url.pathname === '/index.html';
  const queryToken = url.searchParams.get('token');
  const viaQuery = isIndex && tokenMatches(queryToken, opts.token);
  if (!viaQuery && !hasValidToken(req, opts.token)) {
    return sendText(
      res,
      401,
      'Akses ditolak: buka alamat lengkap (dengan token) yang dicetak oleh "rancang serve".',
    );
  }
  if (viaQuery) res.setHeader('Set-Cookie', tokenCookie(opts.token));
  return isIndex ? serveIndex(opts, req, res) : serveStatic(opts, req, res, url.pathname);
}

/**
 * The method name in `/api/<method>` (percent-decoded when possible). Any string is passed on:
 * `dispatch` answers unknown names with UNKNOWN_METHOD, exactly as over the other doors.
 */
function apiMethodName(pathname: string): string {
  const raw = pathname.slice(API_PREFIX.length);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function hasValidToken(req: IncomingMessage, token: string): boolean {
  const header = req.headers[TOKEN_HEADER];
  if (typeof header === 'string') return tokenMatches(header, token);
  return tokenMatches(readCookie(req.headers.cookie, TOKEN_COOKIE), token);
}

async function handleApi(
  opts: PreviewHandlerOptions,
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return sendText(res, 405, 'Metode tidak diizinkan: gunakan POST.');
  }
  // The header (not the cookie) is required: a cross-site form cannot set it.
  const header = req.headers[TOKEN_HEADER];
  if (!tokenMatches(typeof header === 'string' ? header : undefined, opts.token)) {
    return sendText(res, 401, 'Akses ditolak: token tidak ada atau salah.');
  }
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json')
    return sendText(res, 415, 'Isi permintaan harus application/json.');

  let body: Buffer;
  try {
    body = await readBody(req, opts.maxBodyBytes);
  } catch (err) {
    if (err instanceof BodyTooLargeError) {
      res.setHeader('Connection', 'close');
      return sendText(res, 413, err.message);
    }
    throw err;
  }
  let args: unknown = {};
  if (body.length > 0) {
    try {
      args = JSON.parse(body.toString('utf8'));
    } catch {
      return sendText(res, 400, 'Isi permintaan bukan JSON yang sah.');
    }
  }
  const response = await opts.call(method, args);
  let json: string;
  try {
    json = JSON.stringify(response);
  } catch {
    json = JSON.stringify({
      ok: false,
      error: { code: 'INTERNAL', message: 'Hasil tidak dapat dikirim.' },
    });
  }
  send(res, 200, 'application/json; charset=utf-8', json, { 'Cache-Control': 'no-store' });
}

async function serveIndex(
  opts: PreviewHandlerOptions,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const file = await findStaticFile(opts.staticDir, '/index.html');
  if (file === null)
    return sendText(res, 404, 'Renderer belum dibangun (jalankan "npm run build:renderer").');
  const html = injectTokenMeta(await fs.promises.readFile(file, 'utf8'), opts.token);
  send(res, 200, 'text/html; charset=utf-8', req.method === 'HEAD' ? '' : html, {
    'Cache-Control': 'no-store',
  });
}

async function serveStatic(
  opts: PreviewHandlerOptions,
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
): Promise<void> {
  const file = await findStaticFile(opts.staticDir, pathname);
  if (file === null) return sendText(res, 404, 'Berkas tidak ditemukan.');
  const data = await fs.promises.readFile(file);
  send(res, 200, contentTypeFor(file), req.method === 'HEAD' ? '' : data, {
    'Cache-Control': 'no-cache',
  });
}

/** Adds `<meta name="rancang-token" content="…">` at the start of `<head>` (or of the page). */
export function injectTokenMeta(html: string, token: string): string {
  const meta = `<meta name="${TOKEN_META_NAME}" content="${token}">`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (!head) return meta + html;
  const at = head.index + head[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}

function send(
  res: ServerResponse,
  status: number,
  contentType: string,
  body: string | Buffer,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    ...extra,
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}

function sendText(res: ServerResponse, status: number, message: string): void {
  send(res, status, 'text/plain; charset=utf-8', message + '\n', { 'Cache-Control': 'no-store' });
}
