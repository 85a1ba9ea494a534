/**
 * Catchwords: the words that open a page, printed once more at the foot of the page before
 * ("8. Peraturan . . .", "Pasal 13…"), as official prints of regulations set them so that a
 * reader turning the page knows how it goes on. Text read from such a print has them as a line of
 * their own, ending in dots, just before the page break: read as text, "8. Peraturan . . ." would
 * be an item 8 of its own before the real one. A line is one when it ends in three dots or an
 * ellipsis, a page break (a page number, a form feed) follows it, and the next line of text opens
 * with its words. It is removed and listed like a page number.
 */
import type { SourceLine } from './types';

/** A line's words before the dots that end it (". . .", "...", "…"). */
const TRAILING_DOTS = /^(.*\S)\s*(?:(?:\.\s*){3,}|…)$/;
/** How many furniture lines (page numbers, running headers) may stand between a catchword and the page it opens. */
const MAX_BETWEEN = 4;

/** `text` with its runs of spaces closed up. */
function squeezed(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The indices of the catchword lines of `input`, given the lines already taken for furniture
 * (`reasons`, non-null) and those that are page numbers (`pageMarker`).
 */
export function catchwordLines(input: readonly SourceLine[], reasons: ReadonlyArray<string | null>, pageMarker: readonly boolean[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const line = input[i] as SourceLine;
    const m = reasons[i] === null ? TRAILING_DOTS.exec(line.text) : null;
    if (!m) continue;
    const words = squeezed(m[1] as string);
    if (words.length < 2) continue;
    let broke = line.pageEnd === true;
    let j = i + 1;
    for (; j < input.length && j <= i + MAX_BETWEEN && reasons[j] !== null; j++) if (pageMarker[j] || input[j]!.pageEnd) broke = true;
    const next = input[j];
    if (!next || reasons[j] !== null || !(broke || next.page !== line.page)) continue;
    const opening = squeezed(next.text);
    if (opening.startsWith(words) && (opening.length === words.length || /[\s.,;:)]/.test(opening.charAt(words.length)))) out.push(i);
  }
  return out;
}
