/**
 * The print model: a Perda laid out as a list of sections of typed blocks, independent of the
 * output format. `build-print.ts` makes it from a document; the DOCX and HTML writers render it,
 * so both outputs share one reading of the document (numbers, labels, "Dihapus.", order).
 */

/** A run of inline text, or a line break. */
export type Inline = { text: string; italic?: boolean; bold?: boolean } | { br: true };

/** Paragraph styles of the print (become Word styles and CSS classes). */
export type PrintStyle =
  | 'rancangan'
  | 'judul'
  | 'frasa'
  | 'jabatan'
  | 'preamble'
  | 'diktum'
  | 'bab'
  | 'bagian'
  | 'paragraf'
  | 'pasal'
  | 'isi'
  | 'ayat'
  | 'huruf1'
  | 'huruf2'
  | 'huruf3'
  | 'huruf4'
  | 'penutup'
  | 'tandaTangan'
  | 'lembaran'
  | 'penjelasanJudul'
  | 'penjelasanBagian'
  | 'penjelasanPasal'
  | 'penjelasanIsi'
  | 'lampiranKepala';

/** A centred line group (judul, headings, frasa, diktum lines). */
export interface CenteredBlock {
  kind: 'centered';
  style: PrintStyle;
  runs: Inline[];
  /** Keep with the next paragraph (headings). */
  keepNext: boolean;
  /** Extra space before, points. */
  spaceBefore?: number;
  /** Left indent in levels (units restated inside a change item of Pasal I); centred in what is left. */
  level?: number;
}

/**
 * Body text at an indentation level (0 = margin). With a `label`, the label hangs one level to
 * the left of the text ("(1)", "a.", "1)"), separated by a tab.
 */
export interface TextBlock {
  kind: 'text';
  style: PrintStyle;
  runs: Inline[];
  /** Level of the text's left edge (each level is LEVEL_MM). */
  level: number;
  label?: string;
  keepNext?: boolean;
  spaceBefore?: number;
  /** Left-aligned instead of justified (Penjelasan entry headings). */
  left?: boolean;
}

/** A row of the Menimbang/Mengingat/Menetapkan block: "Menimbang" | ":" | "a." | text. */
export interface PreambleBlock {
  kind: 'preamble';
  /** "Menimbang", "Mengingat", "Menetapkan" on the first row; "" on the following rows. */
  caption: string;
  /** "a.", "1."; absent for a single unlettered item and for Menetapkan. */
  label?: string;
  runs: Inline[];
  /** Nesting below the item (lists inside an item): 0 for the item itself. */
  level: number;
  spaceBefore?: number;
}

/** A flush block on the right (Ditetapkan, LAMPIRAN heading) or left (Diundangkan). */
export interface SideBlock {
  kind: 'side';
  side: 'left' | 'right';
  style: PrintStyle;
  runs: Inline[];
  spaceBefore?: number;
}

/** One block of the print. */
export type PrintBlock = CenteredBlock | TextBlock | PreambleBlock | SideBlock;

/** A part printed from a new page; page numbers restart in each part ("- 2 -" from page 2). */
export interface PrintSection {
  kind: 'batang' | 'penjelasan' | 'lampiran';
  blocks: PrintBlock[];
}

/** The whole print of one document. */
export interface PrintDocument {
  title: string;
  sections: PrintSection[];
}

/** Plain text of a run list (tests, AKN, diagnostics). */
export function runsText(runs: readonly Inline[]): string {
  return runs.map((r) => ('br' in r ? '\n' : r.text)).join('');
}

/** Runs of a plain string (no marks). */
export function plain(text: string): Inline[] {
  return text ? [{ text }] : [];
}
