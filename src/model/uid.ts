/**
 * Stable unit ids: random, immutable, never derived from numbers (architecture.md, decision 1).
 */
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A new random uid: 12 characters of base 36 (about 62 bits). */
export function newUid(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  let out = '';
  for (const b of bytes) out += ALPHABET[b % 36];
  return out;
}
