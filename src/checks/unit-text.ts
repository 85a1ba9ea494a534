/**
 * The text the checks read: a paragraph's text with each reference counted as its label and a
 * line break as "\n"; a unit's own text is its direct paragraphs joined with "\n" (nested lists
 * are units of their own). Paragraph texts are cached per (immutable) node, so after an edit only
 * the changed paragraphs are read again.
 */
import type { Node } from 'prosemirror-model';

const cache = new WeakMap<Node, string>();

/** The text of one textblock (para, heading, judul). */
export function paraText(para: Node): string {
  // Most paragraphs are one text node: read it directly (cheaper than the cache).
  if (para.childCount === 1 && para.firstChild!.isText) return para.firstChild!.text ?? '';
  if (para.childCount === 0) return '';
  const hit = cache.get(para);
  if (hit !== undefined) return hit;
  let s = '';
  for (let i = 0; i < para.childCount; i++) {
    const c = para.child(i);
    if (c.isText) s += c.text ?? '';
    else if (c.type.name === 'ref') s += String(c.attrs.text ?? '');
    else if (c.type.name === 'hardBreak') s += '\n';
  }
  cache.set(para, s);
  return s;
}

/** A unit's own text: its direct textblocks joined with "\n". */
export function unitOwnText(unit: Node): string {
  if (unit.isTextblock) return paraText(unit);
  let out: string | null = null;
  for (let i = 0; i < unit.childCount; i++) {
    const c = unit.child(i);
    if (!c.isTextblock) continue;
    out = out === null ? paraText(c) : `${out}\n${paraText(c)}`;
  }
  return out ?? '';
}

/** Length a node contributes to `paraText`. */
function inlineLength(c: Node): number {
  if (c.isText) return c.text?.length ?? 0;
  if (c.type.name === 'ref') return String(c.attrs.text ?? '').length;
  return c.type.name === 'hardBreak' ? 1 : 0;
}

/** Position of offset `rel` of a textblock's text (`blockPos` is just before the block). */
function posInBlock(block: Node, blockPos: number, rel: number, end: boolean): number {
  let t = 0;
  let p = blockPos + 1;
  for (let i = 0; i < block.childCount; i++) {
    const c = block.child(i);
    const l = inlineLength(c);
    if (c.isText ? rel <= t + l : rel < t + l) return c.isText ? p + (rel - t) : end ? p + c.nodeSize : p;
    t += l;
    p += c.nodeSize;
  }
  return p;
}

/**
 * The document position of offset `offset` of the own text of the unit at `unitPos` (the
 * position just before the unit node), or null when out of range. An offset inside a reference
 * maps to the reference's start (or its end, with `end`).
 */
export function ownTextPos(unit: Node, unitPos: number, offset: number, end = false): number | null {
  const blocks: Array<{ node: Node; pos: number }> = [];
  if (unit.isTextblock) blocks.push({ node: unit, pos: unitPos });
  else unit.forEach((c, off) => { if (c.isTextblock) blocks.push({ node: c, pos: unitPos + 1 + off }); });
  let start = 0;
  for (const b of blocks) {
    const len = paraText(b.node).length;
    if (offset <= start + len) return posInBlock(b.node, b.pos, offset - start, end);
    start += len + 1;
  }
  return null;
}
