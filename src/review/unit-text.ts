/**
 * The flattened text of a unit, the coordinate system of text anchors: the text of every
 * textblock inside the unit (headings, paragraphs of the Pasal, its ayat, items), blocks joined
 * by "\n". A reference node counts as its rendered label, a hard break as "\n". Numbers and
 * markers are derived, never part of the text, so renumbering never moves an anchor.
 *
 * `offsetToPos` and `posToOffset` convert between these offsets and ProseMirror positions.
 */
import type { Node } from 'prosemirror-model';

/** One stretch of the flattened text and where it sits in the document. */
interface Piece {
  /** Offsets in the flattened text. */
  from: number;
  to: number;
  /** Document position of the stretch's start. */
  pos: number;
  /** text: one position per character; atom: one node of size 1; sep: between blocks (no position). */
  kind: 'text' | 'atom' | 'sep';
}

/** The flattened text of one unit with its position map. */
export interface UnitText {
  text: string;
  /** Document position of the unit node. */
  unitPos: number;
  pieces: Piece[];
}

/** The text an inline leaf contributes. */
function leafText(node: Node): string {
  if (node.isText) return node.text ?? '';
  if (node.type.name === 'hardBreak') return '\n';
  const label = node.attrs.text;
  return typeof label === 'string' && label !== '' ? label : '\uFFFC';
}

const textCache = new WeakMap<Node, string>();

/** The flattened text of a node (memoised; the position map is not needed). */
export function flatText(node: Node): string {
  const hit = textCache.get(node);
  if (hit !== undefined) return hit;
  const parts: string[] = [];
  node.descendants((child) => {
    if (child.isTextblock) {
      if (parts.length > 0) parts.push('\n');
      child.forEach((leaf) => void parts.push(leafText(leaf)));
      return false;
    }
    return true;
  });
  const text = node.isTextblock ? node.textBetween(0, node.content.size, '\n', leafText) : parts.join('');
  textCache.set(node, text);
  return text;
}

/** The flattened text of the unit `node` at document position `unitPos`, with its position map. */
export function unitText(node: Node, unitPos: number): UnitText {
  const pieces: Piece[] = [];
  let offset = 0;
  let lastEnd = unitPos + 1;
  const addBlock = (block: Node, blockPos: number) => {
    if (pieces.length > 0) {
      pieces.push({ from: offset, to: offset + 1, pos: lastEnd, kind: 'sep' });
      offset += 1;
    }
    lastEnd = blockPos + 1 + block.content.size;
    block.forEach((leaf, rel) => {
      const t = leafText(leaf);
      const pos = blockPos + 1 + rel;
      pieces.push({ from: offset, to: offset + t.length, pos, kind: leaf.isText ? 'text' : 'atom' });
      offset += t.length;
    });
    if (block.childCount === 0) pieces.push({ from: offset, to: offset, pos: blockPos + 1, kind: 'text' });
  };
  if (node.isTextblock) addBlock(node, unitPos);
  else {
    node.descendants((child, rel) => {
      if (child.isTextblock) {
        addBlock(child, unitPos + 1 + rel);
        return false;
      }
      return true;
    });
  }
  return { text: flatText(node), unitPos, pieces };
}

/** The last piece whose start is at or before `offset`. */
function pieceAt(ut: UnitText, offset: number): Piece | undefined {
  let lo = 0;
  let hi = ut.pieces.length - 1;
  let best: Piece | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = ut.pieces[mid] as Piece;
    if (p.from <= offset) {
      best = p;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/**
 * The document position of a text offset (clamped to the text). The offset of a block separator
 * maps to the end of the block before it.
 */
export function offsetToPos(ut: UnitText, offset: number): number {
  const clamped = Math.max(0, Math.min(offset, ut.text.length));
  const p = pieceAt(ut, clamped);
  if (!p) return ut.unitPos + 1;
  if (p.kind === 'sep') return p.pos;
  if (p.kind === 'atom') return clamped > p.from ? p.pos + 1 : p.pos;
  return p.pos + Math.min(clamped - p.from, p.to - p.from);
}

/** The text offset of a document position inside the unit (clamped to the unit's text). */
export function posToOffset(ut: UnitText, pos: number): number {
  let best = 0;
  for (const p of ut.pieces) {
    if (p.kind === 'sep') continue;
    const size = p.kind === 'atom' ? 1 : p.to - p.from;
    if (pos < p.pos) return best;
    if (pos <= p.pos + size) return p.kind === 'atom' ? (pos > p.pos ? p.to : p.from) : p.from + (pos - p.pos);
    best = p.to;
  }
  return best;
}
