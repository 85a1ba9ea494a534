/**
 * A print table as DOCX: landscape F4 (330 x 215 mm) with the Perda margins and "- n -" page
 * numbers (the shared `f4Section`), the Perda Word styles plus two table styles, the header row
 * repeated on every page, rows kept on one page when they fit, word changes as struck-through
 * (deleted) and underlined bold (inserted) runs, never colour only.
 */
import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  UnderlineType,
  VerticalAlign,
  WidthType,
  type IParagraphStyleOptions,
  type ParagraphChild,
} from 'docx';
import { perdaStyles, WORD_STYLES } from '../docx/styles';
import { f4Section } from '../docx/section';
import { FONT, mmToTwip } from '../layout';
import { keepRowLines, rowLines } from './row-fit';
import { CELL_LEVEL_MM, TABLE_FONT_PT, type PrintTable, type TableCell as Cell, type TablePara, type TableRun } from './table-model';

/** Word style ids of the table text. */
export const TABLE_STYLES = { body: 'TabelIsi', head: 'TabelKepala', intro: 'TabelPengantar' } as const;

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, justify: AlignmentType.JUSTIFIED } as const;

/** Paragraph styles of the table document (body size, header, introduction). */
function tableStyles(fontPt: number): IParagraphStyleOptions[] {
  const run = { font: FONT, size: fontPt * 2, color: '000000' };
  return [
    { id: TABLE_STYLES.body, name: 'Tabel Isi', basedOn: 'Normal', quickFormat: true, run, paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { before: 0, after: 60, line: 240 } } },
    { id: TABLE_STYLES.head, name: 'Tabel Kepala', basedOn: 'Normal', quickFormat: true, run: { ...run, bold: true }, paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 0, after: 0, line: 240 } } },
    { id: TABLE_STYLES.intro, name: 'Tabel Pengantar', basedOn: 'Normal', quickFormat: true, run: { font: FONT, size: 24, color: '000000' }, paragraph: { alignment: AlignmentType.LEFT, spacing: { before: 0, after: 120, line: 240 } } },
  ];
}

/** docx runs of table runs: deleted struck through, inserted underlined and bold. */
export function tableRuns(runs: readonly TableRun[]): TextRun[] {
  return runs.map(
    (r) =>
      new TextRun({
        text: r.text,
        ...(r.bold || r.change === 'insert' ? { bold: true } : {}),
        ...(r.italic ? { italics: true } : {}),
        ...(r.change === 'delete' ? { strike: true } : {}),
        ...(r.change === 'insert' ? { underline: { type: UnderlineType.SINGLE } } : {}),
      }),
  );
}

/** A cell paragraph: hanging label + tab, indented per level. */
function cellParagraph(p: TablePara, style: string, fallback: 'left' | 'center' | 'justify'): Paragraph {
  const level = p.level ?? 0;
  const children: ParagraphChild[] = p.label ? [new TextRun({ children: [p.label, new Tab()] })] : [];
  children.push(...tableRuns(p.runs));
  const left = mmToTwip(level * CELL_LEVEL_MM);
  return new Paragraph({
    style,
    alignment: ALIGN[p.align ?? fallback],
    ...(p.label ? { indent: { left, hanging: mmToTwip(CELL_LEVEL_MM) } } : level ? { indent: { left } } : {}),
    ...(p.keepNext ? { keepNext: true, keepLines: true } : {}),
    children,
  });
}

const CELL_MARGIN = { top: mmToTwip(1), bottom: mmToTwip(1), left: mmToTwip(1.5), right: mmToTwip(1.5) };

/** A table cell of paragraphs (Word needs at least one paragraph). */
function cell(paras: Cell, widthMm: number, align: 'left' | 'center' | 'justify', style: string = TABLE_STYLES.body, extra: { columnSpan?: number; shade?: string } = {}): TableCell {
  const children = paras.length ? paras.map((p) => cellParagraph(p, style, align)) : [new Paragraph({ style })];
  return new TableCell({
    children,
    width: { size: mmToTwip(widthMm), type: WidthType.DXA },
    margins: CELL_MARGIN,
    verticalAlign: VerticalAlign.TOP,
    ...(extra.columnSpan ? { columnSpan: extra.columnSpan } : {}),
    ...(extra.shade ? { shading: { type: ShadingType.CLEAR, fill: extra.shade, color: 'auto' } } : {}),
  });
}

/** The docx `Table` of a print table. */
export function tableOf(t: PrintTable): Table {
  const fontPt = t.fontPt ?? TABLE_FONT_PT;
  const widths = t.columns.map((c) => c.widthMm);
  const total = widths.reduce((a, b) => a + b, 0);
  const maxLines = keepRowLines(fontPt);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.columns.map((c) => cell(c.header.map((h) => ({ runs: [{ text: h }] })), c.widthMm, 'center', TABLE_STYLES.head, { shade: 'D9D9D9' })),
  });
  const rows = t.rows.map((r) => {
    if (r.kind === 'group') {
      // A caption keeps with the row below it (keepNext on its paragraph).
      return new TableRow({ cantSplit: true, children: [cell([{ runs: r.runs, align: 'left', keepNext: true }], total, 'left', TABLE_STYLES.body, { columnSpan: t.columns.length, shade: 'F2F2F2' })] });
    }
    return new TableRow({
      cantSplit: rowLines(r.cells, widths, fontPt) <= maxLines,
      children: r.cells.map((c, i) => cell(c, widths[i] ?? 20, t.columns[i]?.align ?? 'justify')),
    });
  });
  return new Table({
    rows: [header, ...rows],
    width: { size: mmToTwip(total), type: WidthType.DXA },
    columnWidths: widths.map(mmToTwip),
    layout: TableLayoutType.FIXED,
  });
}

/** The docx `Document` of a print table (for callers that add parts). */
export function tableToDocument(t: PrintTable): Document {
  const base = perdaStyles();
  const title = t.title.map((line) => new Paragraph({ style: WORD_STYLES.judul.id, alignment: AlignmentType.CENTER, keepNext: true, children: [new TextRun({ text: line, bold: true })] }));
  const intro = t.intro.map((p, i) => {
    const para = cellParagraph(p, TABLE_STYLES.intro, 'left');
    return i === 0 ? [new Paragraph({ style: TABLE_STYLES.intro, children: [] }), para] : [para];
  });
  return new Document({
    creator: 'Rancang',
    title: t.docTitle,
    language: 'id-ID',
    styles: { ...base, paragraphStyles: [...(base.paragraphStyles ?? []), ...tableStyles(t.fontPt ?? TABLE_FONT_PT)] },
    sections: [f4Section([...title, ...intro.flat(), tableOf(t)], { landscape: true })],
  } as ConstructorParameters<typeof Document>[0]);
}

/** The DOCX file of a print table. */
export async function tableToDocx(t: PrintTable): Promise<Uint8Array> {
  const buf = await Packer.toBuffer(tableToDocument(t));
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}
