/**
 * Stable unit ids: random, immutable, never derived from numbers (architecture.md, decision 1).
 */
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
const UID_LENGTH = 12;
/** Random bytes drawn in batches: one crypto call per 256 uids instead of one per uid. */
const pool = new Uint8Array(UID_LENGTH * 256);
let offset = pool.length;

/** A new random uid: 12 characters of base 36 (about 62 bits). */
export function newUid(): string {
  if (offset + UID_LENGTH > pool.length) {
    globalThis.crypto.getRandomValues(pool);
    offset = 0;
  }
  let out = '';
  for (let i = 0; i < UID_LENGTH; i++) out += ALPHABET[pool[offset + i]! % 36];
  offset += UID_LENGTH;
  return out;
}
