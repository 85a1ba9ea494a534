/**
 * The HTTP door under attack (issue part 4), all on 127.0.0.1: missing and wrong tokens, foreign
 * Origin and Host headers (DNS rebinding), path traversal in static requests, oversized bodies
 * and 200 parallel clients. Every request is rejected or served correctly, the project is not
 * changed by anything rejected, the server stays up with bounded memory, and it listens on the
 * loopback address only.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, closeContext, createContext, type ApiContext } from '../../src/api/dispatch';
import { startPreviewServer, type PreviewServer } from '../../src/server/preview-server';
import { rawRequest, type RawRequest } from '../helpers/http-request';
import { makeStaticDir, makeTmpDir, type TmpDir } from '../helpers/tmp-dir';
import { generatePerda } from '../unit/store/generated-perda';
import { contentHash } from './helpers/content-hash';

const SECRET = 'RAHASIA-JANGAN-DIKIRIM';
const MAX_BODY = 1024 * 1024;

let tmp: TmpDir;
let staticDir: TmpDir;
let ctx: ApiContext;
let server: PreviewServer;
let file: string;

beforeAll(async () => {
  tmp = makeTmpDir('door');
  staticDir = makeStaticDir();
  fs.writeFileSync(
    path.join(path.dirname(staticDir.path), `${path.basename(staticDir.path)}-secret.txt`),
    SECRET,
  );
  fs.writeFileSync(path.join(tmp.path, 'secret.txt'), SECRET);
  fs.symlinkSync(
    path.join(tmp.path, 'secret.txt'),
    path.join(staticDir.path, 'assets', 'tautan.txt'),
  );
  ctx = createContext({
    userDataDir: path.join(tmp.path, 'user'),
    author: 'Penguji',
    appVersion: 'test',
  });
  file = (
    await call(ctx, 'project.create', {
      path: path.join(tmp.path, 'pintu.rancang'),
      title: 'Uji pintu',
    })
  ).path;
  await call(ctx, 'draft.save', { doc: generatePerda(10) });
  ctx.project!.gc();
  server = await startPreviewServer({ ctx, staticDir: staticDir.path, maxBodyBytes: MAX_BODY });
});
afterAll(async () => {
  await server.close();
  closeContext(ctx);
  fs.rmSync(
    path.join(path.dirname(staticDir.path), `${path.basename(staticDir.path)}-secret.txt`),
    { force: true },
  );
  staticDir.cleanup();
  tmp.cleanup();
});

const api = (method: string, headers: Record<string, string> = {}, body = '{}'): RawRequest => ({
  method: 'POST',
  path: `/api/${method}`,
  headers: { 'content-type': 'application/json', 'x-rancang-token': server.token, ...headers },
  body,
});
const withCookie = (p: string): RawRequest => ({
  path: p,
  headers: { cookie: `rancang_token=${server.token}` },
});

describe('who may call', () => {
  it('listens on 127.0.0.1 only', async () => {
    expect(server.url.startsWith('http://127.0.0.1:')).toBe(true);
    const others = Object.values(os.networkInterfaces())
      .flat()
      .filter((i): i is os.NetworkInterfaceInfo => !!i && !i.internal)
      .map((i) => i.address);
    for (const host of [...others, '::1']) {
      const reached = await new Promise<boolean>((resolve) => {
        const s = net.connect({ host, port: server.port, timeout: 2000 });
        s.once('connect', () => {
          s.destroy();
          resolve(true);
        });
        s.once('error', () => resolve(false));
        s.once('timeout', () => {
          s.destroy();
          resolve(false);
        });
      });
      expect(reached, host).toBe(false);
    }
  });

  it('refuses API calls and pages without the token or with a wrong one', async () => {
    const wrong = server.token.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    const cases: RawRequest[] = [
      { ...api('draft.get'), headers: { 'content-type': 'application/json' } },
      api('draft.get', { 'x-rancang-token': wrong }),
      api('draft.get', { 'x-rancang-token': `${server.token}x` }),
      api('draft.get', { 'x-rancang-token': '' }),
      {
        ...api('draft.get', { 'x-rancang-token': '' }),
        path: `/api/draft.get?token=${server.token}`,
      },
      {
        ...api('draft.get'),
        headers: { 'content-type': 'application/json', cookie: `rancang_token=${server.token}` },
      },
      { path: '/' },
      { path: `/?token=${wrong}` },
      { path: '/assets/app.js' },
      { path: '/assets/app.js', headers: { cookie: `rancang_token=${wrong}` } },
    ];
    for (const c of cases) {
      const res = await rawRequest(server.port, c);
      expect(res.status, `${c.method ?? 'GET'} ${c.path}`).toBe(401);
      expect(res.body).not.toContain('pasal');
    }
  });

  it('refuses foreign Origin and Host headers (cross-site requests, DNS rebinding)', async () => {
    const p = server.port;
    const cases: Array<Record<string, string>> = [
      { origin: 'http://jahat.example' },
      { origin: 'null' },
      { origin: `http://127.0.0.1:${p + 1}` },
      { origin: `https://127.0.0.1:${p}` },
      { host: `jahat.example:${p}` },
      { host: `127.0.0.1.jahat.example:${p}` },
      { host: 'jahat.example' },
      { host: `localhost:${p}`, origin: `http://jahat.example:${p}` },
    ];
    for (const h of cases) {
      const res = await rawRequest(p, api('draft.get', h));
      expect(res.status, JSON.stringify(h)).toBe(403);
      const page = await rawRequest(p, { path: `/?token=${server.token}`, headers: h });
      expect(page.status, JSON.stringify(h)).toBe(403);
      expect(page.body).not.toContain(server.token);
    }
  });
});

describe('what may be read', () => {
  it('never serves a file outside the renderer folder', async () => {
    const base = path.basename(staticDir.path);
    const paths = [
      '/../secret.txt',
      `/../${base}-secret.txt`,
      `/%2e%2e/${base}-secret.txt`,
      `/assets/..%2f..%2f${base}-secret.txt`,
      `/assets/%2e%2e%2f%2e%2e%2f${base}-secret.txt`,
      `/..%5c${base}-secret.txt`,
      `/assets/%252e%252e/%252e%252e/${base}-secret.txt`,
      '/assets/tautan.txt',
      `/${tmp.path}/secret.txt`,
      `//${tmp.path}/secret.txt`,
      '/assets/app.js%00.html',
      '/C:/Windows/win.ini',
    ];
    for (const p of paths) {
      const res = await rawRequest(server.port, withCookie(p));
      expect([400, 404], p).toContain(res.status);
      expect(res.body, p).not.toContain(SECRET);
    }
    // `/%2e%2e` is `/..` of the root, which the URL parser resolves to the root itself: the page.
    const root = await rawRequest(server.port, withCookie('/%2e%2e'));
    expect(root.status).toBe(200);
    expect(root.body).toContain('<div id="root">');
    const ok = await rawRequest(server.port, withCookie('/assets/app.js'));
    expect(ok.status).toBe(200);
    expect(ok.body).toContain('rancang');
  });
});

describe('what may be sent', () => {
  it('refuses oversized bodies (declared or streamed) and stays up, project unchanged', async () => {
    const before = contentHash(file);
    const big = `{"doc":{"type":"doc","content":[],"x":"${'a'.repeat(MAX_BODY + 10)}"}}`;
    const declared = await rawRequest(server.port, api('draft.save', {}, big));
    expect(declared.status).toBe(413);
    const streamed = await new Promise<number>((resolve, reject) => {
      const s = net.connect({ host: '127.0.0.1', port: server.port }, () => {
        s.write(
          `POST /api/draft.save HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nContent-Type: application/json\r\n` +
            `X-Rancang-Token: ${server.token}\r\nTransfer-Encoding: chunked\r\n\r\n`,
        );
        const chunk = 'b'.repeat(64 * 1024);
        for (let i = 0; i < 40; i++) s.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
      });
      let data = '';
      s.on('data', (d) => {
        data += d.toString();
        const m = /^HTTP\/1\.1 (\d{3})/.exec(data);
        if (m) {
          s.destroy();
          resolve(Number(m[1]));
        }
      });
      s.on('error', (e) =>
        data ? resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0)) : reject(e),
      );
    });
    expect(streamed).toBe(413);
    const bad = await rawRequest(server.port, api('draft.save', {}, '{"doc": {"type": "doc", '));
    expect(bad.status).toBe(400);
    const deep = await rawRequest(
      server.port,
      api('draft.save', {}, `{"doc":${'['.repeat(50_000)}${']'.repeat(50_000)}}`),
    );
    expect(deep.status).toBe(200);
    expect((JSON.parse(deep.body) as { ok: boolean }).ok).toBe(false);
    expect(contentHash(file)).toBe(before);
    const alive = await rawRequest(server.port, api('project.info'));
    expect(alive.status).toBe(200);
  });
});

describe('200 parallel clients', () => {
  it('each request is served or rejected correctly, the server stays up, memory stays bounded', async () => {
    const before = contentHash(file);
    const rss0 = process.memoryUsage().rss;
    const p = server.port;
    const mix: Array<[RawRequest, number]> = [
      [api('draft.get'), 200],
      [api('project.info'), 200],
      [api('version.list'), 200],
      [api('draft.save', {}, '{"doc":{"type":"doc","content":[{"type":"pasal"}]}}'), 200],
      [api('draft.get', { 'x-rancang-token': 'salah' }), 401],
      [api('draft.get', { origin: 'http://jahat.example' }), 403],
      [api('draft.get', { host: `jahat.example:${p}` }), 403],
      [withCookie('/assets/app.js'), 200],
      [withCookie('/../secret.txt'), 404],
      [api('draft.save', {}, `{"x":"${'c'.repeat(MAX_BODY)}"}`), 413],
    ];
    const wrong: string[] = [];
    const clients = Array.from({ length: 200 }, async (_, c) => {
      for (let k = 0; k < 5; k++) {
        const [req, status] = mix[(c + k * 3) % mix.length]!;
        try {
          const res = await rawRequest(p, req);
          if (res.status !== status) wrong.push(`${req.path}: ${res.status} != ${status}`);
          if (
            req.path === '/api/draft.save' &&
            status === 200 &&
            (JSON.parse(res.body) as { ok: boolean }).ok
          )
            wrong.push('save accepted');
        } catch (e) {
          // A 413 may close the connection before the whole body is sent: that is a refusal too.
          if (status !== 413) wrong.push(`${req.path}: ${(e as Error).message}`);
        }
      }
    });
    await Promise.all(clients);
    expect(wrong).toEqual([]);
    const grown = process.memoryUsage().rss - rss0;
    expect(grown).toBeLessThan(512 * 1024 * 1024);
    expect((await rawRequest(p, api('project.info'))).status).toBe(200);
    expect(contentHash(file)).toBe(before);
  });
});
