/**
 * The words of a page as text recognition gives them (tesseract.js's `blocks`), and the median of
 * a value over them: the measures a page is judged by (its words' height, their confidence).
 */

/** A recognised page: blocks of paragraphs of lines of words. */
export interface RecognisedPage<W> {
  blocks: Array<{ paragraphs: Array<{ lines: Array<{ words: W[] }> }> }> | null;
}

/** The words of `page`, in reading order. */
export function wordsOf<W>(page: RecognisedPage<W>): W[] {
  const out: W[] = [];
  for (const block of page.blocks ?? []) for (const para of block.paragraphs) for (const line of para.lines) out.push(...line.words);
  return out;
}

/** The median of `values` (of an even count, the upper middle one); undefined for none. */
export function medianOf(values: readonly number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}
