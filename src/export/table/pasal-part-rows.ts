/**
 * A changed Pasal printed part by part in the comparison table: under the Pasal's own row (its
 * labels and status), one row per ayat / list item / loose paragraph, old and new side by side,
 * each with its own note ("Diubah", "Tetap", "Disisipkan", "Dihapus (semula angka 15)"). Used
 * where one block per side would leave the two columns out of step: a part inserted, deleted,
 * moved, merged or split (old angka 11 beside new angka 12 in a definitions Pasal), or a Pasal too
 * long to keep on one page. Rows stay aligned by address, as drafting-rules.md 5.3 asks.
 */
import type { PartRow, PasalRow } from '../../diff/types';
import { DIHAPUS } from '../print-context';
import { runsToParas, segmentRuns } from './cell-text';
import { partNote } from './part-notes';
import { keepRowLines, rowLines } from './row-fit';
import type { TableCell, TableRow } from './table-model';
import { textPara } from './table-model';

/** Part statuses after which one block per side no longer puts like parts side by side. */
const SHIFTING: ReadonlySet<PartRow['status']> = new Set(['inserted', 'deleted', 'moved', 'split', 'merged']);

/**
 * True when the matched, changed Pasal `row` prints part by part: it has parts, and one of them
 * shifts the sides, or its one-block row (`cells`, in columns `widths` mm at `fontPt`) is taller
 * than a row kept on one page.
 */
export function printsPartByPart(row: PasalRow, cells: readonly TableCell[], widths: readonly number[], fontPt: number): boolean {
  if (!row.old || !row.new || !row.textChanged || row.parts.length < 2) return false;
  return row.parts.some((p) => SHIFTING.has(p.status)) || rowLines(cells, widths, fontPt) > keepRowLines(fontPt);
}

/** One side of a part: its marker hanging left of its text, word changes marked. */
function partSide(p: PartRow, side: 'old' | 'new'): TableCell {
  const runs = segmentRuns(p.segments, side);
  if (!runs.some((r) => r.text.trim() !== '')) return side === 'new' && p.status === 'deleted' ? [textPara(DIHAPUS)] : [];
  const marker = (side === 'old' ? p.old : p.new)?.marker ?? '';
  return runsToParas(marker ? [{ text: `${marker} ` }, ...runs] : runs);
}

/** The note of a part row: what happened to it, with its old number when that differs. */
function partKeterangan(row: PasalRow, p: PartRow): TableCell {
  const note = partNote(row, p);
  const was = note.name.indexOf(' (semula ');
  const words = `${note.words.charAt(0).toUpperCase()}${note.words.slice(1)}`;
  return [textPara(was >= 0 ? `${words}${note.name.slice(was)}` : words, { align: 'left' })];
}

/** The rows of the parts of `row`, in its order (new order, removed parts at their old place). */
export function partRowsOf(row: PasalRow): TableRow[] {
  return row.parts.map((p) => ({ kind: 'row', cells: [[], partSide(p, 'old'), partSide(p, 'new'), partKeterangan(row, p)] }));
}
