/**
 * The print model as one self-contained HTML page (inline CSS, no scripts), the same layout as
 * the DOCX: used for printing and, through Chromium, for PDF.
 */
import { LEVEL_MM, PREAMBLE_MM } from '../layout';
import type { Inline, PrintBlock, PrintDocument } from '../print-model';
import { printCss } from './css';

/** Escape text for HTML content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** HTML of print runs. */
export function runsHtml(runs: readonly Inline[]): string {
  return runs
    .map((r) => {
      if ('br' in r) return '<br>';
      let h = escapeHtml(r.text);
      if (r.italic) h = `<i>${h}</i>`;
      if (r.bold) h = `<b>${h}</b>`;
      return h;
    })
    .join('');
}

const before = (pt: number | undefined) => (pt ? `margin-top:${pt}pt;` : '');

/** HTML of one print block. */
export function blockHtml(b: PrintBlock): string {
  switch (b.kind) {
    case 'centered':
      return `<p class="c s-${b.style}"${b.spaceBefore || b.level ? ` style="${before(b.spaceBefore)}${b.level ? `margin-left:${b.level * LEVEL_MM}mm;` : ''}"` : ''}>${runsHtml(b.runs) || '&nbsp;'}</p>`;
    case 'text': {
      const cls = ['t', `s-${b.style}`, b.left ? 'left' : '', b.keepNext ? 'keep' : ''].filter(Boolean).join(' ');
      const style = `margin-left:${b.level * LEVEL_MM}mm;${b.label ? `text-indent:-${LEVEL_MM}mm;` : ''}${before(b.spaceBefore)}`;
      const label = b.label ? `<span class="lbl">${escapeHtml(b.label)}</span>` : '';
      return `<p class="${cls}" style="${style}">${label}${runsHtml(b.runs)}</p>`;
    }
    case 'preamble': {
      if (b.level > 0) {
        const left = PREAMBLE_MM.text + b.level * LEVEL_MM;
        const label = b.label ? `<span class="lbl">${escapeHtml(b.label)}</span>` : '';
        return `<p class="t s-preamble" style="margin-left:${left}mm;${b.label ? `text-indent:-${LEVEL_MM}mm;` : ''}">${label}${runsHtml(b.runs)}</p>`;
      }
      const cls = b.label ? 'pre' : 'pre nolbl';
      const label = b.label ? `<span class="lbl">${escapeHtml(b.label)}</span>` : '';
      return `<div class="${cls}"${b.spaceBefore ? ` style="${before(b.spaceBefore)}"` : ''}><span class="cap">${escapeHtml(b.caption)}</span><span class="col">${b.caption ? ':' : ''}</span>${label}<span class="txt">${runsHtml(b.runs)}</span></div>`;
    }
    case 'side':
      return `<p class="side ${b.side} s-${b.style}"${b.spaceBefore ? ` style="${before(b.spaceBefore)}"` : ''}>${runsHtml(b.runs) || '&nbsp;'}</p>`;
  }
}

/** The whole HTML page of a print model. */
export function printToHtml(print: PrintDocument): string {
  const parts = print.sections
    .map((s) => `<section class="part part-${s.kind}">\n${s.blocks.map(blockHtml).join('\n')}\n</section>`)
    .join('\n');
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>${escapeHtml(print.title)}</title>
<style>
${printCss()}
</style>
</head>
<body>
${parts}
</body>
</html>
`;
}

