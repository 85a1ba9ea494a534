/**
 * A review report table (the DIM or the comment report of `src/review`, plain text cells) as a
 * print table: multi-line cells become paragraphs (unit text keeps its hanging labels), a line
 * ending in ":" that names a group ("Fraksi PDI-P:") prints bold, narrow columns for numbers and
 * short words, the others sharing the width by how much text they hold.
 */
import type { ReportTable } from '../../review/report-table';
import { textToParas } from './cell-text';
import { TABLE_WIDTH_MM, textPara, type PrintTable, type TableCell, type TableColumn } from './table-model';

/** Column widths in mm: short columns (No, Status) narrow, text columns by their average length. */
export function reportWidths(t: ReportTable): number[] {
  const avg = t.headers.map((h, i) => {
    const lens = t.rows.map((r) => (r[i] ?? '').length);
    const mean = lens.length ? lens.reduce((a, b) => a + b, 0) / lens.length : 0;
    return Math.max(mean, h.length);
  });
  const narrow = avg.map((a) => a <= 12);
  const fixed = narrow.reduce((s, n, i) => s + (n ? Math.max(14, Math.min(28, (avg[i] ?? 0) * 2.4)) : 0), 0);
  const weights = avg.map((a, i) => (narrow[i] ? 0 : Math.sqrt(Math.min(a, 2000)) + 4));
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  return avg.map((a, i) => (narrow[i] ? Math.max(14, Math.min(28, a * 2.4)) : ((TABLE_WIDTH_MM - fixed) * (weights[i] ?? 0)) / sum));
}

/** A cell of plain text: group captions ("Fraksi X:") bold, structural markers hanging. */
function reportCell(text: string): TableCell {
  return textToParas(text).map((p) => {
    const plain = p.runs.map((r) => r.text).join('');
    if (!p.label && /^[^\s:][^:]{0,80}:$/.test(plain)) return { ...p, runs: p.runs.map((r) => ({ ...r, bold: true })), align: 'left' };
    return p;
  });
}

/** The print table of a review report. */
export function reportPrintTable(t: ReportTable): PrintTable {
  const widths = reportWidths(t);
  const columns: TableColumn[] = t.headers.map((h, i) => ({
    header: h.split('\n'),
    widthMm: Math.round((widths[i] ?? 20) * 10) / 10,
    align: (widths[i] ?? 0) <= 28 ? 'center' : 'left',
  }));
  return {
    docTitle: t.title,
    title: [t.title],
    intro: t.subtitle.map((s) => textPara(s, { align: 'center' })),
    columns,
    rows: t.rows.map((r) => ({ kind: 'row' as const, cells: t.headers.map((_, i) => reportCell(r[i] ?? '')) })),
  };
}
