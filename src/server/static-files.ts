/**
 * Safe lookup of the renderer's static files, shared by the browser preview and Electron's
 * `app://` protocol: a URL path maps to a file inside the root folder or to nothing.
 */
import fs from 'node:fs';
import path from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

/** The Content-Type of a file, by extension (`application/octet-stream` when unknown). */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a URL path (still percent-encoded, without query) to a path inside `root`, or null when it
 * is malformed or tries to leave the root: `..` segments (also encoded), backslashes, NUL bytes
 * and absolute drive paths are refused. `/` maps to `index.html`. Does not touch the disk.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '.' || s === '..' || /^[a-zA-Z]:/.test(s))) return null;
  const rel = segments.length === 0 ? 'index.html' : segments.join(path.sep);
  const absRoot = path.resolve(root);
  const file = path.resolve(absRoot, rel);
  return file.startsWith(absRoot + path.sep) ? file : null;
}

/**
 * Like `resolveStaticPath`, then follows symlinks and checks again that the real file is a
 * regular file inside the real root. Returns the real path, or null.
 */
export async function findStaticFile(root: string, urlPath: string): Promise<string | null> {
  const candidate = resolveStaticPath(root, urlPath);
  if (candidate === null) return null;
  try {
    const [realRoot, realFile] = await Promise.all([
      fs.promises.realpath(root),
      fs.promises.realpath(candidate),
    ]);
    if (!realFile.startsWith(realRoot + path.sep)) return null;
    const stat = await fs.promises.stat(realFile);
    return stat.isFile() ? realFile : null;
  } catch {
    return null;
  }
}
