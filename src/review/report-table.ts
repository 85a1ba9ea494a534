/**
 * A report as a plain table (title, header, rows of text cells) and its two renderings: HTML
 * (a standalone page, every text escaped) and CSV (RFC 4180, CRLF, UTF-8 with BOM so that
 * spreadsheet programs on Windows read the Indonesian text correctly). DOCX comes later from the
 * export module, from the same table.
 */

/** A report table. */
export interface ReportTable {
  title: string;
  /** Lines printed under the title (project, version, date). */
  subtitle: string[];
  headers: string[];
  /** Rows of cells; a cell may hold several lines ("\n"). */
  rows: string[][];
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for HTML. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESC[c] ?? c);
}

const cellHtml = (s: string) => escapeHtml(s).replace(/\n/g, '<br>');

/** The table as a standalone HTML page. */
export function tableToHtml(t: ReportTable): string {
  const head = t.headers.map((h) => `<th>${cellHtml(h)}</th>`).join('');
  const body = t.rows.map((r) => `<tr>${r.map((c) => `<td>${cellHtml(c)}</td>`).join('')}</tr>`).join('\n');
  return [
    '<!doctype html>',
    '<html lang="id"><head><meta charset="utf-8">',
    `<title>${escapeHtml(t.title)}</title>`,
    '<style>body{font-family:"Bookman Old Style",serif;font-size:11pt}table{border-collapse:collapse;width:100%}',
    'th,td{border:1px solid #000;padding:4px;vertical-align:top;text-align:left}th{background:#eee}</style>',
    '</head><body>',
    `<h1>${escapeHtml(t.title)}</h1>`,
    ...t.subtitle.map((s) => `<p>${escapeHtml(s)}</p>`),
    `<table><thead><tr>${head}</tr></thead><tbody>`,
    body,
    '</tbody></table></body></html>',
    '',
  ].join('\n');
}

const csvCell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The table as CSV (header first), with a UTF-8 byte order mark. */
export function tableToCsv(t: ReportTable): string {
  return '\uFEFF' + [t.headers, ...t.rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
