/**
 * Line patterns of Perda text (drafting-rules.md 2.1 and 7): unit headings, list markers, Roman
 * numerals and Bagian ordinal words. Tolerant of capitals ("PASAL I"), missing spaces
 * ("BagianKedua") and en/em dashes.
 */
import { readDigits } from '../model/misread-digits';
import { hurufIndex, hurufOf } from '../model/list-markers';

/** Kinds of list/ayat marker at the start of a line. */
export type MarkerStyle = 'ayat' | 'huruf' | 'angka' | 'hurufKurung' | 'angkaKurung';

/** A marker found at the start of a line. */
export interface Marker {
  style: MarkerStyle;
  /** The label without punctuation: "1", "1a", "b". */
  label: string;
  /** The rest of the line after the marker. */
  rest: string;
  /** A reading of a misread marker, or of a huruf past z (`markerReadings`): a marker only where its list agrees. */
  misread?: true;
}

/** Read a list or ayat marker at the start of a (collapsed) line, or null. */
export function readMarker(text: string): Marker | null {
  // Some text layers space the number out: "( 1 )"; older instruments number an inserted ayat "(4A)";
  // a scan's stray bracket or bar may stand before it ("[ (1) Usaha …", UU 30/2009 Pasal 10).
  let m = /^(?:[[|]\s?)?\(\s?(\d{1,3}[a-zA-Z]?)\s?\)\s*(.*)$/.exec(text);
  if (m) return { style: 'ayat', label: m[1]!, rest: m[2]! };
  // Text recognition reads "(1)" as "(l)" and "(11)" as "(l1)"; no marker starts with the letter l in parentheses.
  m = /^\(\s?(l[0-9l]{0,2})\s?\)\s*(.*)$/.exec(text);
  if (m) return { style: 'ayat', label: m[1]!.replace(/l/g, '1'), rest: m[2]! };
  // A huruf inserted by an amendment carries a digit: "b1." (drafting-rules.md 2.3).
  m = /^([a-z]\d?)\.\s*(.*)$/.exec(text);
  if (m && (m[2] === '' || /^\S/.test(m[2]!)) && !/^[a-z]\.[a-z]\./i.test(text)) return { style: 'huruf', label: m[1]!, rest: m[2]! };
  m = /^(\d{1,3}[a-z]?)\.(?:\s+(.*)|$)/.exec(text);
  if (m) return { style: 'angka', label: m[1]!, rest: m[2] ?? '' };
  m = /^([a-z])\)\s*(.*)$/.exec(text);
  if (m) return { style: 'hurufKurung', label: m[1]!, rest: m[2]! };
  m = /^(\d{1,2}[a-z]?)\)\s+(.*)$/.exec(text);
  if (m) return { style: 'angkaKurung', label: m[1]!, rest: m[2]! };
  return null;
}

/** Signs text recognition reads for a small letter standing alone as a marker ("¢." for "c."). */
const LETTER_SIGNS: Readonly<Record<string, string>> = { '¢': 'c', '€': 'e' };

/** Digits text recognition takes for one another in an ayat's marker, and that a printed run of ayat never skips to. */
const LOOK_ALIKE_DIGITS: Readonly<Record<string, readonly string[]>> = { '3': ['8'], '8': ['3'] };

/**
 * Every reading of a marker at the start of a line: as printed (`readMarker`), then as text
 * recognition may have misread it, each flagged `misread`:
 * - an ayat's parenthesis read as a brace or bracket ("(1}", "{2)");
 * - a list marker's full stop read as a comma or a parenthesis and back ("b, izin ...",
 *   "5, Undang-Undang ...", "b) ..." in a list lettered "a.", "c. ..." in one lettered "a)");
 * - its digits 1 and 0 read as the letters l and O ("l. ...", "1l. ...", "1O. ...").
 * Such a line may as well be text wrapped after a comma or a list of another kind, so a misread
 * reading counts only where its list agrees (`buildBody`). So does a huruf past z, written with
 * its letter doubled ("aa.", "bb.": UU 24/2013 Pasal 58 ayat (2) adds huruf bb to ee), which
 * no reading took for a marker: "aa. …" after "z. …" was read as huruf z's words.
 */
export function markerReadings(text: string): Marker[] {
  const printed = readMarker(text);
  const out: Marker[] = printed ? [printed] : [];
  const add = (style: MarkerStyle, label: string, rest: string) => {
    if (!out.some((r) => r.style === style && r.label === label)) out.push({ style, label, rest, misread: true });
  };
  let m = /^[({[]\s?(\d{1,3}[a-z]?|l)\s?[)}\]]\s*(.*)$/.exec(text);
  if (m && !printed) add('ayat', readDigits(m[1]!), m[2]!);
  // A 3 and an 8 read for each other: "(8)" for "(3)" after ayat (2), where the run of ayat says so (a jump from 2 to 8 is no drafter's slip).
  m = /^\((\d)\)\s*(.*)$/.exec(text);
  if (m) for (const d of LOOK_ALIKE_DIGITS[m[1]!] ?? []) add('ayat', d, m[2]!);
  // The closing parenthesis read as a 1: "(21 Dalam keadaan …" for "(2) Dalam keadaan …", the opening one as a brace too ("{21").
  m = /^[({[](\d{1,2})1\s+(\S.*)$/.exec(text);
  if (m) add('ayat', m[1]!, m[2]!);
  // "1)" read as one letter U: "(U Satuan Tugas …" for "(1) Satuan Tugas …" (Perpres 70/2023).
  m = /^\(U\s+(\S.*)$/.exec(text);
  if (m) add('ayat', '1', m[1]!);
  m = /^([a-z])[.,)-]\s+(\S.*)$/.exec(text);
  if (m) for (const style of ['huruf', 'hurufKurung'] as const) add(style, m[1]!, m[2]!);
  // The letters l and o read as the digits 1 and 0: "1. membayar …" after "k. …", "0. bekerja …" after "n. …".
  m = /^([10])[.,)]\s+(\S.*)$/.exec(text);
  if (m) for (const style of ['huruf', 'hurufKurung'] as const) add(style, m[1] === '1' ? 'l' : 'o', m[2]!);
  // The letter read as a capital or as the currency sign it looks like, alone or before itself:
  // "C. …", "J- …", "¢. …", "Cc. pasca bayar;", "€e. …" for huruf c, j, c, c, e (Tesseract on a scan).
  m = /^([A-Z]|[¢€])([a-z])?[.,)-]\s+(\S.*)$/.exec(text);
  const letter = m ? (LETTER_SIGNS[m[1]!] ?? m[1]!.toLowerCase()) : '';
  if (m && (m[2] === undefined || m[2] === letter)) for (const style of ['huruf', 'hurufKurung'] as const) add(style, letter, m[3]!);
  // A huruf past z, its letter doubled ("aa.", "bb)"; hurufOf): a marker where it goes on from z.
  m = /^(([a-z])\2{1,2})([.)])\s+(\S.*)$/.exec(text);
  if (m) add(m[3] === '.' ? 'huruf' : 'hurufKurung', m[1]!, m[4]!);
  m = /^((?!O)[0-9lO]{1,3})([.,)])(?:\s+(\S.*)|$)/.exec(text);
  if (m && /[0-9l]/.test(m[1]!) && (m[3] !== undefined || m[2] === '.')) {
    const label = readDigits(m[1]!);
    for (const style of ['angka', 'angkaKurung'] as const) add(style, label, m[3] ?? '');
  }
  // An f read as a t: "t. Badan Usaha …" after "e. …" (Perpres 70/2023).
  if (printed?.style === 'huruf' && printed.label === 't') add('huruf', 'f', printed.rest);
  // A 1 read as a t before another digit: "t2. Badan Usaha …" for "12. Badan Usaha …" (Perpres 70/2023).
  m = /^t(\d)\.\s+(\S.*)$/.exec(text);
  if (m) add('angka', `1${m[1]!}`, m[2]!);
  // The space after the number's stop lost: "ll.Naskah Akademik adalah …" for "11. Naskah …".
  m = /^((?!O)[0-9lO]{1,3})\.(\p{Lu}.*)$/u.exec(text);
  if (m && /[0-9l]/.test(m[1]!)) for (const style of ['angka', 'angkaKurung'] as const) add(style, readDigits(m[1]!), m[2]!);
  return out;
}

/** The label that follows `label` in a sequence (1 -> 2, 1a -> 1b, a -> b, z -> aa, aa -> bb). */
export function nextLabel(label: string): string {
  const m = /^(\d+)([a-z]?)$/.exec(label);
  if (m) return m[2] ? `${m[1]}${String.fromCharCode(m[2].charCodeAt(0) + 1)}` : String(Number(m[1]) + 1);
  const at = hurufIndex(label);
  return at === null || label !== label.toLowerCase() ? '' : hurufOf(at + 1);
}

/** True when `label` may open a new list or run of ayat ("1", "a"). */
export function isFirstLabel(label: string): boolean {
  return label === '1' || label === 'a';
}

/** True when `b` may directly follow `a` (next in sequence, or an inserted "1a" after "1"). */
export function followsLabel(a: string, b: string): boolean {
  if (nextLabel(a) === b) return true;
  if (/^\d+$/.test(a) && b === `${a}a`) return true;
  if (/^[a-z]$/.test(a) && b === `${a}1`) return true;
  const h = /^([a-z])(\d)$/.exec(a);
  if (h) return b === `${h[1]}${Number(h[2]) + 1}` || b === String.fromCharCode(h[1]!.charCodeAt(0) + 1);
  const m = /^(\d+)[a-z]$/.exec(a);
  return m !== null && b === String(Number(m[1]) + 1);
}

const ROMAN_RE = /^(M{0,3})(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

/** Value of a Roman numeral ("XIV" -> 14), or null. */
export function romanValue(s: string): number | null {
  const u = s.toUpperCase();
  if (!u || !ROMAN_RE.test(u)) return null;
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < u.length; i++) {
    const a = v[u[i]!]!;
    const b = i + 1 < u.length ? v[u[i + 1]!]! : 0;
    total += a < b ? -a : a;
  }
  return total;
}

const UNITS: Record<string, number> = {
  satu: 1, kesatu: 1, pertama: 1, dua: 2, kedua: 2, tiga: 3, ketiga: 3, empat: 4, keempat: 4,
  lima: 5, kelima: 5, enam: 6, keenam: 6, tujuh: 7, ketujuh: 7, delapan: 8, kedelapan: 8,
  sembilan: 9, kesembilan: 9, sepuluh: 10, kesepuluh: 10, sebelas: 11, kesebelas: 11,
};

/**
 * The words of a Bagian ordinal as written, one joined with "belas" or "puluh" set apart
 * ("Keduabelas" -> "Kedua", "belas"); "Kesebelas" and "Kesepuluh" are one word each.
 */
function ordinalWords(s: string): string[] {
  return s.split(/\s+/).filter(Boolean).flatMap((w) => (UNITS[w.toLowerCase()] !== undefined ? [w] : w.replace(/([a-z])(belas|puluh)$/i, '$1 $2').split(' ')));
}

/** Value of a Bagian ordinal ("Kesatu" 1, "Kedua Belas" 12, "Kedua Puluh Satu" 21), or null. */
export function ordinalValue(s: string): number | null {
  const words = ordinalWords(s).map((w) => w.toLowerCase());
  if (words.length === 0 || !words[0]!.startsWith('ke') && words[0] !== 'pertama') return null;
  const first = UNITS[words[0]!];
  if (first === undefined) return null;
  if (words.length === 1) return first;
  if (words[1] === 'belas' && words.length === 2) return 10 + first;
  if (words[1] === 'puluh') {
    if (words.length === 2) return first * 10;
    const unit = UNITS[words[2]!];
    return words.length === 3 && unit !== undefined && unit < 10 ? first * 10 + unit : null;
  }
  return null;
}

/** A unit heading line. */
export interface Heading {
  type: 'bab' | 'bagian' | 'paragraf' | 'pasal';
  /** The number as written (normalised): "IV", "Kedua", "3", "7A", "I". */
  num: string;
  /** Numeric value for sequence checks (Roman, ordinal or Arabic), or null. */
  value: number | null;
  /** Title text on the same line (BAB only), or ''. */
  title: string;
  /** Pasal numbered with a Roman numeral (amending instrument). */
  roman?: boolean;
}

/** True when text has letters and no lower-case letters (a BAB title line). */
export function isUpperTitle(text: string): boolean {
  return /[A-Z]/.test(text) && !/[a-z]/.test(text);
}

/** Read a unit heading line (BAB / Bagian / Paragraf / Pasal), or null. */
export function readHeading(raw: string): Heading | null {
  const text = unspaceLetters(raw);
  // The inserted BAB's letter may stand apart ("BAB VI A", as "Pasal 12 A"): a lone capital after the number.
  let m = /^BAB\s*([IVXLCDM]+)(?:([A-Z])|\s([A-Z])(?=\s|$))?(?:\s*[.:\-–—]\s*|\s+|$)(.*)$/.exec(ocrBab(text));
  if (m) {
    const value = romanValue(m[1]!);
    const title = m[4]!;
    if (value !== null && (title === '' || isUpperTitle(title))) return { type: 'bab', num: m[1]! + (m[2] ?? m[3] ?? ''), value, title };
  }
  m = /^Bagian\s*(Ke[a-z]+(?:\s*(?:Belas|Puluh)(?:\s+[A-Za-z]+)?)?|Pertama)\s*([A-Z]?)$/i.exec(text) ?? bagianWithTitle(text);
  if (m) {
    const value = ordinalValue(m[1]!);
    if (value !== null) {
      const num = ordinalWords(m[1]!).map((w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase()).join(' ');
      return { type: 'bagian', num: num + (m[2] ? ` ${m[2]}` : ''), value, title: m[3] ?? '' };
    }
  }
  m = /^Paragraf\s*(\d{1,3})([A-Z]?)$/i.exec(text) ?? titledHeading(PARAGRAF_WITH_TITLE.exec(text));
  if (m) return { type: 'paragraf', num: m[1]! + m[2]!, value: Number(m[1]), title: m[3] ?? '' };
  // Digits text recognition set apart ("Pasal 2 1") are one number.
  m = /^Pasal\s*(\d(?:\s?\d){0,3})\s*([A-Z]?)\.?$/i.exec(ocrPasal(text));
  if (m) {
    const digits = m[1]!.replace(/\s/g, '');
    return { type: 'pasal', num: digits + (m[2] ?? '').toUpperCase(), value: Number(digits), title: '' };
  }
  m = /^Pasal\s+([IVX]{1,5})\.?$/i.exec(text);
  if (m) {
    const value = romanValue(m[1]!);
    if (value !== null) return { type: 'pasal', num: m[1]!.toUpperCase(), value, title: '', roman: true };
  }
  return null;
}

/**
 * A Bagian heading with its title on the same line ("Bagian Kesatu Penjualan"): a one-word
 * ordinal, then a title that starts with a capital and ends without punctuation.
 */
// The empty group keeps the title third, as in the heading without a title (group 2: a suffix).
const BAGIAN_WITH_TITLE = /^Bagian\s+([Kk]e[a-z]+|[Pp]ertama)\s+()([A-Z][^.;:]*[^.;:,\s])$/;

/** Words a title leaves in small letters ("… Peraturan Pemerintah, dan Peraturan Presiden"). */
const TITLE_SMALL_WORDS = new Set(['dan', 'atau', 'dan/atau', 'serta', 'di', 'ke', 'dari', 'yang', 'untuk', 'dengan', 'pada', 'dalam', 'bagi', 'oleh', 'terhadap', 'tentang']);

/**
 * `BAGIAN_WITH_TITLE`, and where its title holds a comma ("Bagian Kedua Persiapan Pembentukan
 * Peraturan Pemerintah Pengganti Undang-Undang, Peraturan Pemerintah, dan Peraturan Presiden"),
 * only a title written as one, every word a capital but the small ones: a line of a sentence that
 * wrapped to open with "Bagian Kedua" goes on in small letters.
 */
function bagianWithTitle(text: string): RegExpExecArray | null {
  return titledHeading(BAGIAN_WITH_TITLE.exec(text));
}

/** A heading line `m` read with its title (group 3), if the title is written as one (see `bagianWithTitle`). */
function titledHeading(m: RegExpExecArray | null): RegExpExecArray | null {
  if (!m || !(m[3] as string).includes(',')) return m;
  const words = (m[3] as string).split(/[\s,]+/).filter(Boolean);
  return words.every((w) => /^\p{Lu}/u.test(w) || TITLE_SMALL_WORDS.has(w)) ? m : null;
}

/**
 * A Paragraf heading with its title on the same line ("Paragraf 2 Peradilan Umum", "Paragraf 3
 * Perencanaan Tata Ruang Wilayah Provinsi", as web pages set them), read as a Bagian's is.
 */
const PARAGRAF_WITH_TITLE = /^Paragraf\s*(\d{1,3})([A-Z]?)\s+([A-Z][^.;:]*[^.;:,\s])$/;

/**
 * A BAB heading as text recognition misreads its Roman number: the I read as l or 1 ("BAB lV",
 * "BAB Il", "BAB 1", "BAB 111"). Read back as "BAB IV", "BAB II", "BAB I", "BAB III"; other text
 * as it is (a BAB is never numbered in Arabic, so a 1 there is an I).
 */
function ocrBab(text: string): string {
  const m = /^BAB\s*([IVXl1]*[l1][IVXl1]*)(?=[\s.:\-–—]|$)/.exec(text);
  return m ? `BAB ${m[1]!.replace(/[l1]/g, 'I')}${text.slice(m[0].length)}` : text;
}

/**
 * A Pasal heading as text recognition misreads it: "Pasa1 5" / "PasaI 7" / "Pasa| 9" (the l read
 * as 1, I or a bar), "Pasal l" / "Pasal l2" / "Pasal I2" / "Pasal 1O" / "Pasal |3" (the digits 1
 * and 0 read as l, I, a bar and O).
 * Read back as "Pasal 5", "Pasal 7", "Pasal 1", "Pasal 12", "Pasal 10"; other text as it is.
 * "Pasal I" and "Pasal II" (an amending instrument's Pasal) stay as they are: an upper-case I
 * counts as a 1 only before a digit, and "Pasal 1I" keeps its I as an insertion letter.
 */
function ocrPasal(text: string): string {
  const spaced = spacedPasal(text);
  if (spaced !== null) return spaced;
  const m = MISREAD_PASAL_HEADING.exec(text);
  if (!m || !/[0-9l|]/.test(m[1]!)) return text;
  return `Pasal ${readDigits(m[1]!)}${m[2] ? ` ${m[2]}` : ''}`;
}

/**
 * A heading line whose number text recognition split with a space ("Pasal I 1" for Pasal 11,
 * Perpres 70/2023; "Pasal 1 1 1" for Pasal 111, PP 25/2024): the pieces are groups 1 and 2. A
 * heading line holds one number, so the pieces are its digits.
 */
const SPACED_PASAL_HEADING = /^P ?a ?s ?a ?[l1I|]\s*([0-9lIO|]{1,2}) ((?:[0-9lO|] ?){1,2})$/;

/** A `SPACED_PASAL_HEADING` line as "Pasal" and its number, or null. */
function spacedPasal(text: string): string | null {
  const m = SPACED_PASAL_HEADING.exec(text);
  if (!m || !/[0-9l|]/.test(m[1]! + m[2]!)) return null;
  return `Pasal ${readDigits(`${m[1]!}${m[2]!}`.replace(/ /g, ''))}`;
}

/**
 * "Pasal" and a number as text recognition may misread them (the word's l as 1, I or a bar; the
 * number's digits as l, O or a bar, a capital I or L only before a digit: "Pasal L4"), and as a PDF's letter
 * spacing may break the word ("P asal 14", "Pas al 5"): the number is group 1.
 */
const MISREAD_PASAL = /^P ?a ?s ?a ?[l1I|]\s*((?:[0-9lO|]|[IL](?=[0-9lO|])){1,4})/;

/** A whole heading line of `MISREAD_PASAL`, an insertion letter after the number (group 2). */
const MISREAD_PASAL_HEADING = new RegExp(`${MISREAD_PASAL.source}\\s*([A-Z]?\\.?)$`);

/** A line that opens with `MISREAD_PASAL`, the number ending its word. */
const MISREAD_PASAL_OPENING = new RegExp(`${MISREAD_PASAL.source}(?=[\\s:.]|[A-Z]\\b|$)`);

/** `text` read back as a number where it is one misread ("20l8", "2O18": a digit, then only digits, O, l and I); else as it is. */
export function readMisreadNumber(text: string): string {
  return /^\d[\dOlI]*$/.test(text) ? readDigits(text) : text;
}

/**
 * A line that opens with a misread Pasal number ("Pasal I2 : cukup jelas", "Pasa1 1O", a heading
 * line "Pasal I 2"), with that number read back ("Pasal 12 : cukup jelas"); other text as it is. The number must end the word
 * ("Pasal lain" stays), and hold a digit or an l ("Pasal I" stays: an amending instrument's).
 */
export function readMisreadPasalOpening(text: string): string {
  const spaced = spacedPasal(text);
  if (spaced !== null) return spaced;
  const m = MISREAD_PASAL_OPENING.exec(text);
  if (!m || !/[0-9l|]/.test(m[1]!)) return text;
  return `Pasal ${readDigits(m[1]!)}${text.slice(m[0].length)}`;
}

/**
 * A heading printed with its letters spaced out ("P a s a l 5" -> "Pasal5", "B A B II" ->
 * "BAB II"; lines arrive with their spaces collapsed): the leading run of single characters is
 * one word.
 */
function unspaceLetters(text: string): string {
  const m = /^\S(?: \S){2,}(?= |$)/.exec(text);
  return m ? m[0].replace(/ /g, '') + text.slice(m[0].length) : text;
}

/** Words after which a line break cannot end a reference (the next line continues it). */
export const REFERENCE_WORD = /(?:\b(?:ayat|pasal|huruf|angka|nomor|tahun|bab|bagian|paragraf|lampiran)|\bdan\s+ayat)$/i;

/** Abbreviations whose full stop never ends a sentence: an amount or a number follows ("Rp.", "No."). */
const ABBREVIATION_END = /(?:^|[\s(])(?:Rp|No)\.\s*$/;

/** True when a line ends with an abbreviation an amount or a number follows ("… paling banyak Rp."). */
export function endsInAbbreviation(text: string): boolean {
  return ABBREVIATION_END.test(text);
}

/** True when a line ends a sentence, clause or list item. */
export function endsClause(text: string): boolean {
  if (ABBREVIATION_END.test(text)) return false;
  return /[.;:]\s*$|[;,]\s*(dan|atau|dan\/atau|serta)\s*$|\b(dan|atau|dan\/atau)\s*$/.test(text);
}

/** True when a line ends a sentence or item strictly (. ; : at the end). */
export function endsStrict(text: string): boolean {
  if (ABBREVIATION_END.test(text)) return false;
  return /[.;:]["”)]?\s*$/.test(text) || /;\s*(dan|atau|dan\/atau)\s*$/.test(text);
}

/**
 * The line that opens the persetujuan block of the diktum: "Dengan Persetujuan Bersama" (any
 * case), or, as laws and Perda before 2004 write it, "Dengan persetujuan DEWAN PERWAKILAN RAKYAT
 * …" (the house in capitals: a sentence's "dengan persetujuan dewan …" is no such line).
 */
export const PERSETUJUAN = /^[Dd](?:engan|ENGAN)\s+[Pp](?:ersetujuan|ERSETUJUAN)\s+(?:[Bb](?:ersama|ERSAMA)\b|DEWAN\s+PERWAKILAN\s+RAKYAT\b)/;

/**
 * The text of line `i` with the lines after it, up to a few words: how a fixed phrase that opens a
 * part of the kerangka ("Dengan Persetujuan Bersama", "Agar setiap orang") is read when a narrow
 * page wrapped it ("Dengan Persetujuan" / "Bersama"), or a justified line came apart a word a line.
 */
export function withFollowingLines(lines: ReadonlyArray<{ text: string }>, i: number): string {
  let text = (lines[i] as { text: string }).text;
  for (let k = i + 1; k < lines.length && k <= i + PHRASE_MAX_LINES && text.length < PHRASE_CHARS; k++) text += ` ${(lines[k] as { text: string }).text}`;
  return text;
}

/** How much text `withFollowingLines` gathers: enough for the longest opening phrase it serves. */
const PHRASE_CHARS = 40;
const PHRASE_MAX_LINES = 6;

const LAMPIRAN_HEADING = /^LAMPIRAN(\s+[IVXLCDM]+)?\b/;

/** The line opens a Lampiran: "LAMPIRAN", "LAMPIRAN II", "LAMPIRAN I PERATURAN DAERAH …", in capitals. */
export function isLampiranHeading(text: string): boolean {
  return LAMPIRAN_HEADING.test(text) && text === text.toUpperCase();
}
