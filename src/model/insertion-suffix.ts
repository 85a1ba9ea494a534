/**
 * Insertion suffixes of the perubahan mode (drafting-rules.md 2.1, 2.3): an inserted unit takes
 * the previous sibling's number plus a suffix, never renumbering the base units.
 *
 * - Pasal, Paragraf, BAB: capital letter, `7A`, `7B`, `IXA` (✅ DPR p.294).
 * - Bagian: capital letter after a space, `Kesatu A` (F16, [PRACTICE]; no rule text found).
 * - ayat and angka items: lower-case letter, `(1a)`, `5a` (ayat ✅ DPR p.294; angka [PRACTICE]).
 * - huruf items: a digit, `b1`, `b2` (F10 form, [NOT FOUND] as a rule).
 * After Z (or z) the letters continue AA, AB, … (bijective base 26); no source covers this.
 */
import { fromRoman } from './roman';

/** How the number of a unit kind is written. */
export type NumberFormat = 'arabic' | 'roman' | 'ordinal' | 'ayat' | 'angka' | 'huruf';

/** A number split into its stem and its insertion suffix ("7A" -> { stem: "7", suffix: "A" }). */
export interface SplitNumber {
  stem: string;
  suffix: string;
}

/** Split a number of the given format into stem and suffix; null when it does not fit the format. */
export function splitNumber(format: NumberFormat, num: string): SplitNumber | null {
  const s = num.trim();
  let m: RegExpMatchArray | null;
  switch (format) {
    case 'arabic':
    case 'ayat':
    case 'angka':
      m = /^(\d+)([A-Za-z]*)$/.exec(s);
      return m ? { stem: m[1] ?? '', suffix: m[2] ?? '' } : null;
    case 'roman': {
      m = /^([IVXLCDM]+?)([A-Z]*)$/.exec(s.toUpperCase());
      if (!m) return null;
      // The longest canonical Roman prefix is the stem: "IXA" -> IX + A, "XC" -> XC.
      for (let i = s.length; i > 0; i--) {
        const stem = s.slice(0, i).toUpperCase();
        if (fromRoman(stem) !== null && /^[A-Z]*$/.test(s.slice(i).toUpperCase())) {
          return { stem, suffix: s.slice(i).toUpperCase() };
        }
      }
      return null;
    }
    case 'ordinal': {
      const words = s.split(/\s+/);
      const last = words[words.length - 1] ?? '';
      if (!/^(Ke|Pertama)/i.test(s)) return null;
      return words.length > 1 && /^[A-Z]{1,2}$/.test(last)
        ? { stem: words.slice(0, -1).join(' '), suffix: last }
        : { stem: words.join(' '), suffix: '' };
    }
    case 'huruf':
      m = /^([a-z]+?)(\d*)$/.exec(s);
      return m ? { stem: m[1] ?? '', suffix: m[2] ?? '' } : null;
  }
}

/** Next letter run in bijective base 26: "" -> "A", "A" -> "B", "Z" -> "AA" (case of `alphabet`). */
function nextLetters(s: string, alphabet: string): string {
  const chars = [...s].map((c) => alphabet.indexOf(c));
  let i = chars.length - 1;
  while (i >= 0 && chars[i] === 25) {
    chars[i] = 0;
    i--;
  }
  if (i < 0) chars.unshift(0);
  else chars[i] = (chars[i] ?? 0) + 1;
  return chars.map((c) => alphabet[c]).join('');
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';

/** The suffix after `suffix` for a format ("" -> "A" for Pasal, "" -> "a" for ayat, "" -> "1" for huruf). */
export function nextSuffix(format: NumberFormat, suffix: string): string {
  switch (format) {
    case 'huruf':
      return String((Number(suffix) || 0) + 1);
    case 'ayat':
    case 'angka':
      return nextLetters(suffix.toLowerCase(), LOWER);
    default:
      return nextLetters(suffix.toUpperCase(), UPPER);
  }
}

/** Join stem and suffix as the format writes them ("Kesatu" + "A" -> "Kesatu A"; "7" + "A" -> "7A"). */
export function joinNumber(format: NumberFormat, parts: SplitNumber): string {
  if (!parts.suffix) return parts.stem;
  return format === 'ordinal' ? `${parts.stem} ${parts.suffix}` : `${parts.stem}${parts.suffix}`;
}
