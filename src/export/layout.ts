/**
 * The print layout of a Perda (drafting-rules.md 4.3), one set of figures for DOCX and HTML:
 * F4 paper, margins, Bookman Old Style 12 pt, 10 mm hanging indent per level, the columns of the
 * Menimbang/Mengingat block.
 */

/** Page size in millimetres (F4). */
export const PAGE_MM = { width: 215, height: 330 } as const;

/** Page margins in millimetres (T20 B25 L30 R20) and the header distance. */
export const MARGIN_MM = { top: 20, bottom: 25, left: 30, right: 20, header: 10 } as const;

/** The typeface and its fallbacks (URW Bookman is metric-compatible). */
export const FONT = 'Bookman Old Style';
/** CSS font stack for the HTML print. */
export const FONT_STACK = '"Bookman Old Style", "URW Bookman", "URW Bookman L", "TeX Gyre Bonum", serif';
/** Body font size in points. */
export const FONT_PT = 12;
/** Space after a body paragraph, in points. */
export const SPACE_AFTER_PT = 6;
/** Space before a heading group (BAB, Bagian, Paragraf, Pasal), in points. */
export const HEADING_SPACE_PT = 12;

/** Hanging indent per level (ayat, huruf, angka, ...), millimetres. */
export const LEVEL_MM = 10;

/** Columns of the Menimbang/Mengingat/Menetapkan block: caption, colon, label, text (mm from margin). */
export const PREAMBLE_MM = { colon: 30, label: 34, text: 42 } as const;

/** Left edge of the right-hand blocks (Ditetapkan, LAMPIRAN heading), mm from the left margin. */
export const RIGHT_BLOCK_MM = 85;

/** Millimetres to twentieths of a point (Word's twips). */
export function mmToTwip(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}
