/**
 * Checks that a request really comes from the preview's own page: the `Host` header must name the
 * loopback server (defeats DNS rebinding) and an `Origin`, when present, must be the server's own
 * (defeats cross-site requests).
 */

/** The hosts under which the preview answers (`127.0.0.1:port` and `localhost:port`). */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** True when the `Host` header names this server. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return typeof host === 'string' && allowedHosts(port).includes(host.toLowerCase());
}

/** True when the `Origin` header is absent or is this server's own origin. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return allowedHosts(port).some((h) => origin.toLowerCase() === `http://${h}`);
}
