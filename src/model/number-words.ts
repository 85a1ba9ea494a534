/**
 * Numbers written as digits followed by words (drafting-rules.md 1.4.4): `30 (tiga puluh) hari`,
 * `Rp50.000.000,00 (lima puluh juta rupiah)`, `50% (lima puluh persen)`. The format is from
 * Lampiran II (WS p.113, DPR p.275); the number-to-words algorithm is standard Indonesian
 * [PRACTICE]: "se-" for one ten/hundred/thousand (sepuluh, sebelas, seratus, seribu) but
 * "satu juta"; decimals are read digit by digit after "koma" ("2,5" -> "dua koma lima").
 */
import { CoreError } from '../core-error';

const UNITS = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];

/** Scale words from the largest down; 10^15 is the upper bound of `toWords`. */
const SCALES: ReadonlyArray<readonly [number, string]> = [
  [1e15, 'kuadriliun'], [1e12, 'triliun'], [1e9, 'miliar'], [1e6, 'juta'], [1e3, 'ribu'],
];

/** Largest integer `toWords` accepts. */
export const MAX_WORDS_NUMBER = 1e15;

/** Words of 0..999 ("" for 0). */
function hundreds(n: number): string {
  const parts: string[] = [];
  const h = Math.floor(n / 100);
  const r = n % 100;
  if (h === 1) parts.push('seratus');
  else if (h > 1) parts.push(`${UNITS[h]} ratus`);
  if (r === 10) parts.push('sepuluh');
  else if (r === 11) parts.push('sebelas');
  else if (r >= 12 && r <= 19) parts.push(`${UNITS[r - 10]} belas`);
  else if (r >= 20) {
    const t = Math.floor(r / 10);
    const o = r % 10;
    parts.push(`${UNITS[t]} puluh` + (o ? ` ${UNITS[o]}` : ''));
  } else if (r > 0) parts.push(UNITS[r] ?? '');
  return parts.join(' ');
}

/**
 * Indonesian words of an integer 0..10^15 (11 -> "sebelas", 100 -> "seratus", 1000 -> "seribu",
 * 1000000 -> "satu juta", 25 -> "dua puluh lima"). Throws CoreError INVALID_ARGS outside range.
 */
export function toWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > MAX_WORDS_NUMBER) {
    throw new CoreError('INVALID_ARGS', `Bilangan ${n} tidak dapat ditulis dengan huruf (0 sampai dengan 10^15).`);
  }
  if (n === 0) return 'nol';
  const parts: string[] = [];
  let rest = n;
  for (const [value, name] of SCALES) {
    const c = Math.floor(rest / value);
    if (c === 0) continue;
    rest -= c * value;
    parts.push(value === 1e3 && c === 1 ? 'seribu' : `${hundreds(c)} ${name}`);
  }
  if (rest > 0) parts.push(hundreds(rest));
  return parts.join(' ');
}

/** Words of a non-negative number that may have decimals (2.5 -> "dua koma lima"). */
export function decimalToWords(n: number): string {
  const [int, frac] = String(n).split('.');
  const head = toWords(Number(int));
  if (!frac) return head;
  return `${head} koma ${[...frac].map((d) => UNITS[Number(d)]).join(' ')}`;
}

/** Digits with Indonesian thousands dots and decimal comma (50000000 -> "50.000.000", 2.5 -> "2,5"). */
export function formatThousands(n: number): string {
  const [int, frac] = String(n).split('.');
  const grouped = (int ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return frac ? `${grouped},${frac}` : grouped;
}

/** Digits followed by words in parentheses: 30 -> "30 (tiga puluh)". */
export function numberWithWords(n: number): string {
  return `${formatThousands(n)} (${decimalToWords(n)})`;
}

/** Currency form: 50000000 -> "Rp50.000.000,00 (lima puluh juta rupiah)" (integer rupiah). */
export function rupiahWithWords(n: number): string {
  if (!Number.isInteger(n)) throw new CoreError('INVALID_ARGS', 'Jumlah rupiah harus bilangan bulat.');
  return `Rp${formatThousands(n)},00 (${toWords(n)} rupiah)`;
}

/** Percent form: 50 -> "50% (lima puluh persen)"; 2.5 -> "2,5% (dua koma lima persen)". */
export function percentWithWords(n: number): string {
  return `${formatThousands(n)}% (${decimalToWords(n)} persen)`;
}

const SCALE_OF: Record<string, number> = Object.fromEntries(SCALES.map(([v, w]) => [w, v]));

/** Value of an integer phrase (tokens already lower-case), or null when a token is not a number word. */
function parseInteger(tokens: string[]): number | null {
  if (tokens.length === 0) return null;
  let total = 0;
  let cur = 0;
  let last = 0;
  for (const t of tokens) {
    const d = UNITS.indexOf(t);
    if (d >= 0) {
      cur += d;
      last = d;
      continue;
    }
    switch (t) {
      case 'sepuluh': cur += 10; break;
      case 'sebelas': cur += 11; break;
      case 'seratus': cur += 100; break;
      case 'seribu':
        if (cur !== 0) return null;
        total += 1000;
        break;
      case 'belas':
        if (!last) return null;
        cur += 10;
        break;
      case 'puluh':
        if (!last) return null;
        cur += last * 9;
        break;
      case 'ratus':
        if (!last || cur !== last) return null;
        cur *= 100;
        break;
      default: {
        const scale = SCALE_OF[t];
        if (!scale || cur === 0) return null;
        total += cur * scale;
        cur = 0;
      }
    }
    last = 0;
  }
  return total + cur;
}

/**
 * Parse a number phrase back to its value ("tiga puluh" -> 30, "lima puluh juta" -> 50000000,
 * "dua koma lima" -> 2.5); null when the phrase is not purely a number.
 */
export function parseWords(phrase: string): number | null {
  const tokens = phrase.toLowerCase().replace(/[.,;:]/g, ' ').split(/\s+/).filter(Boolean);
  const k = tokens.indexOf('koma');
  if (k < 0) return parseInteger(tokens);
  const int = parseInteger(tokens.slice(0, k));
  const fracTokens = tokens.slice(k + 1);
  if (int === null || fracTokens.length === 0) return null;
  const digits = fracTokens.map((t) => UNITS.indexOf(t));
  if (digits.some((d) => d < 0)) return null;
  return Number(`${int}.${digits.join('')}`);
}

/** A place in a text where the digits and the words in parentheses disagree. */
export interface NumberWordMismatch {
  /** Offset of the first character of the digits (or "Rp"). */
  start: number;
  /** Offset just after the closing parenthesis. */
  end: number;
  /** The whole span, e.g. "30 (dua puluh)". */
  text: string;
  /** Value of the digits. */
  digits: number;
  /** Value of the words. */
  words: number;
}

const DIGITS_WORDS = /(Rp\.?\s?)?(\d{1,3}(?:\.\s?\d{3})+|\d+)(?:,\s?(\d+|-))?\s?(%)?\s*\(([^()]{1,200})\)/g;

/**
 * Find "digits (words)" spans whose values differ, e.g. "30 (dua puluh) hari" or
 * "Rp50.000.000,00 (lima juta rupiah)"; legacy "Rp. 500.000,- (…)" is read too. Spans whose parentheses hold no number phrase (such as
 * "Tahun 2011 (Lembaran Negara …)") are ignored.
 */
export function findNumberWordMismatches(text: string): NumberWordMismatch[] {
  const out: NumberWordMismatch[] = [];
  for (const m of text.matchAll(DIGITS_WORDS)) {
    const [whole, , int = '', frac, , inner = ''] = m;
    const phrase = inner.trim().replace(/\s+(rupiah|persen)$/i, '');
    const words = parseWords(phrase);
    if (words === null) continue;
    const digits = Number(`${int.replace(/[.\s]/g, '')}${frac && frac !== '-' ? `.${frac}` : ''}`);
    if (Math.abs(digits - words) > 1e-9) {
      const start = m.index ?? 0;
      out.push({ start, end: start + whole.length, text: whole, digits, words });
    }
  }
  return out;
}
