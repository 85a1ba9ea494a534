/**
 * The HTTP listener of the browser preview over any `call` function, bound to 127.0.0.1 only.
 * `startPreviewServer` plugs in `dispatch`; tests and a later review mode can plug in their own.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPreviewHandler, type ApiCaller } from './preview-handler';
import { newToken } from './token';

/** Default largest API request body: 64 MB (a large Perda with its history fits easily). */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024;

/** Options of `listenPreview`. */
export interface ListenOptions {
  /** Runs an API method (must not throw). */
  call: ApiCaller;
  /** Folder of the built renderer (normally `out/renderer`). */
  staticDir: string;
  /** Port to listen on; 0 or absent picks a free one. */
  port?: number;
  /** The token; absent makes a fresh random one. */
  token?: string;
  /** Largest accepted API request body in bytes (default 64 MB). */
  maxBodyBytes?: number;
}

/** A running preview server. */
export interface PreviewServer {
  /** The address to open, including `?token=…`. */
  url: string;
  /** The per-launch token. */
  token: string;
  /** The port it listens on (on 127.0.0.1). */
  port: number;
  /** Stops listening and drops open connections; does not close the core context. */
  close(): Promise<void>;
}

/** Starts listening on 127.0.0.1. */
export function listenPreview(opts: ListenOptions): Promise<PreviewServer> {
  const token = opts.token ?? newToken();
  let port = 0;
  const server = http.createServer(
    createPreviewHandler({
      call: opts.call,
      staticDir: opts.staticDir,
      token,
      port: () => port,
      maxBodyBytes: opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    }),
  );
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: opts.port ?? 0 }, () => {
      server.off('error', reject);
      port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${port}/?token=${token}`,
        token,
        port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((err) => (err ? fail(err) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
