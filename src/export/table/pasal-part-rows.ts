/**
 * A changed Pasal printed part by part in the comparison table: under the Pasal's own row (its
 * labels and status), one row per ayat / list item / loose paragraph, old and new side by side,
 * each with its own note ("Diubah", "Tetap", "Disisipkan", "Diubah (semula angka 15)"). Used
 * where one block per side would leave the two columns out of step (`parts-in-step.ts`), or for
 * a Pasal too long to keep on one page. Rows stay aligned by address, as drafting-rules.md 5.3
 * asks.
 */
import { newPartNames } from '../../diff/part-elsewhere';
import { changedWithParts, partsOutOfStep } from '../../diff/parts-in-step';
import { isChangeStatus } from '../../diff/status';
import { partFormChange } from '../../diff/keterangan';
import type { PartRow, PasalRow } from '../../diff/types';
import { DIHAPUS } from '../print-context';
import { runsToParas, segmentRuns } from './cell-text';
import { partNote } from './part-notes';
import { keepRowLines, rowLines } from './row-fit';
import type { TableCell, TableRow } from './table-model';
import { textPara } from './table-model';

/**
 * True when the matched, changed Pasal `row` prints part by part: its parts are out of step
 * (`partsOutOfStep`), or it has several and its one-block row (`cells`, in columns `widths` mm
 * at `fontPt`) is taller than a row kept on one page.
 */
export function printsPartByPart(row: PasalRow, cells: readonly TableCell[], widths: readonly number[], fontPt: number): boolean {
  if (partsOutOfStep(row)) return true;
  return changedWithParts(row) && rowLines(cells, widths, fontPt) > keepRowLines(fontPt);
}

/**
 * One side of a part: its marker hanging left of its text, word changes marked, set where the
 * part's layout puts it (an item a step inside its ayat; a quoted Pasal's heading centred).
 */
function partSide(p: PartRow, side: 'old' | 'new'): TableCell {
  const runs = segmentRuns(p.segments, side);
  if (!runs.some((r) => r.text.trim() !== '')) return side === 'new' && p.status === 'deleted' ? [textPara(DIHAPUS)] : [];
  const ref = side === 'old' ? p.old : p.new;
  const marker = ref?.marker ?? '';
  const paras = runsToParas(marker ? [{ text: `${marker} ` }, ...runs] : runs);
  const layout = ref?.lines?.[0];
  for (const para of paras) {
    if (layout?.heading) para.align = 'center';
    else if (layout && layout.indent > 0) para.level = (para.level ?? 0) + layout.indent;
  }
  return paras;
}

/** The note of a part row: what happened to it, with its old number when that differs. */
function partKeterangan(row: PasalRow, p: PartRow, names: ReadonlySet<string>): TableCell {
  const note = partNote(row, p, names);
  const was = note.name.indexOf(' (semula ');
  const words = `${note.words.charAt(0).toUpperCase()}${note.words.slice(1)}`;
  return [textPara(was >= 0 ? `${words}${note.name.slice(was)}` : words, { align: 'left' })];
}

/** Which parts of a Pasal printed part by part are listed: all, the changed ones, or those changed in content (not in form only). */
export type PartsShown = 'all' | 'changes' | 'content';

/** The rows of the parts of `row` that `shown` lists, in its order (new order, removed parts at their old place). */
export function partRowsOf(row: PasalRow, shown: PartsShown = 'all'): TableRow[] {
  const names = newPartNames(row.new?.label, row.parts);
  return row.parts
    .filter((p) => shown === 'all' || (isChangeStatus(p.status) && !(shown === 'content' && partFormChange(p) !== '')))
    .map((p) => ({ kind: 'row', cells: [[], partSide(p, 'old'), partSide(p, 'new'), partKeterangan(row, p, names)] }));
}
