// @vitest-environment jsdom
/** The API client: HTTP transport with the token header, IPC when the bridge exists, typed errors. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiCallError, clientFrom, createClient } from '../../../renderer/api/client';
import { loadToken } from '../../../renderer/api/token';
import { httpTransport } from '../../../renderer/api/transport';

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
  delete window.rancang;
});

describe('API client', () => {
  it('posts to /api/<method> with the token header and returns the value', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ ok: true, value: { closed: true } })));
    vi.stubGlobal('fetch', fetchMock);
    const client = clientFrom(httpTransport('tok123'));
    await expect(client.call('project.close', {})).resolves.toEqual({ closed: true });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/project.close');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>)['X-Rancang-Token']).toBe('tok123');
  });

  it('turns an error response into an ApiCallError with the core code', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ ok: false, error: { code: 'CONFLICT', message: 'x' } }), { status: 409 }));
    const err = await clientFrom(httpTransport('t')).call('project.info', {}).catch((e) => e);
    expect(err).toBeInstanceOf(ApiCallError);
    expect(err.code).toBe('CONFLICT');
  });

  it('reports NO_TOKEN without a token and NETWORK when fetch fails', async () => {
    await expect(clientFrom(httpTransport(null)).call('project.info', {})).rejects.toMatchObject({ code: 'NO_TOKEN' });
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('offline');
    });
    await expect(clientFrom(httpTransport('t')).call('project.info', {})).rejects.toMatchObject({ code: 'NETWORK' });
  });

  it('uses the Electron bridge when window.rancang exists', async () => {
    const call = vi.fn(async () => ({ ok: true as const, value: [] }));
    window.rancang = { call, on: () => () => undefined };
    await expect(createClient().call('project.recent', {})).resolves.toEqual([]);
    expect(call).toHaveBeenCalledWith('project.recent', {});
  });

  it('keeps the URL token in sessionStorage, removes it from the address, and finds it after a reload', () => {
    window.history.replaceState(null, '', '/?token=abc');
    expect(loadToken()).toBe('abc');
    expect(window.location.search).toBe('');
    expect(loadToken()).toBe('abc');
  });
});
