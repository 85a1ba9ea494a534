/**
 * Catchwords: the words that open a page, printed once more at the foot of the page before
 * ("8. Peraturan . . .", "Pasal 13…"), as official prints of regulations set them so that a
 * reader turning the page knows how it goes on. Text read from such a print has them as a line of
 * their own, ending in dots, just before the page break: read as text, "8. Peraturan . . ." would
 * be an item 8 of its own before the real one. A line is one when it ends in three dots or an
 * ellipsis, a page break (a page number, a form feed) follows it, and the next line of text opens
 * with its words. It is removed and listed like a page number. A scanned print's text layer may
 * lose the space after the catchword's marker or heading word ("f.memberikan...", "BABI..." above
 * "f. memberikan …", "BAB I"), and some prints set a heading's catchword without dots ("BAB IV",
 * "Bagian" at the foot of the page that "BAB IV" or "Bagian Keempat" opens; Perpres 70/2023): a
 * heading twice, or a lone heading word, is never the text. A catchword ending in dots may read
 * one letter otherwise than the line it repeats ("BABTII ..." above "BAB III").
 */
import { distance } from 'fastest-levenshtein';
import { LONE_AYAT } from './displaced-markers';
import { readHeading } from './patterns';
import type { SourceLine } from './types';

/** A line's words before the dots that end it (". . .", "...", "…"). */
const TRAILING_DOTS = /^(.*\S)\s*(?:(?:\.\s*){3,}|…)$/;
/** A heading, or its first word, that a print may set as a catchword without dots (three words at most). */
const UNDOTTED_HEADING = /^(?:BAB|Bagian|Paragraf|Pasal)(?:\s+\S+){0,2}$/;

/** The words of the catchword `text` would be, dots cut off, and whether it ends in dots; or null. */
function catchwordWords(text: string): { words: string; dotted: boolean } | null {
  const m = TRAILING_DOTS.exec(text);
  if (m) return { words: squeezed(m[1] as string), dotted: true };
  if (!/^\s*(?:BAB|Bagian|Paragraf|Pasal)/.test(text)) return null;
  // "Pasal27." as a scan's text gives the catchword of "Pasal27" (Perpres 61/2024): one stop, no space.
  const words = squeezed(text).replace(/\.$/, '');
  return UNDOTTED_HEADING.test(words) || readHeading(words) !== null ? { words, dotted: false } : null;
}

/** How long a catchword's words must be (spaces closed up) for one letter of it to be taken as misread. */
const MISREAD_MIN = 5;

/**
 * True when `opening`'s first characters, spaces closed up, are `words` with one letter misread
 * ("BABTII" / "BAB III", "Pasa112" / "Pasal 12"): a scanned print's text recognition reads the
 * catchword and the line it repeats apart.
 */
function opensWithMisread(opening: string, words: string): boolean {
  const closed = words.replace(/\s/g, '');
  return closed.length >= MISREAD_MIN && distance(closed, opening.replace(/\s/g, '').slice(0, closed.length)) <= 1;
}

/** True when `opening` starts with `words`, whole words, or with them once the spaces of its first few words are closed up ("f.memberikan" / "f. memberikan"). */
function opensWith(opening: string, words: string): boolean {
  if (opening.startsWith(words) && (opening.length === words.length || /[\s.,;:)]/.test(opening.charAt(words.length)))) return true;
  const closed = words.replace(/\s/g, '');
  let joined = '';
  for (const w of opening.split(' ').slice(0, 4)) {
    joined += w;
    if (joined === closed) return true;
    if (joined.length >= closed.length) return false;
  }
  return false;
}

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
    const caught = reasons[i] === null ? catchwordWords(line.text) : null;
    if (caught === null || caught.words.length < 2) continue;
    const words = caught.words;
    let broke = line.pageEnd === true;
    let j = i + 1;
    let markers = 0;
    for (; j < input.length && j <= i + MAX_BETWEEN + markers && (reasons[j] !== null || LONE_AYAT.test(input[j]!.text)); j++) {
      // An ayat's marker set after its paragraph (`displaced-markers.ts`) may stand between the catchword and the break.
      if (reasons[j] === null) markers++;
      if (pageMarker[j] || input[j]!.pageEnd) broke = true;
    }
    const next = input[j];
    if (!next || reasons[j] !== null || !(broke || next.page !== line.page)) continue;
    const opening = squeezed(next.text);
    if (opensWith(opening, words) || (caught.dotted && opensWithMisread(opening, words))) out.push(i);
  }
  return out;
}
