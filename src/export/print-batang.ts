/**
 * Print blocks of the Batang Tubuh: centred BAB/Bagian/Paragraf/Pasal headings kept with what
 * follows, ayat and list items with their labels hanging one level left of the text (labels are
 * text, never word-processor numbering), deleted units as their number and "Dihapus.".
 */
import type { Node } from 'prosemirror-model';
import { HEADING_SPACE_PT } from './layout';
import type { PrintBlock, PrintStyle, TextBlock } from './print-model';
import { plain } from './print-model';
import {
  isDeleted,
  isOmitted,
  runsOf,
  unitNumber,
  DIHAPUS,
  type PrintContext,
} from './print-context';
import type { RefContext } from '../model/labels';

const HURUF: PrintStyle[] = ['huruf1', 'huruf2', 'huruf3', 'huruf4'];

/** The blocks of the batangTubuh node (or any container of bab/bagian/paragraf/pasal). */
export function batangBlocks(ctx: PrintContext, container: Node): PrintBlock[] {
  const out: PrintBlock[] = [];
  container.forEach((child) => unitBlocks(ctx, child, out));
  return out;
}

/** Append the blocks of one structural unit (bab, bagian, paragraf, pasal) to `out`. */
export function unitBlocks(ctx: PrintContext, node: Node, out: PrintBlock[]): void {
  if (isOmitted(ctx, node)) return;
  const name = node.type.name;
  if (name === 'bab' || name === 'bagian' || name === 'paragraf') {
    const style = name as PrintStyle;
    out.push({
      kind: 'centered',
      style,
      runs: plain(unitNumber(ctx, node).marker),
      keepNext: true,
      spaceBefore: HEADING_SPACE_PT * (name === 'bab' ? 2 : 1),
    });
    if (isDeleted(ctx, node)) {
      out.push({ kind: 'centered', style, runs: plain(DIHAPUS), keepNext: false });
      return;
    }
    node.forEach((child) => {
      if (child.type.name === 'heading')
        out.push({
          kind: 'centered',
          style,
          runs: plain(child.textContent.trim()),
          keepNext: true,
        });
      else unitBlocks(ctx, child, out);
    });
    return;
  }
  if (name === 'pasal') pasalBlocks(ctx, node, out);
}

function pasalBlocks(ctx: PrintContext, pasal: Node, out: PrintBlock[]): void {
  const u = unitNumber(ctx, pasal);
  out.push({
    kind: 'centered',
    style: 'pasal',
    runs: plain(u.marker),
    keepNext: true,
    spaceBefore: HEADING_SPACE_PT,
  });
  if (isDeleted(ctx, pasal)) {
    out.push({ kind: 'text', style: 'isi', runs: plain(DIHAPUS), level: 0 });
    return;
  }
  const refCtx: RefContext = {
    pasalUid: pasal.attrs.uid as string,
    unitUid: pasal.attrs.uid as string,
  };
  let changeN = 0;
  pasal.forEach((child) => {
    switch (child.type.name) {
      case 'ayat':
        if (isOmitted(ctx, child)) break;
        flowBlocks(ctx, child, 1, unitNumber(ctx, child).marker, 'ayat', 0, refCtx, out);
        break;
      case 'para':
        out.push({ kind: 'text', style: 'isi', runs: runsOf(ctx, child, refCtx), level: 0 });
        break;
      case 'list':
        listBlocks(ctx, child, 1, 1, refCtx, out);
        break;
      case 'changeItem':
        changeItemBlocks(ctx, child, ++changeN, refCtx, out);
        break;
    }
  });
}

/**
 * A unit with body "para (list | para)*" (ayat or list item): the first paragraph carries the
 * hanging `label`; further paragraphs align with the text; nested lists go one level in.
 */
function flowBlocks(
  ctx: PrintContext,
  unit: Node,
  level: number,
  label: string,
  style: PrintStyle,
  depth: number,
  refCtx: RefContext,
  out: PrintBlock[],
): void {
  if (isOmitted(ctx, unit)) return;
  if (isDeleted(ctx, unit)) {
    out.push({ kind: 'text', style, runs: plain(DIHAPUS), level, label });
    return;
  }
  const inner: RefContext = { ...refCtx, unitUid: String(unit.attrs.uid ?? '') || refCtx.unitUid };
  let first = true;
  unit.forEach((child) => {
    if (child.type.name === 'para') {
      const b: TextBlock = {
        kind: 'text',
        style: first ? style : 'isi',
        runs: runsOf(ctx, child, inner),
        level,
      };
      if (first) b.label = label;
      out.push(b);
      first = false;
    } else if (child.type.name === 'list') {
      listBlocks(ctx, child, level + 1, depth + 1, inner, out);
    }
  });
}

function listBlocks(
  ctx: PrintContext,
  list: Node,
  level: number,
  depth: number,
  refCtx: RefContext,
  out: PrintBlock[],
): void {
  const style = HURUF[Math.min(depth, 4) - 1] ?? 'huruf4';
  list.forEach(
    (item) =>
      !isOmitted(ctx, item) &&
      flowBlocks(ctx, item, level, unitNumber(ctx, item).marker, style, depth, refCtx, out),
  );
}

/**
 * A change item of Pasal I of an amending instrument (drafting-rules.md 3.4.2): "N." hanging at
 * the margin with the instruction sentence, then the restated unit(s) as quoted text indented one
 * level (headings centred in the indented column, ayat and huruf with their own numbers, which
 * numbering takes from `baseNum` inside a change item).
 */
function changeItemBlocks(
  ctx: PrintContext,
  item: Node,
  n: number,
  refCtx: RefContext,
  out: PrintBlock[],
): void {
  const label = ctx.numbering.get(String(item.attrs.uid ?? ''))?.marker || `${n}.`;
  let first = true;
  const restated: PrintBlock[] = [];
  item.forEach((child) => {
    const t = child.type.name;
    if (t === 'para') {
      // The single-change form (drafting-rules.md 3.4.1) has no item number: its instruction is
      // Pasal I's own opening paragraph and the item's first paragraph is empty.
      if (first) {
        if (child.content.size > 0) out.push({ kind: 'text', style: 'isi', runs: runsOf(ctx, child, refCtx), level: 1, label });
      } else
        restated.push({ kind: 'text', style: 'isi', runs: runsOf(ctx, child, refCtx), level: 0 });
      first = false;
    } else if (t === 'ayat') {
      if (!isOmitted(ctx, child))
        flowBlocks(ctx, child, 1, unitNumber(ctx, child).marker, 'ayat', 0, refCtx, restated);
    } else if (t === 'list') {
      listBlocks(ctx, child, 1, 1, refCtx, restated);
    } else {
      unitBlocks(ctx, child, restated);
    }
  });
  for (const b of restated) out.push(indentBlock(b));
}

/** A block moved one level to the right (quoted text of a change item). */
function indentBlock(b: PrintBlock): PrintBlock {
  switch (b.kind) {
    case 'centered':
      return { ...b, level: (b.level ?? 0) + 1 };
    case 'text':
      return { ...b, level: b.level + 1 };
    default:
      return b;
  }
}
