/**
 * The print model of a landscape table document (matriks perbandingan, laporan komentar, DIM):
 * title lines, an introduction (summary, legend), columns with widths, and rows of cells whose
 * paragraphs carry runs marked as inserted or deleted. `table-docx.ts` and `table-html.ts`
 * render it, so both outputs share one reading of the data.
 */

/** A run of text; `change` marks a word change (deleted: struck through; inserted: underlined bold). */
export interface TableRun {
  text: string;
  change?: 'insert' | 'delete';
  bold?: boolean;
  italic?: boolean;
}

/** A paragraph of a cell. With `label` ("(1)", "a."), the label hangs left of the text at `level`. */
export interface TablePara {
  runs: TableRun[];
  label?: string;
  /** Indentation level of the text (0 = the cell's edge). */
  level?: number;
  align?: 'left' | 'center' | 'justify';
  /** Keep with the next paragraph (unit labels above their text). */
  keepNext?: boolean;
}

/** A cell: its paragraphs. */
export type TableCell = TablePara[];

/** A column: its heading lines and width in millimetres. */
export interface TableColumn {
  header: string[];
  widthMm: number;
  /** Alignment of the column's paragraphs that set none (default justify). */
  align?: 'left' | 'center' | 'justify';
}

/** A data row, or a caption row spanning every column ("Batang Tubuh", "BAB II …"). */
export type TableRow = { kind: 'row'; cells: TableCell[] } | { kind: 'group'; runs: TableRun[] };

/** A whole table document. */
export interface PrintTable {
  /** File metadata title. */
  docTitle: string;
  /** Centred title lines. */
  title: string[];
  /** Paragraphs between the title and the table (summary, legend, source lines). */
  intro: TablePara[];
  columns: TableColumn[];
  rows: TableRow[];
  /** Font size of the table body in points (default 11). */
  fontPt?: number;
}

/** Default body size of tables, points. */
export const TABLE_FONT_PT = 11;

/** Usable width of a landscape F4 page (330 mm minus the 30 + 20 mm side margins). */
export const TABLE_WIDTH_MM = 280;

/** Hanging indent per level inside a cell, millimetres. */
export const CELL_LEVEL_MM = 8;

/** Plain text of a cell (tests, size estimates). */
export function cellText(cell: TableCell): string {
  return cell.map((p) => (p.label ? `${p.label} ` : '') + p.runs.map((r) => r.text).join('')).join('\n');
}

/** One paragraph of plain text. */
export function textPara(text: string, extra: Omit<TablePara, 'runs'> = {}): TablePara {
  return { runs: text ? [{ text }] : [], ...extra };
}
