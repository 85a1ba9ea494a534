/**
 * Where comment threads sit in the editor ("marks"): a thread's range as ProseMirror positions,
 * built from its stored anchor (`anchorToRange`, the core's re-anchoring) and then moved through
 * every transaction with `mapLiveRange`. A phrase thread marks its text; a whole-unit thread
 * marks the unit node (shown as a margin marker). Pure functions, no DOM.
 */
import type { Node } from 'prosemirror-model';
import type { Mappable } from 'prosemirror-transform';
import { anchorToRange, mapLiveRange } from '../../src/review/live-range';
import type { ThreadAnchor, ThreadStatus } from '../../src/review/types';
import { unitIndex } from '../../src/review/unit-index';

/** One thread's live range in the editor. */
export interface CommentMark {
  threadId: string;
  from: number;
  to: number;
  /** A whole-unit thread (no quoted phrase): `from..to` is the unit node. */
  whole: boolean;
  status: ThreadStatus;
  /** The marked text was deleted by an edit since the marks were set (shown no more). */
  deleted: boolean;
}

/** What a mark needs from a thread (a `ThreadView` fits). */
export interface MarkableThread {
  id: string;
  anchor: ThreadAnchor;
  status: ThreadStatus;
  detached: boolean;
}

/** The marks of `threads` in `doc`; detached threads and anchors not found in `doc` have none. */
export function marksForThreads(doc: Node, threads: readonly MarkableThread[]): CommentMark[] {
  const out: CommentMark[] = [];
  for (const t of threads) {
    if (t.detached) continue;
    const range = anchorToRange(doc, t.anchor);
    if (!range) continue;
    out.push({ threadId: t.id, from: range.from, to: range.to, whole: !t.anchor.quote, status: t.status, deleted: false });
  }
  return out;
}

/** Move marks through an edit's mapping; a mark whose text was removed becomes `deleted`. */
export function mapMarks(marks: readonly CommentMark[], mapping: Mappable): CommentMark[] {
  return marks.map((m) => {
    const r = mapLiveRange(m, mapping);
    return { ...m, from: r.from, to: r.to, deleted: m.deleted || r.deleted };
  });
}

/**
 * The unit a selection `from..to` comments on: the innermost unit (a node with a uid) holding
 * both ends, or null outside any unit.
 */
export function unitForSelection(doc: Node, from: number, to: number): string | null {
  const $from = doc.resolve(Math.min(from, to));
  const depth = $from.sharedDepth(Math.max(from, to));
  const index = unitIndex(doc);
  for (let d = depth; d > 0; d--) {
    const node = $from.node(d);
    const uid = node.attrs.uid;
    if (typeof uid === 'string' && uid !== '' && index.has(uid)) return uid;
  }
  return null;
}
