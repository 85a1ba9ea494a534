/**
 * Links that may leave the app: only `https:` pages of a few official legal-information sites,
 * and only in the system browser (never inside a Rancang window).
 */

/** Hosts whose pages may be opened in the system browser (exact host names). */
export const EXTERNAL_LINK_HOSTS: readonly string[] = Object.freeze([
  'peraturan.go.id',
  'peraturan.bpk.go.id',
  'jdih.batam.go.id',
  'jdihn.go.id',
]);

/** True when `url` is an https link to an allow-listed host (no credentials, default port). */
export function isAllowedExternalUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return (
    u.protocol === 'https:' &&
    u.username === '' &&
    u.password === '' &&
    u.port === '' &&
    EXTERNAL_LINK_HOSTS.includes(u.hostname)
  );
}
