/**
 * A redline document as one self-contained HTML page (inline CSS, no scripts): portrait F4 pages
 * with the Perda margins, the document's caption and "- n -" at the head of each page, headings
 * centred, markers hung, deleted words struck through and inserted words underlined bold (`del` /
 * `ins`, never colour only), a moved unit's words struck twice at its old place and underlined
 * twice at its new one, each unit's Keterangan in a note under its first line. Chromium prints
 * it to PDF through `htmlToPdf`.
 */
import { escapeHtml } from '../html/render';
import { FONT_PT, FONT_STACK, LEVEL_MM, MARGIN_MM, PAGE_MM } from '../layout';
import { markChange, type RedlineDocument, type RedlinePara, type RedlineRun } from './redline-model';

/** HTML of redline runs. */
function runsHtml(runs: readonly RedlineRun[]): string {
  return runs
    .map((r) => {
      const h = escapeHtml(r.text);
      if (r.change === 'delete') return `<del>${h}</del>`;
      if (r.change === 'insert') return `<ins>${h}</ins>`;
      if (r.change === 'moveFrom') return `<del class="mv">${h}</del>`;
      return r.change === 'moveTo' ? `<ins class="mv">${h}</ins>` : h;
    })
    .join('');
}

/** One paragraph (and its note). */
function paraHtml(p: RedlinePara): string {
  const heading = p.style !== 'text' && p.style !== 'caption';
  const left = (p.indent + (p.marker ? 1 : 0)) * LEVEL_MM;
  const style = !heading && left > 0 ? ` style="margin-left:${left}mm${p.marker ? `;text-indent:-${LEVEL_MM}mm` : ''}"` : '';
  const cls = [heading ? `h ${p.style}` : p.style === 'caption' ? 'caption' : '', p.whole ? `whole-${p.whole}` : ''].filter(Boolean).join(' ');
  const marker = p.marker ? `<span class="lbl">${runsHtml(p.marker)}</span>` : '';
  const note = p.note ? `\n<p class="note">Keterangan: ${escapeHtml(p.note)}</p>` : '';
  // A paragraph break that one text has only shows as a marked pilcrow, as Word shows it.
  const changed = markChange(p);
  const mark = changed && !p.whole ? runsHtml([{ text: '\u00b6', change: changed }]) : '';
  return `<p${cls ? ` class="${cls}"` : ''}${style}>${marker}${runsHtml(p.runs)}${mark}</p>${note}`;
}

/** The stylesheet of a redline page. */
function redlineCss(caption: string): string {
  const m = MARGIN_MM;
  const head = JSON.stringify(caption).slice(1, -1);
  return `
@page { size: ${PAGE_MM.width}mm ${PAGE_MM.height}mm; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;
  @top-center { content: "${head}\\A- " counter(page) " -"; white-space: pre-wrap; font-family: ${FONT_STACK}; font-size: 8pt; vertical-align: bottom; padding-bottom: 3mm; } }
html { font-family: ${FONT_STACK}; font-size: ${FONT_PT}pt; line-height: 1.2; color: #000; background: #fff; }
body { margin: 0; }
@media screen { body { width: ${PAGE_MM.width - m.left - m.right}mm; margin: 10mm auto; } }
p { margin: 0 0 6pt 0; text-align: justify; hyphens: manual; }
p.h { text-align: center; margin: 12pt 0 0 0; break-after: avoid; }
p.judul { margin-top: 0; font-weight: bold; }
p.caption { text-align: left; break-after: avoid; }
p.note { font-size: 9pt; font-style: italic; margin: 0 0 6pt 0; padding: 1mm 2mm; border-left: 1.5pt solid #000; break-before: avoid; }
.lbl { display: inline-block; box-sizing: border-box; min-width: ${LEVEL_MM}mm; padding-right: 0.3em; text-indent: 0; }
del { text-decoration: line-through; }
ins { text-decoration: underline; font-weight: bold; }
del.mv { text-decoration: line-through double; }
ins.mv { text-decoration: underline double; font-weight: normal; }
`.trim();
}

/** The whole HTML page of a redline. */
export function redlineToHtml(r: RedlineDocument): string {
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>${escapeHtml(r.docTitle)}</title>
<style>
${redlineCss(r.caption)}
</style>
</head>
<body>
<p class="caption"><i>${escapeHtml(r.caption)}</i>. Teks yang dicoret dihapus dari teks lama; teks bergaris bawah tebal ditambahkan dalam teks baru; teks yang dipindahkan dicoret dua garis di tempat lamanya dan bergaris bawah dua garis di tempat barunya.</p>
${r.paras.map(paraHtml).join('\n')}
</body>
</html>
`;
}
