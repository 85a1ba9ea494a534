import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResponse } from '../../../src/api/contract';
import { CONTENT_SECURITY_POLICY } from '../../../src/server/csp';
import { listenPreview, type PreviewServer } from '../../../src/server/listen-preview';
import { rawRequest, type RawResponse } from '../../helpers/http-request';
import { makeStaticDir, type TmpDir } from '../../helpers/tmp-dir';

let dir: TmpDir;
let server: PreviewServer;
const calls: { method: string; args: unknown }[] = [];
const SECRET = 'RAHASIA-DI-LUAR-FOLDER';

beforeAll(async () => {
  dir = makeStaticDir();
  // A secret file just outside the served folder, and a symlink pointing at it.
  const outside = path.join(path.dirname(dir.path), `${path.basename(dir.path)}-secret.txt`);
  fs.writeFileSync(outside, SECRET);
  fs.symlinkSync(outside, path.join(dir.path, 'link.txt'));
  server = await listenPreview({
    staticDir: dir.path,
    maxBodyBytes: 1024,
    call: async (method, args): Promise<ApiResponse<unknown>> => {
      calls.push({ method, args });
      if (method === 'app.info') return { ok: true, value: { name: 'Rancang', echo: args } };
      return {
        ok: false,
        error: { code: 'UNKNOWN_METHOD', message: `Metode tidak dikenal: ${method}` },
      };
    },
  });
});

afterAll(async () => {
  await server.close();
  fs.rmSync(path.join(path.dirname(dir.path), `${path.basename(dir.path)}-secret.txt`), {
    force: true,
  });
  dir.cleanup();
});

const get = (p: string, headers: Record<string, string> = {}) =>
  rawRequest(server.port, { path: p, headers });
const withToken = () => ({ 'x-rancang-token': server.token });
const post = (p: string, body: unknown, headers: Record<string, string> = withToken()) =>
  rawRequest(server.port, {
    method: 'POST',
    path: p,
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

function expectSecurityHeaders(res: RawResponse) {
  expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['referrer-policy']).toBe('no-referrer');
  expect(Object.keys(res.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
}

describe('preview server: address and token', () => {
  it('listens on 127.0.0.1 with a 32-character random token in its URL', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(server.port).toBeGreaterThan(0);
  });

  it('is not reachable on any non-loopback address of this machine', async () => {
    const external = Object.values(os.networkInterfaces())
      .flat()
      .filter((a) => a && !a.internal && a.family === 'IPv4')
      .map((a) => a!.address);
    for (const address of external) {
      const outcome = await new Promise<string>((resolve) => {
        const s = net.connect({ host: address, port: server.port });
        s.setTimeout(2000, () => (s.destroy(), resolve('timeout')));
        s.on('connect', () => (s.destroy(), resolve('connected')));
        s.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
      });
      expect(outcome, address).not.toBe('connected');
    }
  });

  it('refuses the page without a token, in Indonesian', async () => {
    const res = await get('/');
    expect(res.status).toBe(401);
    expect(res.body).toContain('Akses ditolak');
    expectSecurityHeaders(res);
  });

  it('refuses a wrong token, also one that differs only in length', async () => {
    expect((await get('/?token=salah')).status).toBe(401);
    expect((await get(`/?token=${server.token}x`)).status).toBe(401);
    expect((await get('/assets/app.js', { 'x-rancang-token': 'salah' })).status).toBe(401);
    expect((await get('/assets/app.js', { cookie: 'rancang_token=salah' })).status).toBe(401);
  });

  it('serves index.html with the token, sets the cookie and hands the token to the page', async () => {
    const res = await get(`/?token=${server.token}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['set-cookie']).toEqual([
      `rancang_token=${server.token}; HttpOnly; SameSite=Strict; Path=/`,
    ]);
    expect(res.body).toContain(`<meta name="rancang-token" content="${server.token}">`);
    expect(res.body).toContain('<div id="root"></div>');
    expectSecurityHeaders(res);
  });

  it('serves assets with the cookie or the header, with the right content type', async () => {
    const js = await get('/assets/app.js', { cookie: `other=1; rancang_token=${server.token}` });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.body).toBe('console.log("rancang");\n');
    const css = await get('/assets/app.css', withToken());
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expectSecurityHeaders(css);
    expect((await get('/assets/app.js')).status).toBe(401);
    expect((await get('/assets/tidak-ada.js', withToken())).status).toBe(404);
  });
});

describe('preview server: foreign requests', () => {
  it('refuses a foreign Host header (DNS rebinding) with 403', async () => {
    const res = await get(`/?token=${server.token}`, { host: `evil.example:${server.port}` });
    expect(res.status).toBe(403);
    expect(
      (await post('/api/app.info', {}, { ...withToken(), host: `127.0.0.1:${server.port + 1}` }))
        .status,
    ).toBe(403);
    expect(
      (await get(`/?token=${server.token}`, { host: `localhost:${server.port}` })).status,
    ).toBe(200);
  });

  it('refuses a foreign Origin with 403 and accepts its own', async () => {
    const evil = await post('/api/app.info', {}, { ...withToken(), origin: 'http://evil.example' });
    expect(evil.status).toBe(403);
    const ownOrigin = await post(
      '/api/app.info',
      {},
      { ...withToken(), origin: `http://127.0.0.1:${server.port}` },
    );
    expect(ownOrigin.status).toBe(200);
    const nullOrigin = await post('/api/app.info', {}, { ...withToken(), origin: 'null' });
    expect(nullOrigin.status).toBe(403);
  });

  it('never serves files outside the folder', async () => {
    const attempts = [
      '/../secret.txt',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/assets/..%2f..%2fetc%2fpasswd',
      '/assets/%2e%2e/%2e%2e/etc/passwd',
      '/..%5c..%5cetc%5cpasswd',
      '/assets/%00.js',
      '/%E0%A4%A',
      '/link.txt',
      `/../${path.basename(dir.path)}-secret.txt`,
    ];
    for (const p of attempts) {
      const res = await get(p, withToken());
      expect([400, 403, 404], p).toContain(res.status);
      expect(res.body).not.toContain(SECRET);
      expect(res.body).not.toContain('root:');
    }
  });
});

describe('preview server: API', () => {
  it('relays POST /api/<method> with its JSON body to the core and returns the response', async () => {
    calls.length = 0;
    const res = await post('/api/app.info', { a: 1 });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: { name: 'Rancang', echo: { a: 1 } } });
    expect(calls).toEqual([{ method: 'app.info', args: { a: 1 } }]);
    expectSecurityHeaders(res);
  });

  it('returns core errors as 200 with ok: false', async () => {
    const res = await post('/api/project.nothing', {});
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('requires the token header on POST: the cookie alone is not enough', async () => {
    calls.length = 0;
    const res = await post('/api/app.info', {}, { cookie: `rancang_token=${server.token}` });
    expect(res.status).toBe(401);
    expect((await post('/api/app.info', {}, {})).status).toBe(401);
    expect(calls).toEqual([]);
  });

  it('requires application/json, valid JSON and a small body', async () => {
    calls.length = 0;
    expect(
      (await post('/api/app.info', '{}', { ...withToken(), 'content-type': 'text/plain' })).status,
    ).toBe(415);
    expect((await post('/api/app.info', '{nope', withToken())).status).toBe(400);
    expect((await post('/api/app.info', { big: 'x'.repeat(2000) })).status).toBe(413);
    expect(calls).toEqual([]);
  });

  it('passes any method name on (decoded) and an empty body as {}', async () => {
    calls.length = 0;
    expect((await post('/api/__proto__', {}, withToken())).status).toBe(200);
    await rawRequest(server.port, {
      method: 'POST',
      path: '/api/project%2Einfo',
      headers: { ...withToken(), 'content-type': 'application/json' },
    });
    expect(calls).toEqual([
      { method: '__proto__', args: {} },
      { method: 'project.info', args: {} },
    ]);
  });

  it('answers other HTTP methods with 405 and sends no CORS headers', async () => {
    const getApi = await get('/api/app.info', withToken());
    expect(getApi.status).toBe(405);
    expect(getApi.headers.allow).toBe('POST');
    const options = await rawRequest(server.port, {
      method: 'OPTIONS',
      path: '/api/app.info',
      headers: {
        origin: `http://127.0.0.1:${server.port}`,
        'access-control-request-method': 'POST',
      },
    });
    expect(options.status).toBe(405);
    expectSecurityHeaders(options);
    expect(
      (await rawRequest(server.port, { method: 'PUT', path: '/', headers: withToken(), body: 'x' }))
        .status,
    ).toBe(405);
  });
});
