/**
 * Capitals text recognition sets where the print has none: a consonant read twice, first as a
 * capital ("Kkelestarian", "parKkir", "kKhusus"), a "b" read as "Db" ("Dberlangganan"), a small
 * letter read as a capital inside a word ("parKir"). Each is read back in a recognised word
 * (`pdf-ocr.ts`), never in a text layer's: no word of the regulations' language is written so.
 */

/** A word opening with a consonant read twice, first as a capital: "Kkelestarian", "Jjasa" (no Indonesian word opens so). */
const DOUBLED_OPENING = /^([B-DF-HJ-NP-TV-Z])(\p{Ll})(\p{Ll}{2})/u;

/** A capital consonant inside a word of small letters: "parKir", or read twice, first as a capital: "parKkir" (and any stop after it). */
const DOUBLED_INSIDE = /^(\p{Ll}+)([B-DF-HJ-NP-TV-Z])(\p{Ll}+)(?=\P{L}*$)/u;

/** A consonant read twice inside a word of small letters, the second time as a capital: "kKhusus". */
const DOUBLED_INSIDE_AFTER = /^(\p{Ll}*)(\p{Ll})([B-DF-HJ-NP-TV-Z])(?=\p{Ll}+\P{L}*$)/u;

/** A capital consonant before a small one, then small letters (and any stop): "Dberlangganan;" (a "b" read as "Db"). */
const CONSONANT_OPENING = /^([B-DF-HJ-NP-TV-Z])([b-df-hj-np-tv-z])\p{Ll}{3,}(?=\P{L}*$)/u;

/**
 * Two consonants a word may open with in the regulations' language, loanwords and names of
 * places and people in any spelling included ("provinsi", "struktur", "knalpot", "Bhayangkara",
 * "Ngawi", "Mbojo", "Djoko", "Tjipto", "Sri", "Schmidt").
 */
const OPENINGS = new Set(['bh', 'bl', 'br', 'ch', 'cl', 'cr', 'dh', 'dj', 'dr', 'dw', 'fl', 'fr', 'gh', 'gl', 'gn', 'gr', 'kh', 'kl', 'kn', 'kr', 'kw', 'mb', 'nd', 'ng', 'nj', 'ny', 'ph', 'pl', 'pn', 'pr', 'ps', 'rh', 'sc', 'sf', 'sh', 'sj', 'sk', 'sl', 'sm', 'sn', 'sp', 'sr', 'st', 'sw', 'sy', 'th', 'tj', 'tr', 'ts', 'wh', 'wr', 'zh']);

/**
 * `word` without a capital text recognition set before one of its letters: before its first
 * letter, as that letter ("Kkelestarian" -> "kelestarian") or as another consonant no word opens
 * with ("Dberlangganan" -> "berlangganan"), or next to a letter inside it, as that letter
 * ("parKkir" -> "parkir", "kKhusus" -> "khusus"); a capital alone inside a word of small letters
 * is read small ("parKir" -> "parkir"). A word of capitals, or one a capital may open, stays as
 * read.
 */
export function withoutStrayCapital(word: string): string {
  const opening = DOUBLED_OPENING.exec(word);
  if (opening && opening[1]!.toLowerCase() === opening[2]) return word.slice(1);
  const inside = DOUBLED_INSIDE.exec(word);
  if (inside && inside[2]!.toLowerCase() === inside[3]![0]) return inside[1]! + word.slice(inside[1]!.length + 1);
  const after = DOUBLED_INSIDE_AFTER.exec(word);
  if (after && after[3]!.toLowerCase() === after[2]) return after[1]! + after[2]! + word.slice(after[0].length);
  if (inside) return inside[1]! + inside[2]!.toLowerCase() + word.slice(inside[1]!.length + 1);
  const pair = CONSONANT_OPENING.exec(word);
  if (pair && !OPENINGS.has(`${pair[1]!.toLowerCase()}${pair[2]!}`)) return word.slice(1);
  return word;
}
