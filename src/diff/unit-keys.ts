/**
 * Memoised comparison keys of token runs. Token arrays of extracted units live as long as their
 * (immutable) document, so a unit compared again (the UI recomparing a draft with its base) never
 * rebuilds its keys.
 * - `rawKey`: the canonical text (equal keys = no change, up to layout);
 * - `neutralKey`: the same with reference numbers blanked (equal keys = same content whatever
 *   the numbering), used for exact matching.
 */
import { memoOf } from './run-memo';
import { canonicalLength, canonicalOf, type Token } from './tokenize';

/** Key of a token with its reference number blanked. */
export function neutralTokenKey(t: Token): string {
  return t.kind === 'pasalRef' ? 'Pasal#' : t.kind === 'ayatRef' ? 'ayat#' : t.kind === 'ref' ? 'ref#' : t.k;
}

/** Canonical text of `tokens` (memoised). */
export function rawKey(tokens: readonly Token[]): string {
  const m = memoOf(tokens);
  return (m.raw ??= canonicalOf(tokens));
}

/** True when some token carries a reference number (its neutral key differs from its own). */
export function hasNumberedRef(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const kind = (tokens[i] as Token).kind;
    if (kind === 'pasalRef' || kind === 'ayatRef' || kind === 'ref') return true;
  }
  return false;
}

/** Canonical text of `tokens` with reference numbers blanked (memoised; the raw key when no reference). */
export function neutralKey(tokens: readonly Token[]): string {
  const m = memoOf(tokens);
  return (m.neutral ??= hasNumberedRef(tokens) ? canonicalOf(tokens, neutralTokenKey) : (m.raw ??= canonicalOf(tokens)));
}

/** Length of `rawKey(tokens)` (memoised; without building the key when it is not built yet). */
export function rawLength(tokens: readonly Token[]): number {
  const m = memoOf(tokens);
  return (m.rawLength ??= m.raw !== undefined ? m.raw.length : canonicalLength(tokens));
}

/** Length of `neutralKey(tokens)` (memoised; without building the key when it is not built yet). */
export function neutralLength(tokens: readonly Token[]): number {
  const m = memoOf(tokens);
  return (m.neutralLength ??= m.neutral !== undefined ? m.neutral.length : hasNumberedRef(tokens) ? canonicalLength(tokens, neutralTokenKey) : rawLength(tokens));
}

/**
 * `rawKey(a) === rawKey(b)`. Runs compared mostly differ, and most differ in length: then neither
 * key is built.
 */
export function sameRaw(a: readonly Token[], b: readonly Token[]): boolean {
  return a === b || (rawLength(a) === rawLength(b) && rawKey(a) === rawKey(b));
}

/** `neutralKey(a) === neutralKey(b)`, the lengths compared first (`sameRaw`). */
export function sameNeutral(a: readonly Token[], b: readonly Token[]): boolean {
  return a === b || (neutralLength(a) === neutralLength(b) && neutralKey(a) === neutralKey(b));
}

/** A printed marker's bare number: "(2)" -> "2", "a." -> "a". */
export function bareMarker(marker: string): string {
  return marker.replace(/[().\s]/g, '');
}
