/**
 * The quotation marks around the units a change item restates. Many instruments (UU 28/2004 on
 * the Yayasan, and regions that follow its style) set the new text in quotation marks:
 *
 *     2. Ketentuan Pasal 5 diubah, sehingga berbunyi sebagai berikut :
 *     “Pasal 5
 *     (1) Kekayaan Yayasan …
 *     (3) Penentuan mengenai gaji … kemampuan kekayaan Yayasan.”
 *
 * The marks belong to the instrument, not to the text it restates: the heading is "Pasal 5", the
 * last ayat ends "… Yayasan.". A mark is taken off only where it opens a line that starts a unit
 * (a heading, an ayat or item marker), or the first line of the restated text, and where it
 * closes the last line or a line after which another quoted unit opens; quotation marks inside
 * the text (kata “Yayasan”) stay.
 */
import { readHeading } from './patterns';
import type { SourceLine } from './types';

/**
 * The opening quotation marks at the start of a line, and the spaces after them: "‘’Pasal 37"
 * (two single marks typed for one), "''Pasal 37" (two apostrophes typed for one, as a typewriter
 * and a converter that writes marks plain give it).
 */
const OPENS = /^(?:[“"‘]|'')[“"‘’']*\s*/;
/** A closing quotation mark (or two apostrophes typed for one) at the end of a line, with the punctuation after it. */
const CLOSES = /\s*(?:[”"’]|'')\s*([.,;]?)\s*$/;
/** A line that starts a unit once its opening mark is off: a heading or a marker. */
const UNIT_START = /^(\(\d{1,3}[a-z]?\)|[a-z][.)]|\d{1,3}[.)])\s/;

/** True when `text`, without its opening mark, starts a unit. */
function startsUnit(text: string): boolean {
  return readHeading(text) !== null || UNIT_START.test(text);
}

/** True when `line` opens a quoted unit: an opening mark, then a heading or a marker. */
function opensUnit(line: SourceLine): boolean {
  return OPENS.test(line.text) && startsUnit(line.text.replace(OPENS, ''));
}

/** True when line `k` of `lines` opens the quote of a unit or of the restated text: a mark, then a unit; or a mark on the first line. */
function opensQuote(lines: readonly SourceLine[], k: number): boolean {
  const line = lines[k] as SourceLine;
  return opensUnit(line) || (k === 0 && OPENS.test(line.text));
}

/**
 * True when line `k` ends with a closing mark that closes something opened: an odd number of
 * marks, or the quote the line opened itself. A quoted word alone on a line (“Yayasan”, where a
 * sentence was torn a word a line) closes nothing.
 */
function closesQuote(lines: readonly SourceLine[], k: number): boolean {
  const line = lines[k] as SourceLine;
  return CLOSES.test(line.text) && (quoteCount(line) % 2 === 1 || opensQuote(lines, k));
}

/**
 * `lines` (the restated text of one change item) without the quotation marks around its units.
 * Where the item quotes its units and says something between them ("a. Pasal 37 dengan substansi
 * … sebagai berikut:" / “Pasal 37 … terbukti.” / "b. Pasal 37 A dengan substansi …" / “Pasal
 * 37 A …”, UU 20/2001), what stands outside the quotes is the instrument's own words, not
 * restated text, and is left out.
 */
export function withoutUnitQuotes(lines: readonly SourceLine[]): SourceLine[] {
  const out = lines.map((line, k) => {
    if (!OPENS.test(line.text)) return line;
    const text = line.text.replace(OPENS, '');
    return k === 0 || startsUnit(text) ? { ...line, text } : line;
  });
  const inside = quotedLines(lines);
  for (let k = 0; k < out.length; k++) {
    const line = out[k] as SourceLine;
    const next = lines[k + 1];
    const closesHere = next === undefined || opensUnit(next) || (inside !== null && !inside[k + 1]);
    if (!closesHere || !closesQuote(lines, k)) continue;
    out[k] = { ...line, text: line.text.replace(CLOSES, '$1') };
  }
  return out.filter((line, k) => line.text.trim() !== '' && (inside === null || inside[k]));
}

/**
 * Which lines lie inside the quotes, where the item quotes its units and closes what it opens;
 * null where it does not (no unit quoted, or a quote never closed): then every line is restated
 * text.
 */
function quotedLines(lines: readonly SourceLine[]): boolean[] | null {
  if (!lines.some(opensUnit)) return null;
  const inside: boolean[] = [];
  let open = false;
  let closed = false;
  for (let k = 0; k < lines.length; k++) {
    if (!open && opensQuote(lines, k)) open = true;
    inside.push(open);
    if (open && closesQuote(lines, k)) {
      open = false;
      closed = true;
    }
  }
  return closed && !open ? inside : null;
}

/** How many quotation marks a line holds. */
function quoteCount(line: SourceLine): number {
  return (line.text.match(/''|[“”"‘’]/g) ?? []).length;
}
