/**
 * A rough height estimate of a table row, to ask Word and Chromium not to split a row across
 * pages only when it fits on one page (a taller row must split, or it would be cut off).
 */
import { CELL_LEVEL_MM, type TableCell } from './table-model';

/** Average advance of a Bookman Old Style character, in ems (a wide face). */
const CHAR_EM = 0.56;

/** Lines a cell takes in a column `widthMm` wide at `fontPt`. */
export function cellLines(cell: TableCell, widthMm: number, fontPt: number): number {
  const charMm = (fontPt * CHAR_EM * 25.4) / 72;
  let lines = 0;
  for (const p of cell) {
    const usable = Math.max(10, widthMm - 3 - (p.level ?? 0) * CELL_LEVEL_MM);
    const perLine = Math.max(8, Math.floor(usable / charMm));
    const chars = p.runs.reduce((n, r) => n + r.text.length, 0);
    lines += Math.max(1, Math.ceil(chars / perLine));
  }
  return lines;
}

/** Lines of the tallest cell of a row. */
export function rowLines(cells: readonly TableCell[], widthsMm: readonly number[], fontPt: number): number {
  return Math.max(1, ...cells.map((c, i) => cellLines(c, widthsMm[i] ?? 50, fontPt)));
}

/**
 * The tallest row kept on one page, in lines: half of a landscape F4 page (170 mm of text height
 * less the header row). Taller rows may split, so that a long Pasal does not leave most of a
 * page blank before it.
 */
export function keepRowLines(fontPt: number): number {
  const lineMm = (fontPt * 1.25 * 25.4) / 72;
  return Math.floor(75 / lineMm);
}
