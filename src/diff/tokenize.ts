/**
 * Tokeniser for Indonesian legal text. Keeps as one token what a reader reads as one thing:
 * references ("Pasal 7A", "ayat (2)", "huruf b", "angka 3"), amounts ("Rp50.000.000,00",
 * "Rp. 5.000,00"), numbers ("2%", "1.500"), slash compounds ("dan/atau", "Kabupaten/Kota") and
 * hyphenated words ("perundang-undangan"). Whitespace is not a token: each token records whether
 * whitespace preceded it, so layout noise (double spaces, line breaks) never shows as a change.
 */

/** What a token is. */
export type TokenKind =
  'word' | 'num' | 'money' | 'pasalRef' | 'ayatRef' | 'otherRef' | 'ref' | 'punct' | 'mark';

/** The kinds of a reference, live or written ("Pasal 5", "ayat (2)", "huruf b", "angka 3"). */
export const REFERENCE_KINDS: ReadonlySet<TokenKind> = new Set<TokenKind>(['pasalRef', 'ayatRef', 'otherRef', 'ref']);

/** One token. */
export interface Token {
  /** Surface text as printed (inner whitespace collapsed to one space). */
  s: string;
  /**
   * Comparison key: the surface without whitespace ("Rp." -> "Rp"), or a structural key. A word's
   * key reads a capital I as a small L (`ocrKey`).
   */
  k: string;
  /** Whitespace preceded the token. */
  sp: boolean;
  kind: TokenKind;
  /** For `pasalRef` / `ayatRef`: the number referred to ("7A", "2"). */
  num?: string;
  /** For `ref` (a live reference node): the target uid. */
  target?: string;
  /** For `ref`: the text the reference was written with ("ayat (2)"), whitespace collapsed. */
  typed?: string;
  /** Hash of the token's similarity word (`gramHash`), or -1 when it carries no content. */
  g: number;
  /**
   * For an abbreviation its document defines ("DPR"): the similarity hashes of its long form's
   * words ("Dewan Perwakilan Rakyat"), which its fingerprint holds instead (`abbreviations.ts`).
   */
  x?: readonly number[];
  /** With `x`: the long form's words (small letters), read as the subject words of a part (`subject-words.ts`). */
  xw?: readonly string[];
}

import { readDigits } from '../model/misread-digits';
import { gramHash } from './similarity';

/** One sticky regex with a group per token kind, tried in this order; whitespace is group 1. */
const TOKEN = new RegExp(
  [
    '(\\s+)',
    '(Pasal\\s+(\\d[\\dOl]*[A-Z]?))(?![\\p{L}\\p{N}])',
    '(ayat\\s*\\(\\s*(\\d+[a-z]?|l)\\s*[)}\\]])',
    '((?:huruf\\s+[a-z]{1,2}|angka\\s+\\d+)(?![\\p{L}\\p{N}]))',
    '(Rp\\.?\\s*\\d[\\dOl]{0,2}(?:\\s?\\.\\s?[\\dOl]{3})*(?:\\s?,\\s?(?:[\\dOl]{1,2}|-))?)',
    '(\\d(?=[\\d.,]*[OlI])[\\dOlI]*(?:[.,][\\dOlI]+)*%?)(?![\\p{L}\\p{N}])',
    '(\\d+(?:[.,]\\d+)*%?)',
    "([\\p{L}\\p{M}]+(?:\\s*\\/\\s*[\\p{L}\\p{M}]+)+|[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*(?:[-'\u2019][\\p{L}\\p{M}\\p{N}]+)*)",
    '([^])',
  ].join('|'),
  'guy',
);

/** The groups of TOKEN that hold a token: group, kind, and the group of its number (if any); else punctuation. */
const TOKEN_GROUPS: ReadonlyArray<readonly [number, TokenKind, number?]> = [
  [2, 'pasalRef', 3],
  [4, 'ayatRef', 5],
  [6, 'otherRef'],
  [7, 'money'],
  [8, 'num'],
  [9, 'num'],
  [10, 'word'],
];

/** The group of TOKEN that holds a number text recognition misread ("2OO9", "2O1l"). */
const MISREAD_NUMBER_GROUP = 8;

const NON_ASCII = /[^\u0000-\u007f]/u; // eslint-disable-line no-control-regex -- "not ASCII" is a range that starts at NUL

/** Normalise characters that vary between sources (quotes, dashes, non-breaking spaces). */
export function normalizeChars(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  return text
    .normalize('NFKC')
    .replace(/[\u00ad\u200b]/g, '')
    .replace(/[\u2018\u2019\u201a\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2010-\u2013\u2212]/g, '-')
    .replace(/\u2026/g, '...');
}

/**
 * The key of a word as read from a PDF's text layer: what text recognition confuses reads alike
 * — a capital I and a small L ("lndonesia", "PERlZINAN", "BAB l"), and "rn" and "m" ("Gubemur",
 * "GUBEMUR") — so such a slip in one text never counts as a change. No two words of the
 * regulations' language differ by those letters alone.
 */
export function ocrKey(word: string): string {
  let k = word.includes('I') ? word.replace(/I/g, 'l') : word;
  if (k.includes('rn')) k = k.replace(/rn/g, 'm');
  if (k.includes('RN')) k = k.replace(/RN/g, 'M');
  return k;
}

/**
 * A number that text recognition misread, its letters read back as digits from `from` on: "2OO9"
 * is 2009, "2O1l" 2011, "Rp5O.OOO" Rp50.000. Only a run that starts with a digit is read so ("O2"
 * stays a word).
 */
function misreadDigits(num: string, from = 0): string {
  return /[OlI]/.test(num) ? num.slice(0, from) + readDigits(num.slice(from)) : num;
}

/** Character classes of ASCII codes for the fast path of `tokenize`. */
const SPACE = 1;
const LOWER = 2;
const UPPER = 4;
const DIGIT = 8;
/** Characters after which a plain word may continue in a way only the full regex knows. */
const JOIN = 16;
const ASCII_CLASS = new Uint8Array(128);
for (const c of [9, 10, 11, 12, 13, 32]) ASCII_CLASS[c] = SPACE;
for (let c = 97; c <= 122; c++) ASCII_CLASS[c] = LOWER;
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = UPPER;
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = DIGIT;
for (const ch of "-'/") ASCII_CLASS[ch.charCodeAt(0)] = JOIN;

/**
 * Tokens of plain words and single punctuation, shared by every run that holds them (tokens are
 * never mutated): legal text repeats a small vocabulary, so a document's tokens become mostly
 * pointers to a few thousand objects instead of one object per word. One table per `sp`.
 */
const sharedTokens: readonly [Map<string, Token>, Map<string, Token>] = [new Map(), new Map()];
const MAX_SHARED_TOKENS = 100_000;

/** The shared token of a plain word or punctuation mark. */
function sharedToken(s: string, sp: boolean, kind: 'word' | 'punct'): Token {
  const table = sharedTokens[sp ? 1 : 0];
  let t = table.get(s);
  if (t === undefined) {
    if (table.size >= MAX_SHARED_TOKENS) table.clear();
    const k = kind === 'word' ? ocrKey(s) : s;
    t = { s, k, sp, kind, g: gramHash(kind, k) };
    table.set(s, t);
  }
  return t;
}

/** `t` as preceded by whitespace (the shared twin for plain words and punctuation). */
export function spacedToken(t: Token): Token {
  if (t.sp) return t;
  if ((t.kind === 'word' || t.kind === 'punct') && sharedTokens[0].get(t.s) === t) return sharedToken(t.s, true, t.kind);
  return { ...t, sp: true };
}

/** Words that may start a reference or an amount ("Pasal 5", "ayat (2)", "huruf a", "Rp5.000"). */
const REF_START = /^(?:Pasal|ayat|huruf|angka|Rp)/;

/**
 * End of a plain ASCII word starting at `i` (a letter, then letters and digits), or -1 when the
 * full regex must decide: the word might be a reference or an amount, continue with a hyphen,
 * apostrophe, slash or a non-ASCII character, or be the first half of "dan / atau".
 */
function plainWordEnd(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c >= 128) return -1;
    const cls = ASCII_CLASS[c] as number;
    if (cls & (LOWER | UPPER | DIGIT)) j++;
    else if (cls & JOIN) return -1;
    else if (cls & SPACE) {
      let k = j + 1;
      while (k < text.length && (ASCII_CLASS[text.charCodeAt(k)] as number) & SPACE) k++;
      if (k < text.length && (text.charCodeAt(k) === 47 || text.charCodeAt(k) >= 128)) return -1;
      break;
    } else break;
  }
  const first = text.charCodeAt(i);
  if (
    (first === 80 || first === 97 || first === 104 || first === 82) &&
    REF_START.test(text.slice(i, i + 5))
  )
    return -1;
  return j;
}

/**
 * Tokenise a run of text; `leadingSpace` says whether whitespace preceded it. Plain ASCII words,
 * whitespace and single ASCII punctuation are read without the regex (most of legal text); every
 * other position is matched by `TOKEN` exactly as if it had read the whole run.
 */
export function tokenize(raw: string, leadingSpace = false, out: Token[] = []): Token[] {
  const text = normalizeChars(raw);
  let sp = leadingSpace;
  let i = 0;
  let m: RegExpExecArray | null;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const cls = c < 128 ? (ASCII_CLASS[c] as number) : -1;
    if (cls === SPACE) {
      sp = true;
      i++;
      continue;
    }
    if (cls > 0 && cls & (LOWER | UPPER)) {
      const end = plainWordEnd(text, i);
      if (end > 0) {
        out.push(sharedToken(text.slice(i, end), sp, 'word'));
        sp = false;
        i = end;
        continue;
      }
    } else if (cls === 0) {
      out.push(sharedToken(text.charAt(i), sp, 'punct'));
      sp = false;
      i++;
      continue;
    }
    TOKEN.lastIndex = i;
    m = TOKEN.exec(text);
    if (m === null) break;
    i = TOKEN.lastIndex;
    if (m[1] !== undefined) {
      sp = true;
      continue;
    }
    let kind: TokenKind = 'punct';
    let s: string = m[0];
    let num: string | undefined;
    for (const [group, k, numGroup] of TOKEN_GROUPS) {
      const hit = m[group];
      if (hit === undefined) continue;
      kind = k;
      s = hit;
      if (numGroup !== undefined) num = m[numGroup];
      break;
    }
    const spaced = kind !== 'punct' && /\s/.test(s);
    const surface = spaced ? s.replace(/\s+/g, ' ') : s;
    let k = spaced ? s.replace(/\s+/g, '') : s;
    if (kind === 'ayatRef') {
      // Text recognition reads "ayat (1)" as "ayat (l)" (no ayat is lettered) or "ayat (1}".
      if (num === 'l') num = '1';
      k = `ayat(${num})`;
    } else if (kind === 'money') k = misreadDigits(k.startsWith('Rp.') ? `Rp${k.slice(3)}` : k, 2);
    else if (kind === 'pasalRef' && num !== undefined && /[Ol]/.test(num)) {
      num = misreadDigits(num);
      k = `Pasal${num}`;
    } else if (m[MISREAD_NUMBER_GROUP] !== undefined) k = misreadDigits(k);
    else if (kind === 'word') k = ocrKey(k.includes('-') ? k.replace(/-/g, '') : k);
    // Two literals, not a field added afterwards: a shape made by adding a field lives only while
    // an object has it, and compiled code that relies on it is discarded when it goes.
    const g = gramHash(kind, k);
    out.push(num !== undefined ? { s: surface, k, sp, kind, g, num } : { s: surface, k, sp, kind, g });
    sp = false;
  }
  return out;
}

/**
 * The canonical comparison string of a token run: keys joined without spaces, with hyphens
 * between letters dropped (word keys carry none), so "peme- rintah" = "pemerintah" and
 * "rambu- rambu" = "rambu-rambu". `keys` may replace the tokens' own keys (cross-reference
 * renumbering, neutral keys): an array parallel to `tokens`, or a function of the token.
 */
export function canonicalOf(tokens: readonly Token[], keys?: CanonicalKeys): string {
  const parts: string[] = new Array<string>(tokens.length);
  let n = 0;
  for (let i = 0; i < tokens.length; i++) if (!joinsWords(tokens, i)) parts[n++] = keyAt(tokens, keys, i);
  parts.length = n;
  return parts.join('');
}

/** Keys that replace the tokens' own in `canonicalOf`: an array parallel to the tokens, or a function of the token. */
export type CanonicalKeys = readonly string[] | ((t: Token) => string);

/** The key of the token at `i`: from `keys` when given, else its own. */
function keyAt(tokens: readonly Token[], keys: CanonicalKeys | undefined, i: number): string {
  return typeof keys === 'function' ? keys(tokens[i] as Token) : keys ? (keys[i] as string) : (tokens[i] as Token).k;
}

/** The hyphen at `i` joins two words ("peme- rintah"): the canonical text leaves it out. */
function joinsWords(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  return t.kind === 'punct' && t.k === '-' && tokens[i - 1]?.kind === 'word' && tokens[i + 1]?.kind === 'word';
}

/** The length of `canonicalOf(tokens, keys)`, without building it. */
export function canonicalLength(tokens: readonly Token[], keys?: CanonicalKeys): number {
  let n = 0;
  for (let i = 0; i < tokens.length; i++) if (!joinsWords(tokens, i)) n += keyAt(tokens, keys, i).length;
  return n;
}

/**
 * `canonicalOf(a, aKeys) === canonicalOf(b, bKeys)`; most runs compared differ in length, and
 * then neither string is built.
 */
export function sameCanonical(a: readonly Token[], aKeys: CanonicalKeys | undefined, b: readonly Token[], bKeys?: CanonicalKeys): boolean {
  return canonicalLength(a, aKeys) === canonicalLength(b, bKeys) && canonicalOf(a, aKeys) === canonicalOf(b, bKeys);
}
