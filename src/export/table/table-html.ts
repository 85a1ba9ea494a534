/**
 * A print table as one self-contained HTML page (inline CSS, no scripts): landscape F4 pages with
 * the Perda margins and "- n -" page numbers, the header row repeated on every printed page, rows
 * kept on one page when they fit, deleted words struck through and inserted words underlined
 * bold (`del` / `ins`). Chromium prints it to PDF through `htmlToPdf`.
 */
import { escapeHtml } from '../html/render';
import { FONT_PT, FONT_STACK, MARGIN_MM, PAGE_MM } from '../layout';
import { keepRowLines, rowLines } from './row-fit';
import { CELL_LEVEL_MM, TABLE_FONT_PT, type PrintTable, type TablePara, type TableRun } from './table-model';

/** HTML of table runs. */
export function tableRunsHtml(runs: readonly TableRun[]): string {
  return runs
    .map((r) => {
      let h = escapeHtml(r.text);
      if (r.italic) h = `<i>${h}</i>`;
      if (r.bold) h = `<b>${h}</b>`;
      if (r.change === 'delete') h = `<del>${h}</del>`;
      if (r.change === 'insert') h = `<ins>${h}</ins>`;
      return h;
    })
    .join('');
}

function paraHtml(p: TablePara, fallback: string): string {
  const level = p.level ?? 0;
  const style = [
    p.align && p.align !== fallback ? `text-align:${p.align}` : '',
    p.label ? `margin-left:${(level * CELL_LEVEL_MM).toFixed(1)}mm;text-indent:-${CELL_LEVEL_MM}mm` : level ? `margin-left:${level * CELL_LEVEL_MM}mm` : '',
  ]
    .filter(Boolean)
    .join(';');
  const label = p.label ? `<span class="lbl">${escapeHtml(p.label)}</span>` : '';
  return `<p${style ? ` style="${style}"` : ''}${p.keepNext ? ' class="keep"' : ''}>${label}${tableRunsHtml(p.runs)}</p>`;
}

/** The stylesheet of a table page. */
export function tableCss(fontPt: number): string {
  const m = MARGIN_MM;
  return `
@page { size: ${PAGE_MM.height}mm ${PAGE_MM.width}mm; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;
  @top-center { content: "- " counter(page) " -"; font-family: ${FONT_STACK}; font-size: ${FONT_PT}pt; vertical-align: bottom; padding-bottom: 4mm; } }
@page :first { @top-center { content: none; } }
html { font-family: ${FONT_STACK}; font-size: ${fontPt}pt; line-height: 1.2; color: #000; background: #fff; }
body { margin: 0; }
@media screen { body { width: ${PAGE_MM.height - m.left - m.right}mm; margin: 10mm auto; } }
h1 { font-size: ${FONT_PT}pt; font-weight: bold; text-align: center; margin: 0; }
.intro p { font-size: ${FONT_PT}pt; margin: 0 0 6pt 0; }
.intro p:first-child { margin-top: ${FONT_PT}pt; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
thead { display: table-header-group; }
th, td { border: 0.75pt solid #000; padding: 1mm 1.5mm; vertical-align: top; }
th { background: #d9d9d9; font-weight: bold; text-align: center; }
th p, td p { margin: 0 0 3pt 0; text-align: justify; hyphens: manual; }
td.center p { text-align: center; }
td.left p { text-align: left; }
tr.fit { break-inside: avoid; }
tr.group td { background: #f2f2f2; break-after: avoid; }
tr.group td p { text-align: left; }
p.keep { break-after: avoid; }
.lbl { display: inline-block; width: ${CELL_LEVEL_MM}mm; text-indent: 0; }
del { text-decoration: line-through; }
ins { text-decoration: underline; font-weight: bold; }
`.trim();
}

/** The whole HTML page of a print table. */
export function tableToHtml(t: PrintTable): string {
  const fontPt = t.fontPt ?? TABLE_FONT_PT;
  const widths = t.columns.map((c) => c.widthMm);
  const total = widths.reduce((a, b) => a + b, 0);
  const maxLines = keepRowLines(fontPt);
  const cols = t.columns.map((c) => `<col style="width:${((c.widthMm / total) * 100).toFixed(2)}%">`).join('');
  const head = t.columns.map((c) => `<th>${c.header.map(escapeHtml).join('<br>')}</th>`).join('');
  const body = t.rows
    .map((r) => {
      if (r.kind === 'group') return `<tr class="group"><td colspan="${t.columns.length}"><p><b>${tableRunsHtml(r.runs)}</b></p></td></tr>`;
      const fit = rowLines(r.cells, widths, fontPt) <= maxLines ? ' class="fit"' : '';
      const cells = r.cells.map((c, i) => {
        const align = t.columns[i]?.align ?? 'justify';
        return `<td${align !== 'justify' ? ` class="${align}"` : ''}>${c.map((p) => paraHtml(p, align)).join('')}</td>`;
      });
      return `<tr${fit}>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>${escapeHtml(t.docTitle)}</title>
<style>
${tableCss(fontPt)}
</style>
</head>
<body>
${t.title.map((l) => `<h1>${escapeHtml(l)}</h1>`).join('\n')}
<div class="intro">${t.intro.map((p) => paraHtml(p, 'left')).join('')}</div>
<table>
<colgroup>${cols}</colgroup>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>
</body>
</html>
`;
}
