/**
 * The frame of a Perda that the comparison does not compare, for the redline: the lines of the
 * pembukaan around the Menimbang ("DENGAN RAHMAT TUHAN YANG MAHA ESA,", the jabatan, "Dengan
 * Persetujuan Bersama … MEMUTUSKAN :") and the signature blocks after the perintah pengundangan
 * (Ditetapkan, Diundangkan, Lembaran Daerah), read from each text's print (`build-print.ts`) line
 * by line and marked where they differ: a line of one text only is inserted or deleted, a line
 * replaced by another is marked word by word. With it, accepting or rejecting every change of the
 * redline gives a whole Perda, signature included.
 */
import { diffArrays } from 'diff';
import type { Node } from 'prosemirror-model';
import { tokenize } from '../../diff/tokenize';
import { wordDiff } from '../../diff/word-diff';
import { buildPrint } from '../build-print';
import { runsText, type PrintBlock } from '../print-model';
import { pieceRuns } from './comparison-redline';
import type { RedlinePara, RedlineStyle } from './redline-model';

/** The frame of a redline: its lines before the Menimbang, before the Menetapkan, and after the perintah pengundangan. */
export interface RedlineFrame {
  opening: RedlinePara[];
  deciding: RedlinePara[];
  closing: RedlinePara[];
}

/** The frame lines of one text, by part. */
type FrameLines = Record<keyof RedlineFrame, string[]>;

/** The lines of a block (its line breaks cut it), without empty ones. */
function linesOf(block: PrintBlock): string[] {
  return runsText(block.runs)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** Which part of the frame a block of the batang section belongs to, if any. */
function partOf(block: PrintBlock, seenPreamble: boolean): keyof RedlineFrame | null {
  if (block.kind === 'side') return 'closing';
  if (block.kind !== 'centered') return null;
  if (block.style === 'frasa' || block.style === 'jabatan') return 'opening';
  // The diktum's own lines ("Dengan Persetujuan Bersama", "MEMUTUSKAN :"); the Menetapkan line is compared.
  return block.style === 'diktum' && seenPreamble ? 'deciding' : null;
}

/** The frame lines of `doc`. */
function frameLines(doc: Node): FrameLines {
  const out: FrameLines = { opening: [], deciding: [], closing: [] };
  const batang = buildPrint(doc).sections.find((s) => s.kind === 'batang');
  let seenPreamble = false;
  for (const block of batang?.blocks ?? []) {
    if (block.kind === 'preamble') seenPreamble = true;
    const part = partOf(block, seenPreamble);
    if (part) out[part].push(...linesOf(block));
  }
  return out;
}

/** Paragraphs of `olds` lines made `news` lines: kept, inserted, deleted, or replaced word by word. */
function changedLines(olds: readonly string[], news: readonly string[], style: RedlineStyle): RedlinePara[] {
  const out: RedlinePara[] = [];
  const para = (runs: RedlinePara['runs'], whole?: RedlinePara['whole']): RedlinePara => ({ style, runs, indent: 0, ...(whole ? { whole } : {}) });
  const changes = diffArrays(olds as string[], news as string[]);
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i]!;
    const next = changes[i + 1];
    if (c.removed && next?.added) {
      // Lines replaced: pair them in order, word by word; the rest of the longer side stays whole.
      const n = Math.max(c.value.length, next.value.length);
      for (let k = 0; k < n; k++) {
        const a = c.value[k];
        const b = next.value[k];
        if (a !== undefined && b !== undefined) out.push(para(pieceRuns(wordDiff(tokenize(a), tokenize(b)))));
        else if (a !== undefined) out.push(para([{ text: a, change: 'delete' }], 'delete'));
        else if (b !== undefined) out.push(para([{ text: b, change: 'insert' }], 'insert'));
      }
      i++;
    } else if (c.removed) for (const a of c.value) out.push(para([{ text: a, change: 'delete' }], 'delete'));
    else if (c.added) for (const b of c.value) out.push(para([{ text: b, change: 'insert' }], 'insert'));
    else for (const l of c.value) out.push(para([{ text: l }]));
  }
  return out;
}

/** The frame of the redline from `oldDoc` to `newDoc`. */
export function redlineFrame(oldDoc: Node, newDoc: Node): RedlineFrame {
  const a = frameLines(oldDoc);
  const b = frameLines(newDoc);
  return {
    opening: changedLines(a.opening, b.opening, 'judul'),
    deciding: changedLines(a.deciding, b.deciding, 'judul'),
    closing: changedLines(a.closing, b.closing, 'caption'),
  };
}
