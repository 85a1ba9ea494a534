/**
 * Content fingerprints for matching units without shared uids: each unit becomes a sorted set
 * of hashed word unigrams and bigrams (reference numbers neutralised, case folded). Similarity is
 * the Dice coefficient of two sets; containment says how much of one set lies inside another
 * (used to recognise splits and merges).
 */
import { compoundParts } from './compounds';
import { memoOf } from './run-memo';
import type { Token, TokenKind } from './tokenize';

/** A sorted, de-duplicated array of 32-bit gram hashes. */
export type Grams = Uint32Array;

/** FNV-1a hash of a string (32 bits). */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The similarity word of a token of `kind` with key `k`, or null when such a token carries no content. */
export function gramWord(kind: TokenKind, k: string): string | null {
  switch (kind) {
    case 'word':
    case 'num':
    case 'money':
    case 'otherRef':
      return k.toLowerCase();
    case 'pasalRef':
      return 'pasal#';
    case 'ayatRef':
      return 'ayat#';
    case 'ref':
      return 'ref#';
    default:
      return null;
  }
}

/**
 * Hash of a compound written as one word -> the hashes of its words (`compounds.ts`), which its
 * fingerprint holds instead: "Walikota" shares its grams with "Wali Kota". Filled as words are
 * first hashed; a word is one compound or none, so the table only grows with the vocabulary.
 */
const compoundHashes = new Map<number, readonly number[]>();

/** Memo of `gramHash` by key (content kinds) or by kind (references). */
const wordHashes = new Map<string, number>();

/**
 * Hash of the similarity word of a token of `kind` with key `k` (memoised: the vocabulary of
 * legal text is small), or -1 when it carries no content. Word hashes are even, word-pair hashes
 * odd (`gramsOf`), so a fingerprint holds its words (`wordsIn`). Computed once when a token is made
 * (`Token.g`), so fingerprints never look words up.
 */
export function gramHash(kind: TokenKind, k: string): number {
  if (kind === 'punct' || kind === 'mark') return -1;
  const memoKey = kind === 'word' || kind === 'num' || kind === 'money' || kind === 'otherRef' ? k : kind;
  let h = wordHashes.get(memoKey);
  if (h === undefined) {
    const w = gramWord(kind, k);
    if (w === null) return -1;
    h = (hashString(w) & ~1) >>> 0;
    if (wordHashes.size > 200_000) wordHashes.clear();
    wordHashes.set(memoKey, h);
    if (kind === 'word' && !compoundHashes.has(h)) {
      const parts = compoundParts(w);
      if (parts !== null) compoundHashes.set(h, parts.map((p) => gramHash('word', p)));
    }
  }
  return h;
}

/** Scratch buffer for hashing (grown as needed), so a fingerprint costs one typed-array allocation. */
let scratch = new Uint32Array(4096);

/** Fingerprint of a token run: unigram and bigram hashes. */
export function gramsOf(tokens: readonly Token[]): Grams {
  return fingerprint(tokens, false);
}

/**
 * Fingerprint of a token run whose references are words (`cited`: "Pasal 3" and "Pasal 4" hash
 * apart), for text that cites another text's units by number: an amending instrument's change
 * items ("Pasal 3 diubah" is not "Pasal 4 diubah").
 */
export function citedGramsOf(tokens: readonly Token[]): Grams {
  return fingerprint(tokens, true);
}

/** True for the kinds of token whose similarity word leaves their number out (`gramWord`). */
function numbered(kind: TokenKind): boolean {
  return kind === 'pasalRef' || kind === 'ayatRef' || kind === 'ref';
}

/** Unigram and bigram hashes of `tokens`, sorted and de-duplicated; with `cited`, references hash with their numbers. */
function fingerprint(tokens: readonly Token[], cited: boolean): Grams {
  if (scratch.length < tokens.length * 2) scratch = new Uint32Array(tokens.length * 4);
  let hs = scratch;
  let k = 0;
  let prev = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // An abbreviation its document defines: the words of its long form (`abbreviations.ts`); a
    // compound written as one word: its words.
    const words = t.x ?? (t.kind === 'word' ? compoundHashes.get(t.g) : undefined);
    if (words !== undefined) {
      if (scratch.length < k + 2 * words.length + 2 * (tokens.length - i)) {
        const grown = new Uint32Array(2 * (k + 2 * words.length + 2 * (tokens.length - i)));
        grown.set(hs.subarray(0, k));
        hs = scratch = grown;
      }
      for (const h of words) {
        hs[k++] = h;
        if (prev >= 0) hs[k++] = ((Math.imul(prev ^ 0x9e3779b9, 0x01000193) ^ h) | 1) >>> 0;
        prev = h;
      }
      continue;
    }
    const h = cited && numbered(t.kind) ? (hashString(t.k.toLowerCase()) & ~1) >>> 0 : t.g;
    if (h < 0) continue;
    hs[k++] = h;
    if (prev >= 0) hs[k++] = ((Math.imul(prev ^ 0x9e3779b9, 0x01000193) ^ h) | 1) >>> 0;
    prev = h;
  }
  const arr = hs.subarray(0, k).sort();
  let n = 0;
  for (let i = 0; i < arr.length; i++) if (i === 0 || arr[i] !== arr[i - 1]) arr[n++] = arr[i] as number;
  return arr.slice(0, n);
}

/**
 * The content words of a fingerprint: its word hashes, which are even (word-pair hashes are odd),
 * so they are the sorted, de-duplicated hashes of the run's content words.
 */
export function wordsIn(grams: Grams): Grams {
  let n = 0;
  for (let i = 0; i < grams.length; i++) if (((grams[i] as number) & 1) === 0) n++;
  const out = new Uint32Array(n);
  let k = 0;
  for (let i = 0; i < grams.length; i++) if (((grams[i] as number) & 1) === 0) out[k++] = grams[i] as number;
  return out;
}

/** Size of the intersection of two sorted gram sets. */
export function intersectionSize(a: Grams, b: Grams): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) { n++; i++; j++; } else if (x < y) i++; else j++;
  }
  return n;
}

/** Dice similarity of two gram sets (1 when both are empty). */
export function dice(a: Grams, b: Grams): number {
  if (a.length === 0 && b.length === 0) return 1;
  return (2 * intersectionSize(a, b)) / (a.length + b.length);
}

/** Dice of two sorted gram sets where each gram counts `weight(g)`. */
export function weightedDiceOf(a: Grams, b: Grams, weight: (g: number) => number): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  let all = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? (a[i] as number) : Infinity;
    const y = j < b.length ? (b[j] as number) : Infinity;
    if (x === y) {
      const w = weight(x);
      shared += 2 * w;
      all += 2 * w;
      i++;
      j++;
    } else if (x < y) {
      all += weight(x);
      i++;
    } else {
      all += weight(y);
      j++;
    }
  }
  return all === 0 ? 0 : shared / all;
}

/** Share of `part` found in `whole` (0 when `part` is empty). */
export function containment(part: Grams, whole: Grams): number {
  return part.length === 0 ? 0 : intersectionSize(part, whole) / part.length;
}

/** The fingerprint of `tokens`, memoised per token array (arrays of extracted units are immutable). */
export function gramsFor(tokens: readonly Token[]): Grams {
  const m = memoOf(tokens);
  return (m.grams ??= gramsOf(tokens));
}

/**
 * The fingerprint `of` gives for `tokens` (by default the memoised one, `gramsFor`; `citedGramsOf`
 * for references hashed with their numbers), computed on first call and held by the closure.
 */
export function lazyGrams(tokens: readonly Token[], of: (tokens: readonly Token[]) => Grams = gramsFor): () => Grams {
  let grams: Grams | undefined;
  return () => (grams ??= of(tokens));
}

/** The content words of the fingerprint `grams()` gives (`wordsIn`), computed on first call. */
export function lazyWords(grams: () => Grams): () => Grams {
  let words: Grams | undefined;
  return () => (words ??= wordsIn(grams()));
}
