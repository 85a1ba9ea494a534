/**
 * The references of a part that read the same on both sides but point at another unit
 * (`Segment.repointed`), as the notes of the table and the matriks name them: on paper no mark's
 * title can say why "ayat (2)" is struck and "ayat (2)" inserted.
 */
import type { Segment } from './types';

/** The distinct texts of the repointed references in `segments` ("ayat (2)"), in order. */
export function repointedRefs(segments: readonly Segment[]): string[] {
  const out: string[] = [];
  for (const s of segments) {
    const text = s.text.trim();
    if (s.repointed && s.op === 'delete' && !out.includes(text)) out.push(text);
  }
  return out;
}
