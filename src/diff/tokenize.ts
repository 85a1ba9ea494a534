/**
 * Tokeniser for Indonesian legal text. Keeps as one token what a reader reads as one thing:
 * references ("Pasal 7A", "ayat (2)", "huruf b", "angka 3"), amounts ("Rp50.000.000,00",
 * "Rp. 5.000,00"), numbers ("2%", "1.500"), slash compounds ("dan/atau", "Kabupaten/Kota") and
 * hyphenated words ("perundang-undangan"). Whitespace is not a token: each token records whether
 * whitespace preceded it, so layout noise (double spaces, line breaks) never shows as a change.
 */

/** What a token is. */
export type TokenKind = 'word' | 'num' | 'money' | 'pasalRef' | 'ayatRef' | 'otherRef' | 'ref' | 'punct' | 'mark';

/** One token. */
export interface Token {
  /** Surface text as printed (inner whitespace collapsed to one space). */
  s: string;
  /** Comparison key: the surface without whitespace ("Rp." -> "Rp"), or a structural key. */
  k: string;
  /** Whitespace preceded the token. */
  sp: boolean;
  kind: TokenKind;
  /** For `pasalRef` / `ayatRef`: the number referred to ("7A", "2"). */
  num?: string;
  /** For `ref` (a live reference node): the target uid. */
  target?: string;
}

/** One sticky regex with a group per token kind, tried in this order; whitespace is group 1. */
const TOKEN = new RegExp(
  [
    '(\\s+)',
    '(Pasal\\s+(\\d+[A-Z]?))(?![\\p{L}\\p{N}])',
    '(ayat\\s*\\(\\s*(\\d+[a-z]?)\\s*\\))',
    '((?:huruf\\s+[a-z]{1,2}|angka\\s+\\d+)(?![\\p{L}\\p{N}]))',
    '(Rp\\.?\\s*\\d{1,3}(?:\\s?\\.\\s?\\d{3})*(?:\\s?,\\s?(?:\\d{1,2}|-))?)',
    '(\\d+(?:[.,]\\d+)*%?)',
    "([\\p{L}\\p{M}]+(?:\\s*\\/\\s*[\\p{L}\\p{M}]+)+|[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*(?:[-'\u2019][\\p{L}\\p{M}\\p{N}]+)*)",
    '([^])',
  ].join('|'),
  'guy',
);

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

/** Tokenise a run of text; `leadingSpace` says whether whitespace preceded it. */
export function tokenize(raw: string, leadingSpace = false, out: Token[] = []): Token[] {
  const text = normalizeChars(raw);
  let sp = leadingSpace;
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    if (m[1] !== undefined) { sp = true; continue; }
    let kind: TokenKind;
    let s: string;
    let num: string | undefined;
    if (m[2] !== undefined) { kind = 'pasalRef'; s = m[2]; num = m[3]; }
    else if (m[4] !== undefined) { kind = 'ayatRef'; s = m[4]; num = m[5]; }
    else if (m[6] !== undefined) { kind = 'otherRef'; s = m[6]; }
    else if (m[7] !== undefined) { kind = 'money'; s = m[7]; }
    else if (m[8] !== undefined) { kind = 'num'; s = m[8]; }
    else if (m[9] !== undefined) { kind = 'word'; s = m[9]; }
    else { kind = 'punct'; s = m[0]; }
    const spaced = kind !== 'punct' && /\s/.test(s);
    const surface = spaced ? s.replace(/\s+/g, ' ') : s;
    let k = spaced ? s.replace(/\s+/g, '') : s;
    if (kind === 'money' && k.startsWith('Rp.')) k = `Rp${k.slice(3)}`;
    else if (kind === 'word' && k.includes('-')) k = k.replace(/-/g, '');
    const tok: Token = { s: surface, k, sp, kind };
    if (num !== undefined) tok.num = num;
    out.push(tok);
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
export function canonicalOf(tokens: readonly Token[], keys?: readonly string[] | ((t: Token) => string)): string {
  const parts: string[] = new Array<string>(tokens.length);
  let n = 0;
  const keyFn = typeof keys === 'function' ? keys : null;
  const keyArr = typeof keys === 'function' ? null : keys;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'punct' && t.k === '-' && tokens[i - 1]?.kind === 'word' && tokens[i + 1]?.kind === 'word') continue;
    parts[n++] = keyFn ? keyFn(t) : keyArr ? (keyArr[i] as string) : t.k;
  }
  parts.length = n;
  return parts.join('');
}
