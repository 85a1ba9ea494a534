/**
 * Live anchors while editing (for the renderer): a thread's range as ProseMirror positions,
 * moved through every transaction's `Mapping` (anchors.md 1.10), and the conversion between a
 * stored anchor and a document range. A range whose text was deleted reports `deleted`; the
 * thread itself is never changed by this (it is re-found on reload, `reanchor.ts`).
 */
import type { Node } from 'prosemirror-model';
import type { Mappable } from 'prosemirror-transform';
import { resolveAnchor } from './reanchor';
import type { ThreadAnchor } from './types';
import { unitIndex } from './unit-index';
import { offsetToPos, unitText } from './unit-text';

/** A range of document positions. */
export interface LiveRange {
  from: number;
  to: number;
}

/** A mapped range; `deleted` when all of its text was removed by the edit. */
export interface MappedRange extends LiveRange {
  deleted: boolean;
}

/**
 * Map a range through a mapping: the start sticks to the text after it, the end to the text
 * before it, so typing at either edge does not widen the range.
 */
export function mapLiveRange(range: LiveRange, mapping: Mappable): MappedRange {
  const a = mapping.mapResult(range.from, 1);
  const b = mapping.mapResult(range.to, -1);
  const to = Math.max(a.pos, b.pos);
  const wasEmpty = range.to <= range.from;
  const deleted = !wasEmpty && (to <= a.pos || (a.deletedAfter && b.deletedBefore && to - a.pos === 0));
  return { from: a.pos, to, deleted };
}

/**
 * The document range of an anchor in `doc` (re-found as on reload), or null when detached. A
 * whole-unit anchor gives the unit node's range.
 */
export function anchorToRange(doc: Node, anchor: ThreadAnchor): LiveRange | null {
  const r = resolveAnchor(doc, anchor);
  if (r.state === 'detached') return null;
  const loc = unitIndex(doc).get(r.unitUid);
  if (!loc) return null;
  if (r.start === undefined || r.end === undefined) return { from: loc.pos, to: loc.pos + loc.node.nodeSize };
  const ut = unitText(loc.node, loc.pos);
  return { from: offsetToPos(ut, r.start), to: offsetToPos(ut, r.end) };
}
