/**
 * The API over the HTTP door: the shared contract suite, each call a `POST /api/<method>` to a
 * real preview server with its token, plus the door's own security checks against the real core.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeContext, createContext, type ApiContext } from '../../src/api/dispatch';
import type { ApiResponse } from '../../src/api/contract';
import { CONTENT_SECURITY_POLICY } from '../../src/server/csp';
import { startPreviewServer, type PreviewServer } from '../../src/server/preview-server';
import { rawRequest } from '../helpers/http-request';
import { makeStaticDir, makeTmpDir, type TmpDir } from '../helpers/tmp-dir';
import { contractSuite } from './contract-suite';

const staticDir = makeStaticDir();
afterAll(() => staticDir.cleanup());

/** A preview server over a fresh context, and a caller that talks to it with the token. */
async function startDoor(): Promise<{ ctx: ApiContext; server: PreviewServer; tmp: TmpDir }> {
  const tmp = makeTmpDir('http');
  const ctx = createContext({
    userDataDir: path.join(tmp.path, 'user-data'),
    author: 'Penguji',
    appVersion: '0.0.0-test',
  });
  const server = await startPreviewServer({ ctx, staticDir: staticDir.path });
  return { ctx, server, tmp };
}

async function post(
  server: PreviewServer,
  method: string,
  args: unknown,
): Promise<ApiResponse<unknown>> {
  const res = await fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Rancang-Token': server.token },
    body: JSON.stringify(args ?? {}),
  });
  if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
  return (await res.json()) as ApiResponse<unknown>;
}

contractSuite('HTTP', async () => {
  const { ctx, server, tmp } = await startDoor();
  return {
    call: (method: string, args: unknown) => post(server, method, args),
    tmpDir: tmp.path,
    async close() {
      await server.close();
      closeContext(ctx);
      tmp.cleanup();
    },
  };
});

describe('HTTP door security against the real core', () => {
  let door: Awaited<ReturnType<typeof startDoor>>;
  beforeAll(async () => {
    door = await startDoor();
  });
  afterAll(async () => {
    await door.server.close();
    closeContext(door.ctx);
    door.tmp.cleanup();
  });
  const port = () => door.server.port;
  const apiHeaders = () => ({
    'content-type': 'application/json',
    'x-rancang-token': door.server.token,
  });

  it('listens on 127.0.0.1 only and prints a URL with its token', () => {
    expect(new URL(door.server.url).hostname).toBe('127.0.0.1');
    expect(new URL(door.server.url).searchParams.get('token')).toBe(door.server.token);
  });

  it('answers API calls without a token or with a wrong one with 401, running nothing', async () => {
    const file = path.join(door.tmp.path, 'tanpa-token.rancang');
    const body = JSON.stringify({ path: file, title: 'Uji' });
    const attempts: Record<string, string>[] = [
      { 'content-type': 'application/json' },
      { 'content-type': 'application/json', 'x-rancang-token': 'salah' },
    ];
    for (const headers of attempts) {
      const res = await rawRequest(port(), {
        method: 'POST',
        path: '/api/project.create',
        headers,
        body,
      });
      expect(res.status).toBe(401);
    }
    expect(fs.existsSync(file)).toBe(false);
    expect((await rawRequest(port(), { path: '/' })).status).toBe(401);
    expect((await rawRequest(port(), { path: '/?token=salah' })).status).toBe(401);
  });

  it('refuses a foreign Host or Origin with 403, running nothing', async () => {
    const file = path.join(door.tmp.path, 'asing.rancang');
    const body = JSON.stringify({ path: file, title: 'Uji' });
    const host = await rawRequest(port(), {
      method: 'POST',
      path: '/api/project.create',
      headers: { ...apiHeaders(), host: 'rebind.example' },
      body,
    });
    expect(host.status).toBe(403);
    const origin = await rawRequest(port(), {
      method: 'POST',
      path: '/api/project.create',
      headers: { ...apiHeaders(), origin: 'https://evil.example' },
      body,
    });
    expect(origin.status).toBe(403);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('does not serve files outside the renderer folder', async () => {
    for (const p of [
      '/../../package.json',
      '/%2e%2e/%2e%2e/package.json',
      '/assets/..%2f..%2fpackage.json',
    ]) {
      const res = await rawRequest(port(), {
        path: p,
        headers: { 'x-rancang-token': door.server.token },
      });
      expect([403, 404], p).toContain(res.status);
      expect(res.body).not.toContain('"name"');
    }
  });

  it('serves the index with the token and the strict CSP', async () => {
    const res = await rawRequest(port(), { path: `/?token=${door.server.token}` });
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.body).toContain('<div id="root"></div>');
  });

  it('validates arguments in the core: bad args come back as INVALID_ARGS, not a crash', async () => {
    const res = await post(door.server, 'project.create', { path: 42 });
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } });
    expect(await post(door.server, 'app.info', {})).toMatchObject({
      ok: true,
      value: { name: expect.any(String) },
    });
  });
});
