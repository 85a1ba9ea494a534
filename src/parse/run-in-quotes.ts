/**
 * An amending instrument's change items run together with the units they quote, as a web page's
 * text gives them (UU 10/1998 on Perbankan: "1. Ketentuan Pasal 1 diubah, sehingga Pasal 1
 * seluruhnya berbunyi sebagai berikut: "Pasal 1 Dalam Undang-undang ini …" on one line, and
 * "… simpanannya." 2. Ketentuan Pasal 6 huruf k dihapus." on another), set as a printed
 * instrument sets them: the instruction on its line, the quoted unit's heading with its opening
 * quotation mark on a line of its own, the quoted words after it, and each change item on a line
 * of its own after the closing quotation mark.
 * - Only a quotation mark that opens a unit (its heading, or an ayat's or item's marker) after
 *   the formula's "berikut:" or "berbunyi:" is split off; an oath "… adalah sebagai berikut:
 *   "Demi Allah, …" stays whole.
 * - Only a quotation mark that closes before the next change item's number is split off ("2.
 *   Ketentuan", "10.Ketentuan", "8. Menambah"), or before the next quoted unit's heading of the
 *   same item ("… Kota." "Pasal 2B (1) …"); quoted words in a sentence stay as written.
 * - Where the page lost the closing mark with the quoted unit's last words ("… yang bersangkutan
 *   dan 30.Ketentuan Pasal 42 diubah, …"), the next change item's number and its instruction
 *   still set it apart: only the number after the last change item read, never item 1.
 * - An ayat the instrument inserts ("(4A)") run into the quoted ayat before it is set apart.
 */
import { opensInstruction } from './amendment';
import { lineInPieces, trimmedPiece } from './line-pieces';
import { isLampiranHeading } from './patterns';
import type { SourceLine } from './types';

/** The instruction's last words before the quoted unit, up to its opening quotation mark. */
const OPENS_QUOTE = /(?:berikut|berbunyi)\s*:\s*(?=["“])/gi;

/** A quoted unit's heading run into its words: the quotation mark and the heading ("“Pasal 7A", "“BAB IIA"). */
const QUOTED_HEADING = /^["“]\s*(?:Pasal\s+\d{1,3}(?:\s?[A-Z](?=\s))?|BAB\s+[IVXLC]+[A-Z]?)(?=\s+\S)/;

/**
 * The instruction's last words before a unit it restates without quotation marks, as a text that
 * lost its line breaks gives it (PP 72/2021: "… sehingga berbunyi sebagai berikut: Pasal 2 (1)
 * Perusahaan …"): "berikut:" or "berbunyi:" before a heading whose words open with an ayat's
 * marker or a capital (not another regulation's name: "Pasal 5 Undang-Undang …" is a citation).
 */
const OPENS_UNQUOTED = /(?:berikut|berbunyi)\s*:\s*(?=(?:Pasal\s+\d{1,3}(?:\s?[A-Z](?=\s))?|BAB\s+[IVXLC]+[A-Z]?)\s+(?:\(\d|(?!Undang|Peraturan|Kitab|UU)\p{Lu}))/gu;

/** The heading `OPENS_UNQUOTED` found. */
const UNQUOTED_HEADING = /^(?:Pasal\s+\d{1,3}(?:\s?[A-Z](?=\s))?|BAB\s+[IVXLC]+[A-Z]?)/;

/** A quoted ayat or list item without its Pasal's heading ("“(2) …", "“m. …"); other quoted words (an oath: "“Demi Allah, …") stay in their sentence. */
const QUOTED_MARKER = /^["“]\s*(?:\(\d{1,3}[a-zA-Z]?\)|[a-z]\d?\.\s|\d{1,3}[a-z]?\.\s)/;

/**
 * A quotation mark closing a quoted unit right before the next quoted unit's heading, in one
 * change item that restates several ("… Kabupaten/Kota." "Pasal 2B (1) Dalam hal …"): the
 * closing mark and the space before the opening one.
 */
const CLOSES_BEFORE_QUOTED = /(?<=\S)["”]\s+(?=["“]\s*(?:Pasal\s+\d|BAB\s+[IVXLC]))/g;

/** A quotation mark closing a quoted unit right before the next change item's number and its first word. */
const CLOSES_BEFORE_ITEM = /(?<=[^:\s]\s*)["”](?=\s+\d{1,3}\.\s*[A-Z])/g;

/**
 * An ayat the instrument inserts ("(4A)", "(1a)") run into the quoted ayat before it after a
 * clause's end ("… huruf e. (4A)Dalam memberikan …"): its number bears an insertion letter, so
 * it is no ayat cited in a sentence, and it opens a sentence.
 */
const INSERTED_AYAT = /(?<=[.;:]\s*)\(\d{1,3}[a-zA-Z]\)(?=\s*\p{Lu})/gu;

/** A change item's number and the instruction after it ("10.Ketentuan …", "8. Menambah …"): the number, or NaN. */
function changeItemNumber(text: string): number {
  const m = /^(\d{1,3})\.\s*/.exec(text);
  return m && opensInstruction(text.slice(m[0].length)) ? Number(m[1]) : NaN;
}

/**
 * Where in `text` change item `n` starts run into the words before it (after a word and a
 * space), or -1; never the first item (that is a list opened by Pasal I's sentence) nor after a
 * digit (text recognition sets the digits of "11." apart: "1 1. Di antara …").
 */
function runInItem(text: string, n: number): number {
  if (n < 2 || !text.includes(`${n}.`)) return -1;
  for (const m of text.matchAll(new RegExp(`(?<=[^\\d\\s]\\s+)${n}\\.\\s*`, 'g'))) {
    if (opensInstruction(text.slice(m.index + m[0].length))) return m.index;
  }
  return -1;
}

/** The pieces of one line (see the header); `next` is the number of the change item awaited. */
function pieces(text: string, next: number): string[] {
  const cuts = new Set<number>();
  for (const m of text.matchAll(INSERTED_AYAT)) cuts.add(m.index);
  const runIn = runInItem(text, next);
  if (runIn > 0) cuts.add(runIn);
  const quotes = [...text.matchAll(OPENS_QUOTE)].map((m) => m.index + m[0].length);
  for (const m of text.matchAll(OPENS_UNQUOTED)) {
    const at = m.index + m[0].length;
    cuts.add(at).add(at + (UNQUOTED_HEADING.exec(text.slice(at)) as RegExpExecArray)[0].length);
  }
  for (const m of text.matchAll(CLOSES_BEFORE_QUOTED)) {
    cuts.add(m.index + 1);
    quotes.push(m.index + m[0].length);
  }
  for (const quote of quotes) {
    const heading = QUOTED_HEADING.exec(text.slice(quote));
    if (heading) cuts.add(quote).add(quote + heading[0].length);
    else if (QUOTED_MARKER.test(text.slice(quote))) cuts.add(quote);
  }
  for (const m of text.matchAll(CLOSES_BEFORE_ITEM)) cuts.add(m.index + 1);
  if (cuts.size === 0) return [text];
  const out: string[] = [];
  let from = 0;
  for (const at of [...cuts].sort((a, b) => a - b)) {
    out.push(trimmedPiece(text.slice(from, at)));
    from = at;
  }
  out.push(text.slice(from).trim());
  return out.filter((p) => p.length > 0);
}

/** The lines with every change item and quoted heading a source ran together set on lines of their own (the Lampiran as it is). */
export function splitRunInQuotes(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  let beforeLampiran = true;
  let next = 1;
  for (const line of lines) {
    if (isLampiranHeading(line.text)) beforeLampiran = false;
    const parts = beforeLampiran ? pieces(line.text, next) : [line.text];
    for (const part of parts) if (changeItemNumber(part) === next) next++;
    if (parts.length === 1) out.push(line);
    else out.push(...lineInPieces(line, parts));
  }
  return out;
}
