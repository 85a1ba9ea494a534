/**
 * Print blocks as docx paragraphs: centred headings with keepNext/keepLines, hanging-indent body
 * text whose label is text followed by a tab (never Word auto-numbering), the tab-aligned
 * Menimbang/Mengingat columns, and the left/right signature blocks. Reusable building blocks for
 * every DOCX export.
 */
import { AlignmentType, Paragraph, Tab, TabStopType, TextRun, type ParagraphChild } from 'docx';
import { LEVEL_MM, PREAMBLE_MM, RIGHT_BLOCK_MM, mmToTwip } from '../layout';
import type { Inline, PrintBlock } from '../print-model';
import { WORD_STYLES } from './styles';

/** docx runs of print runs (line breaks become `w:br`). */
export function textRuns(runs: readonly Inline[]): TextRun[] {
  const out: TextRun[] = [];
  let pendingBreak = 0;
  for (const r of runs) {
    if ('br' in r) {
      pendingBreak++;
      continue;
    }
    out.push(new TextRun({ text: r.text, ...(r.italic ? { italics: true } : {}), ...(r.bold ? { bold: true } : {}), ...(pendingBreak ? { break: pendingBreak } : {}) }));
    pendingBreak = 0;
  }
  if (pendingBreak) out.push(new TextRun({ text: '', break: pendingBreak }));
  return out;
}

const pt = (n: number | undefined) => (n ? { before: n * 20 } : {});

/** One docx paragraph for one print block; `keepNext` forces keep-with-next (signature blocks). */
export function blockParagraph(block: PrintBlock, keepNext = false): Paragraph {
  switch (block.kind) {
    case 'centered':
      return new Paragraph({
        style: WORD_STYLES[block.style].id,
        alignment: AlignmentType.CENTER,
        keepNext: block.keepNext || keepNext,
        keepLines: true,
        spacing: pt(block.spaceBefore),
        ...(block.level ? { indent: { left: mmToTwip(block.level * LEVEL_MM) } } : {}),
        children: textRuns(block.runs),
      });
    case 'text': {
      // Indent, alignment and spacing come from the style; direct formatting only where the
      // block differs from it (keeps the file small and fast to write).
      const style = WORD_STYLES[block.style];
      const left = mmToTwip(block.level * LEVEL_MM);
      const styleIndent = !!block.label && style.level === block.level;
      const children: ParagraphChild[] = block.label ? [new TextRun({ children: [block.label, new Tab()] })] : [];
      children.push(...textRuns(block.runs));
      return new Paragraph({
        style: style.id,
        ...(block.left ? { alignment: AlignmentType.LEFT } : {}),
        ...(styleIndent ? {} : { indent: block.label ? { left, hanging: mmToTwip(LEVEL_MM) } : { left, firstLine: 0 } }),
        ...(block.keepNext || keepNext ? { keepNext: true, keepLines: true } : {}),
        ...(block.spaceBefore ? { spacing: pt(block.spaceBefore) } : {}),
        children,
      });
    }
    case 'preamble':
      return preambleParagraph(block.caption, block.label, block.runs, block.level, block.spaceBefore);
    case 'side':
      return new Paragraph({
        style: WORD_STYLES[block.style].id,
        alignment: AlignmentType.LEFT,
        indent: { left: block.side === 'right' ? mmToTwip(RIGHT_BLOCK_MM) : 0 },
        keepNext,
        keepLines: true,
        spacing: { ...pt(block.spaceBefore), after: 0 },
        children: textRuns(block.runs),
      });
  }
}

/**
 * A row of the Menimbang/Mengingat block as tab-aligned hanging indent:
 * "Menimbang" TAB ":" TAB "a." TAB text, continuation lines aligned with the text.
 */
export function preambleParagraph(caption: string, label: string | undefined, runs: readonly Inline[], level: number, spaceBefore?: number): Paragraph {
  const textMm = (label || level > 0 ? PREAMBLE_MM.text : PREAMBLE_MM.label) + level * LEVEL_MM;
  const tab = () => new TextRun({ children: ['\t'] });
  const children: ParagraphChild[] = [];
  let firstLine = 0;
  if (level === 0) {
    children.push(new TextRun({ text: caption }), tab(), new TextRun({ text: caption ? ':' : '' }), tab());
    if (label) children.push(new TextRun({ text: label }), tab());
  } else {
    firstLine = textMm - LEVEL_MM;
    if (label) children.push(new TextRun({ text: label }), tab());
  }
  children.push(...textRuns(runs));
  return new Paragraph({
    style: WORD_STYLES.preamble.id,
    alignment: AlignmentType.JUSTIFIED,
    indent: { left: mmToTwip(textMm), hanging: mmToTwip(textMm - firstLine) },
    tabStops: [
      { type: TabStopType.LEFT, position: mmToTwip(PREAMBLE_MM.colon) },
      { type: TabStopType.LEFT, position: mmToTwip(PREAMBLE_MM.label) },
      { type: TabStopType.LEFT, position: mmToTwip(textMm) },
    ],
    spacing: pt(spaceBefore),
    children,
  });
}

/** The paragraphs of a run of blocks, keeping consecutive side blocks (signatures) together. */
export function blockParagraphs(blocks: readonly PrintBlock[]): Paragraph[] {
  return blocks.map((b, i) => {
    const next = blocks[i + 1];
    return blockParagraph(b, b.kind === 'side' && next?.kind === 'side');
  });
}
