/**
 * Roman numerals for BAB numbers (drafting-rules.md 1.4.2) and for the two Pasal of an amending
 * instrument (Pasal I, Pasal II; 3.4).
 */

const ROMAN: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** Roman numeral of a positive integer (1 -> "I", 14 -> "XIV"); "" for n < 1. */
export function toRoman(n: number): string {
  let out = '';
  let rest = Math.floor(n);
  for (const [v, s] of ROMAN) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

/** Value of a canonical Roman numeral ("XIV" -> 14), or null if `s` is not one (case-insensitive). */
export function fromRoman(s: string): number | null {
  const up = s.toUpperCase();
  if (!/^[IVXLCDM]+$/.test(up)) return null;
  let total = 0;
  let i = 0;
  for (const [v, sym] of ROMAN) {
    while (up.startsWith(sym, i)) {
      total += v;
      i += sym.length;
    }
  }
  return i === up.length && toRoman(total) === up ? total : null;
}
