/**
 * Page furniture as a scanned print's text layer varies it from page to page (Perpres 70/2023):
 * a serial number at the foot of each sheet ("SK No 191076 A", "SK No l34l77A": a number of its
 * own per sheet, not in page order), and a running header that text recognition misreads or cuts
 * short on some pages ("REPUBUK INDONESIA", "BLIK INDONESIA", "PRES!DEN" for the "REPUBLIK
 * INDONESIA" and "PRESIDEN" the other pages repeat). Both are found only next to page breaks.
 */
import { distance } from 'fastest-levenshtein';
import { readDigits } from '../model/misread-digits';
import type { SourceLine } from './types';

/** The one number of a serial line: four characters at least, digits (two at least) and the letters they are misread as. */
const SERIAL_NUMBER = /[0-9lIO|]{4,}/g;

/** What a serial line reads apart from its number ("SKNo#A") and that number read back, or null when it is none. */
function serialShape(text: string): { shape: string; number: string } | null {
  if (text.length > 40 || !/\d/.test(text)) return null;
  const closed = text.replace(/\s+/g, '');
  if (closed.length > 30) return null;
  const numbers = (closed.match(SERIAL_NUMBER) ?? []).filter((n) => /\d.*\d/.test(n));
  if (numbers.length !== 1) return null;
  const shape = closed.replace(numbers[0] as string, '#');
  return /\d/.test(shape) || !/\p{L}/u.test(shape) ? null : { shape, number: readDigits(numbers[0] as string) };
}

/** How many lines from a page number a serial line may stand: a catchword and the running header may come between. */
const SERIAL_REACH = 6;

/**
 * Lines near page breaks (within `SERIAL_REACH` lines of a `pageMarker`; not yet taken: `reasons`
 * null, not `structural`) that read alike but for one number of their own ("SK No 191075 A", "SK
 * No 191100 A"), on a good share of the pages (`minRepeats`) and with several numbers.
 */
export function serialLines(input: readonly SourceLine[], pageMarker: readonly boolean[], reasons: ReadonlyArray<string | null>, minRepeats: number, structural: (text: string) => boolean): number[] {
  const near = (i: number) => pageMarker.slice(Math.max(0, i - SERIAL_REACH), i + SERIAL_REACH + 1).includes(true);
  const groups = new Map<string, { at: number[]; numbers: Set<string> }>();
  input.forEach((l, i) => {
    if (reasons[i] !== null) return;
    const serial = serialShape(l.text);
    if (serial === null || structural(l.text) || !near(i)) return;
    const g = groups.get(serial.shape) ?? { at: [], numbers: new Set<string>() };
    g.at.push(i);
    g.numbers.add(serial.number);
    groups.set(serial.shape, g);
  });
  return [...groups.values()].flatMap((g) => (g.at.length >= minRepeats && g.numbers.size > 1 ? g.at : []));
}

/** True when `text` has a run of two small letters (a sentence's words, not a header in capitals). */
const HAS_SMALL_LETTERS = /\p{Ll}{2}/u;

/**
 * Lines next to page breaks (`near`, not yet taken, not `structural`) that read as one of the
 * running lines (`running`) misread: within a quarter of its letters (two at least) of it by
 * edits, at least three fifths as long, and, where the running line is in capitals, without small
 * letters.
 */
export function misreadRunningLines(input: readonly SourceLine[], near: readonly boolean[], reasons: ReadonlyArray<string | null>, running: readonly string[], structural: (text: string) => boolean): number[] {
  const out: number[] = [];
  input.forEach((l, i) => {
    const t = l.text;
    if (!near[i] || reasons[i] !== null || t.length > 80 || structural(t)) return;
    const misread = running.some((r) => {
      const most = Math.max(2, Math.floor(r.length / 4));
      // No fewer edits than the lengths differ by.
      if (t.length < r.length * 0.6 || t.length > r.length + most || (!HAS_SMALL_LETTERS.test(r) && HAS_SMALL_LETTERS.test(t))) return false;
      return distance(t, r) <= most;
    });
    if (misread) out.push(i);
  });
  return out;
}
