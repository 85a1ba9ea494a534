/**
 * The inline print stylesheet of the HTML export: F4 pages with the Perda margins, Bookman Old
 * Style 12 pt, "- n -" page numbers centred at the top from page 2, hanging indents of 10 mm per
 * level, the Menimbang/Mengingat columns, headings kept with the next paragraph.
 */
import { FONT_PT, FONT_STACK, LEVEL_MM, MARGIN_MM, PAGE_MM, PREAMBLE_MM, RIGHT_BLOCK_MM, SPACE_AFTER_PT } from '../layout';

/** The stylesheet text. */
export function printCss(): string {
  const m = MARGIN_MM;
  return `
@page { size: ${PAGE_MM.width}mm ${PAGE_MM.height}mm; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;
  @top-center { content: "- " counter(page) " -"; font-family: ${FONT_STACK}; font-size: ${FONT_PT}pt; vertical-align: bottom; padding-bottom: 4mm; } }
@page :first { @top-center { content: none; } }
html { font-family: ${FONT_STACK}; font-size: ${FONT_PT}pt; line-height: 1.17; color: #000; background: #fff; font-kerning: none; font-variant-ligatures: none; }
body { margin: 0; }
@media screen { body { width: ${PAGE_MM.width - m.left - m.right}mm; margin: 10mm auto; } .part + .part { border-top: 1px dashed #999; padding-top: 10mm; margin-top: 10mm; } }
.part + .part { break-before: page; }
p { margin: 0 0 ${SPACE_AFTER_PT}pt 0; text-align: justify; hyphens: manual; orphans: 2; widows: 2; }
p.c { text-align: center; margin-bottom: 0; break-after: avoid; break-inside: avoid; }
p.t { padding-left: 0; }
p.left { text-align: left; }
p.keep { break-after: avoid; break-inside: avoid; }
.lbl { display: inline-block; width: ${LEVEL_MM}mm; text-indent: 0; }
.pre { display: grid; grid-template-columns: ${PREAMBLE_MM.colon}mm ${PREAMBLE_MM.label - PREAMBLE_MM.colon}mm ${PREAMBLE_MM.text - PREAMBLE_MM.label}mm 1fr; margin: 0 0 ${SPACE_AFTER_PT}pt 0; break-inside: avoid; }
.pre > .txt { text-align: justify; }
.pre.nolbl > .txt { grid-column: 3 / 5; }
.side { text-align: left; margin-bottom: 0; break-inside: avoid; }
.side.right { margin-left: ${RIGHT_BLOCK_MM}mm; }
`.trim();
}
