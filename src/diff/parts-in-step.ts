/**
 * Whether a changed Pasal reads well as one block per side. When one of its ayat or items was
 * inserted, deleted, moved, merged or split, the two blocks no longer put like parts side by
 * side (old angka 11 beside new angka 12 in a definitions Pasal): the table and the exported
 * matriks then show the Pasal part by part, each old part beside its new one. The table does so
 * too for a changed Pasal longer than about a screen (a definitions Pasal, a long list, an
 * amending instrument's Pasal I), so a word changed in its angka 16 is found in that part's row,
 * beside its note, and "Hanya perubahan" leaves the unchanged parts out; the matriks has its own
 * measure for that, the height of a page (`export/table/pasal-part-rows.ts`).
 */
import { sideSegments } from './side-text';
import type { PartRow, PasalRow } from './types';

/** Part statuses after which one block per side no longer puts like parts side by side. */
const SHIFTING: ReadonlySet<PartRow['status']> = new Set(['inserted', 'deleted', 'moved', 'split', 'merged']);

/**
 * Characters of text past which a Pasal is read part by part in the table: about a screen of
 * the tab's text column (some 45 characters a line, 18 px a line, at 1440 x 1000). The corpus
 * Pasal above it are the definitions Pasal and the long lists (tariffs, obligations).
 */
export const LONG_PASAL_CHARS = 2000;

/** True when `row` is matched and changed and has several parts (only such a Pasal is ever shown part by part). */
export function changedWithParts(row: PasalRow): boolean {
  return row.old !== null && row.new !== null && row.textChanged && row.parts.length >= 2;
}

/** True when `row` is a matched, changed Pasal of several parts one of which shifts the sides. */
export function partsOutOfStep(row: PasalRow): boolean {
  return changedWithParts(row) && row.parts.some((p) => SHIFTING.has(p.status));
}

/** Characters of one side of `row` as its word diff prints it (no side's text is rendered for it). */
function sideLength(row: PasalRow, side: 'old' | 'new'): number {
  let n = 0;
  for (const s of sideSegments(row.segments, side)) n += s.text.length;
  return n;
}

/**
 * True when the comparison table shows `row` part by part: its parts are out of step, or it is
 * a changed Pasal of several parts whose text on either side is longer than `LONG_PASAL_CHARS`.
 */
export function readsPartByPart(row: PasalRow): boolean {
  if (!changedWithParts(row)) return false;
  return partsOutOfStep(row) || sideLength(row, 'old') > LONG_PASAL_CHARS || sideLength(row, 'new') > LONG_PASAL_CHARS;
}
