/**
 * One source line cut into pieces, each a line of its own at the line's column: the first keeps
 * the blank line before it, the last the page break after it. Used where units or headings a
 * source ran together are set apart (`split-headings.ts`, `run-in-units.ts`, `run-in-closing.ts`).
 */
import type { SourceLine } from './types';

/** The lines `texts` make of `line` (its pieces, in order). */
export function lineInPieces(line: SourceLine, texts: readonly string[]): SourceLine[] {
  const lead = line.raw.slice(0, line.indent);
  return texts.map((text, k) => ({
    ...line,
    text,
    raw: lead + text,
    blankBefore: k === 0 ? line.blankBefore : false,
    pageEnd: k === texts.length - 1 ? line.pageEnd : undefined,
  }));
}

/** A piece cut from a line, trimmed, without a web page's underline mark left at its end ("… KPU. __" before a unit run in after it). */
export function trimmedPiece(text: string): string {
  return text.replace(/\s+_{2,}\s*$/, '').trim();
}
