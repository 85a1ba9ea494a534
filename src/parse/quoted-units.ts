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

/** An opening quotation mark at the start of a line, and the spaces after it. */
const OPENS = /^[“"‘]\s*/;
/** A closing quotation mark at the end of a line, with the punctuation after it. */
const CLOSES = /\s*[”"’]\s*([.,;]?)\s*$/;
/** A line that starts a unit once its opening mark is off: a heading or a marker. */
const UNIT_START = /^(\(\d{1,3}[a-z]?\)|[a-z][.)]|\d{1,3}[.)])\s/;

/** True when `text`, without its opening mark, starts a unit. */
function startsUnit(text: string): boolean {
  return readHeading(text) !== null || UNIT_START.test(text);
}

/** `lines` (the restated text of one change item) without the quotation marks around its units. */
export function withoutUnitQuotes(lines: readonly SourceLine[]): SourceLine[] {
  const out = lines.map((line, k) => {
    if (!OPENS.test(line.text)) return line;
    const text = line.text.replace(OPENS, '');
    return k === 0 || startsUnit(text) ? { ...line, text } : line;
  });
  for (let k = 0; k < out.length; k++) {
    const line = out[k] as SourceLine;
    const next = lines[k + 1];
    const closesHere = next === undefined || (OPENS.test(next.text) && startsUnit(next.text.replace(OPENS, '')));
    if (!closesHere || !CLOSES.test(line.text)) continue;
    // Only a mark that closes something opened: a line with an odd number of marks.
    if (quoteCount(lines[k] as SourceLine) % 2 === 0 && !OPENS.test((lines[k] as SourceLine).text)) continue;
    out[k] = { ...line, text: line.text.replace(CLOSES, '$1') };
  }
  return out.filter((line) => line.text.trim() !== '');
}

/** How many quotation marks a line holds. */
function quoteCount(line: SourceLine): number {
  return (line.text.match(/[“”"‘’]/g) ?? []).length;
}
