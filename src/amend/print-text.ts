/**
 * Plain text of a Perda or an amending instrument, from the export module's print model (so
 * the numbers, labels and "Dihapus." are exactly those of the DOCX/PDF): one paragraph per
 * line, headings centred, labels hanging ("(1) ", "a. "), blank lines where the print has space.
 * The single-change form of Pasal I prints no item number. Used for `rancang amend --text` and for the consolidated text of `rancang apply --out X.txt`.
 */
import type { Node } from 'prosemirror-model';
import { buildPrint, type ExportRegion, type PrintBlock } from '../export';
import { runsText } from '../export/print-model';

const WIDTH = 80;
const STEP = 4;

/** One block as text lines. */
function blockText(b: PrintBlock): string {
  const text = runsText(b.runs)
    .replace(/[ \t]+/g, ' ')
    .trim();
  switch (b.kind) {
    case 'centered':
      return text
        .split('\n')
        .map((l) => ' '.repeat(Math.max(0, Math.floor((WIDTH - l.trim().length) / 2))) + l.trim())
        .join('\n');
    case 'text': {
      if (b.label === undefined) return ' '.repeat(b.level * STEP) + text;
      return ' '.repeat(Math.max(0, b.level - 1) * STEP) + `${b.label} `.padEnd(STEP) + text;
    }
    case 'preamble': {
      const head = b.caption ? `${b.caption.padEnd(11)}: ` : ' '.repeat(13);
      const label = b.label ? `${b.label} ` : '';
      return head + ' '.repeat(b.level * STEP) + label + text;
    }
    case 'side':
      return text
        .split('\n')
        .map((l) => (b.side === 'right' ? ' '.repeat(WIDTH / 2) : '') + l.trim())
        .join('\n');
  }
}

/**
 * The line of an item with no instruction: the unnumbered item of the single-change form
 * (drafting-rules.md 3.4.1 Contoh 2), whose instruction is Pasal I's opening paragraph.
 */
function isEmptyItemLine(b: PrintBlock): boolean {
  return b.kind === 'text' && b.label !== undefined && runsText(b.runs).trim() === '';
}

/** Plain text of a document (all parts: batang tubuh, Penjelasan, Lampiran). */
export function printText(doc: Node, region?: Partial<ExportRegion>): string {
  const print = buildPrint(doc, region ? { region } : {});
  const out: string[] = [];
  for (const section of print.sections) {
    if (out.length) out.push('', '');
    for (const b of section.blocks) {
      if (isEmptyItemLine(b)) continue;
      if ((b.spaceBefore ?? 0) > 0 && out.length && out[out.length - 1] !== '') out.push('');
      out.push(blockText(b));
    }
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}

/** The consolidated text of a document (for `rancang apply --out FILE.txt`). */
export function consolidatedText(doc: Node, region?: Partial<ExportRegion>): string {
  return printText(doc, region);
}
