/**
 * When one word reads as the abbreviation of others ("DPR" of "Dewan Perwakilan Rakyat",
 * "Prolegnas" of "Program Legislasi Nasional", "P4GN", "TJU" of "Parkir di Tepi Jalan Umum"), on
 * plain words (a definition being read, a piece printed otherwise in a table) and on tokens (a
 * word diff that swaps a long form for the abbreviation its text defines, `Token.x`).
 */
import type { Token } from './tokenize';

/** How many of `long`'s words, from the `from`th on, the letters `s` come from in order (0 when they cannot be). */
function spelledFrom(s: string, long: readonly string[], from: number): number {
  let w = from;
  let c = 0;
  const used = new Set<number>();
  for (const ch of s) {
    while (w < long.length && (long[w] as string).indexOf(ch, c) < 0) {
      w++;
      c = 0;
    }
    if (w === long.length) return 0;
    c = (long[w] as string).indexOf(ch, c) + 1;
    used.add(w);
  }
  return used.size;
}

/**
 * How many of `long`'s words (small letters) the letters of `short` come from, taken in order
 * from the first letter of one of its words on ("TJU" from "parkir di tepi jalan umum"); 0 when
 * they cannot be. A digit repeats the letter before it ("P4GN": four words with P, then G and N).
 */
function wordsSpelling(short: string, long: readonly string[]): number {
  const s = short.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '').replace(/(\p{L})(\d)/gu, (_m, l: string, d: string) => l.repeat(Number(d)));
  const first = long.findIndex((w) => w[0] === s[0]);
  return s === '' || first < 0 ? 0 : spelledFrom(s, long, first);
}

/** True when `word` is words of `long` that follow one another written as one ("walikota": "wali kota"). */
function joinsWords(word: string, long: readonly string[]): boolean {
  const w = word.toLowerCase();
  for (let i = 0; i < long.length; i++) {
    let joined = long[i] as string;
    for (let j = i + 1; j < long.length && joined.length < w.length; j++) {
      joined += long[j] as string;
      if (joined === w) return true;
    }
  }
  return false;
}

/**
 * True when the word `short` reads as an abbreviation of the words `long` (small letters): a
 * capital first, not one of those words nor some of them written as one ("Walikota" for "Wali
 * Kota Surabaya" is a spelling), its letters taken in order from two of them at least ("DPR",
 * "P4GN", "Perda", "Prolegnas", "Kapolri"): "Daerah" for "Kota Batam", or "Badan" for "Badan
 * Narkotika Nasional", is a name.
 */
export function abbreviatesWords(short: string, long: readonly string[]): boolean {
  if (!/^\p{Lu}/u.test(short) || long.includes(short.toLowerCase()) || joinsWords(short, long)) return false;
  return wordsSpelling(short, long) >= 2;
}

/** The words of a text in small letters, without punctuation. */
function plainWords(text: string): string[] {
  return text.split(/\s+/).map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}/-]/gu, '')).filter(Boolean);
}

/** True when one side of a piece printed otherwise is one word abbreviating the other side's words ("Dewan Perwakilan Rakyat" / "DPR"). */
export function abbreviationOnly(p: { old: string; now: string }): boolean {
  const a = p.old.trim();
  const b = p.now.trim();
  const [short, long] = /\s/.test(a) ? [b, a] : [a, b];
  return short !== '' && !/\s/.test(short) && /\s/.test(long) && abbreviatesWords(short.replace(/[^\p{L}\p{N}]/gu, ''), plainWords(long));
}

/**
 * The words of `tokens[from..to)` as similarity hashes, an abbreviation its text defines counted
 * as its long form, and its punctuation as written; null where it holds anything else.
 */
function wordsOf(tokens: readonly Token[], from: number, to: number): string[] | null {
  const out: string[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.x !== undefined) for (const h of t.x) out.push(String(h));
    else if (t.kind === 'word') out.push(String(t.g));
    else if (t.kind === 'punct') out.push(t.k);
    else return null;
  }
  return out;
}

/**
 * True when `oldT[oFrom..oTo)` and `newT[nFrom..nTo)` say the same words with the same
 * punctuation, one side writing an abbreviation its text defines for the other's long form
 * ("Dewan Perwakilan Rakyat" -> "DPR", or back).
 */
export function swapsAbbreviation(oldT: readonly Token[], oFrom: number, oTo: number, newT: readonly Token[], nFrom: number, nTo: number): boolean {
  if (oTo <= oFrom || nTo <= nFrom) return false;
  let any = false;
  for (let i = oFrom; i < oTo; i++) if ((oldT[i] as Token).x !== undefined) any = true;
  for (let i = nFrom; i < nTo; i++) if ((newT[i] as Token).x !== undefined) any = true;
  if (!any) return false;
  const a = wordsOf(oldT, oFrom, oTo);
  const b = wordsOf(newT, nFrom, nTo);
  return a !== null && b !== null && a.length === b.length && a.every((w, i) => w === b[i]);
}
