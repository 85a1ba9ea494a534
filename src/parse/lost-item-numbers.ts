/**
 * Change items whose numbers a scanned print's text layer lost: text recognition sets the item
 * numbers of Pasal I apart from their lines (PP 25/2024: "Ketentuan ayat (3) huruf d Pasal 22
 * diubah sehingga berbunyi sebagai berikut:" with its "2" on a line of its own elsewhere on the
 * page; items 2 to 5 and 7 to 9 so). Read without a number, such an instruction is words of the
 * item before, and its change is lost. Where the numbered items skip numbers and exactly as many
 * whole instructions without a number stand between them, each of those takes the next number;
 * after the last numbered item, where the numbers they would take stand alone elsewhere in Pasal I.
 */
import { actionOf, opensInstruction } from './amendment';
import { readHeading } from './patterns';
import type { SourceLine } from './types';

/** A change item's number at the start of a line ("6.", "6", "6)") and the instruction after it. */
const NUMBERED = /^(\d{1,3})[.),]?\s+(.*)$/;

/** A change item's number alone on its line. */
const LONE_NUMBER = /^(\d{1,3})[.)]?$/;

/** How an instruction ends before the units it restates, or as a deletion. */
const INSTRUCTION_END = /(?:berikut|berbunyi)\s*:\s*$|\bdihapus\.\s*$/i;

/** How many lines an instruction may take. */
const INSTRUCTION_LINES = 5;

/** The index of the last line of the instruction that opens at `i` (at most `INSTRUCTION_LINES` lines), or -1 when it never ends as one. */
function instructionEnd(lines: readonly SourceLine[], i: number, first: string): number {
  let text = first;
  for (let j = i; j < Math.min(lines.length, i + INSTRUCTION_LINES); j++) {
    if (j > i) text = `${text} ${(lines[j] as SourceLine).text}`;
    if (INSTRUCTION_END.test(text)) return actionOf(text) !== null ? j : -1;
    if (/[.:]\s*$/.test(text)) return -1;
  }
  return -1;
}

/**
 * True when the line at `i` may open an instruction that lost its number: it opens with a capital
 * (not a number, not a wrapped "ayat (2), …"), after a line that ends a sentence or clause, a
 * title in capitals ("Secara Prioritas"), or a number alone.
 */
function opensSentence(lines: readonly SourceLine[], i: number): boolean {
  if (!/^\p{Lu}/u.test((lines[i] as SourceLine).text)) return false;
  const prev = lines[i - 1]?.text;
  return prev === undefined || /[.;:”"]\s*$/.test(prev) || /^\p{Lu}\S*(?:\s+\p{Lu}\S*)*$/u.test(prev) || LONE_NUMBER.test(prev);
}

/**
 * `lines` (Pasal I's) with the lost number of each change item restored where the numbered items
 * leave exactly room for it; `removedNumbers`: numbers standing alone in Pasal I that the page
 * furniture took for page numbers (a number set apart at the head of a page reads as one).
 */
export function restoreLostItemNumbers(lines: readonly SourceLine[], removedNumbers: readonly number[] = []): SourceLine[] {
  const starts: Array<{ at: number; n: number | null }> = [];
  // The lines of an instruction found: a line inside one ("angka 39 diubah, sehingga …") opens none.
  let inside = -1;
  lines.forEach((line, i) => {
    if (i <= inside || readHeading(line.text) !== null) return;
    // An item's number alone on its line ("2" / "Pasal 3 diubah, …", a print whose justified lines came apart).
    const lone = LONE_NUMBER.exec(line.text);
    const numbered = lone ? null : NUMBERED.exec(line.text);
    const from = lone ? i + 1 : i;
    const words = lone ? (lines[i + 1]?.text ?? '') : numbered ? (numbered[2] as string) : opensSentence(lines, i) ? line.text : null;
    const end = words !== null && opensInstruction(words) ? instructionEnd(lines, from, words) : -1;
    if (end < 0) return;
    starts.push({ at: i, n: lone ? Number(lone[1]) : numbered ? Number(numbered[1]) : null });
    inside = end;
  });
  const out = [...lines];
  /** Number the instructions at `ats` after item `after`. */
  const number = (ats: readonly number[], after: number) => ats.forEach((at, k) => {
    const line = out[at] as SourceLine;
    out[at] = { ...line, text: `${after + 1 + k}. ${line.text}` };
  });
  let last = 0;
  let since: number[] = [];
  for (const s of starts) {
    if (s.n === null) {
      since.push(s.at);
      continue;
    }
    if (since.length > 0 && s.n - last - 1 === since.length) number(since, last);
    last = s.n;
    since = [];
  }
  // After the last numbered item the count is not bounded: the numbers set apart must stand alone
  // somewhere in Pasal I ("2" at the head of the next page, Perpres 97/2025), each once.
  const lone = new Set([...removedNumbers, ...lines.flatMap((l, i) => (LONE_NUMBER.test(l.text) && !starts.some((s) => s.at === i) ? [Number.parseInt(l.text, 10)] : []))]);
  if (since.length > 0 && since.every((_, k) => lone.has(last + 1 + k))) number(since, last);
  return out;
}
