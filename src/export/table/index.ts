/**
 * The table exports: the matriks perbandingan (comparison table), the comment report and the DIM
 * as landscape F4 DOCX, print HTML and PDF (HTML through Chromium), from one print table model.
 */
import type { Node } from 'prosemirror-model';
import { compareDocs } from '../../diff/compare';
import type { ReportTable } from '../../review/report-table';
import { htmlToPdf } from '../export-pdf';
import type { ExportOptions } from '../options';
import { comparisonTable } from './comparison-table';
import { docLabel } from './doc-label';
import { reportPrintTable } from './report-print';
import { tableToDocx } from './table-docx';
import { tableToHtml } from './table-html';
import type { PrintTable } from './table-model';

export { comparisonTable, comparisonSummary, changeLegend, type ComparisonTableOptions } from './comparison-table';
export { reportPrintTable, reportWidths } from './report-print';
export { tableToDocx, tableToDocument, tableOf, tableRuns, TABLE_STYLES } from './table-docx';
export { tableToHtml, tableCss, tableRunsHtml } from './table-html';
export { docLabel } from './doc-label';
export { runsToParas, segmentRuns, textToParas } from './cell-text';
export { partNotes } from './part-notes';
export type { PrintTable, TableRow, TableCell, TablePara, TableRun, TableColumn } from './table-model';

/** Output formats of a table. */
export type TableFormat = 'docx' | 'html' | 'pdf';

/** Render a print table: DOCX and PDF as bytes, HTML as text. */
export async function renderTable(t: PrintTable, format: TableFormat): Promise<Uint8Array | string> {
  switch (format) {
    case 'docx':
      return tableToDocx(t);
    case 'html':
      return tableToHtml(t);
    case 'pdf':
      return htmlToPdf(tableToHtml(t));
  }
}

/** Options of `exportComparison`. */
export interface ComparisonExportOptions extends Pick<ExportOptions, 'region'> {
  /** Names of the two texts (default: their judul). */
  oldLabel?: string;
  newLabel?: string;
  subtitle?: string[];
  /** List only the changes. */
  changesOnly?: boolean;
  /** List only the changes of content (no change of spelling, capitals or punctuation only). */
  contentOnly?: boolean;
}

/** The print table comparing `base` (old) with `draft` (new). */
export function comparisonPrintTable(base: Node, draft: Node, opts: ComparisonExportOptions = {}): PrintTable {
  return comparisonTable(compareDocs(base, draft), {
    oldLabel: opts.oldLabel ?? docLabel(base, opts),
    newLabel: opts.newLabel ?? docLabel(draft, opts),
    subtitle: opts.subtitle,
    changesOnly: opts.changesOnly,
    contentOnly: opts.contentOnly,
  });
}

/** The matriks perbandingan of `base` and `draft` in `format`. */
export async function exportComparison(base: Node, draft: Node, format: TableFormat, opts: ComparisonExportOptions = {}): Promise<Uint8Array | string> {
  return renderTable(comparisonPrintTable(base, draft, opts), format);
}

/** A review report (DIM, comment report) in `format`. */
export async function exportReport(table: ReportTable, format: TableFormat): Promise<Uint8Array | string> {
  return renderTable(reportPrintTable(table), format);
}
