/**
 * Threads placed in one document (the draft, an old version, a package's version): each thread
 * with where its anchor is found now, or `detached` with its original quote. Threads on the base
 * text (`anchor.side === 'base'`) are placed in the base document instead, labelled "Pasal 9
 * (naskah lama)"; without a base they are detached. The list is in document order: the draft's
 * threads, then the base's, then the detached ones (in their own list for the UI), then by time.
 */
import type { Node } from 'prosemirror-model';
import { anchorSide, sideLabel, type AnchorSide } from './anchor-side';
import { detached as detachedBy, resolveAnchor, type AnchorResolution } from './reanchor';
import type { Thread } from './types';
import { unitIndex } from './unit-index';
import { pasalLabelOf } from './unit-label';

/** A thread with its placement in one document. */
export interface ThreadView extends Thread {
  placement: AnchorResolution;
  detached: boolean;
  /** The document the thread belongs to: the draft (or version shown) or the base text. */
  side: AnchorSide;
  /** Where it sits now ("Pasal 14 ayat (2)", "Pasal 9 (naskah lama)"), or the label it had when anchored if detached. */
  unitLabel: string;
  /** The Pasal it sits in now ("Pasal 14", "Pasal 9 (naskah lama)"), or null. */
  pasalLabel: string | null;
  /** The quoted phrase as anchored (null for a whole-unit thread). */
  quote: string | null;
  replyCount: number;
}

/** True when one of `threads` is anchored to the base text (callers load the base only then). */
export function needsBase(threads: readonly Thread[]): boolean {
  return threads.some((t) => anchorSide(t.anchor) === 'base');
}

/** Place every thread: draft-side ones in `doc`, base-side ones in `base` (detached when there is none). */
export function placeThreads(doc: Node, threads: readonly Thread[], base?: Node | null): ThreadView[] {
  const docs: Record<AnchorSide, Node | null> = { draft: doc, base: base ?? null };
  const views = threads.map((t): ThreadView => {
    const side = anchorSide(t.anchor);
    const target = docs[side];
    const placement = target ? resolveAnchor(target, t.anchor) : detachedBy('base-missing');
    const anchored = placement.state === 'anchored' && target !== null;
    return {
      ...t,
      placement,
      detached: !anchored,
      side,
      unitLabel: sideLabel(anchored ? placement.label : t.anchor.label, side),
      pasalLabel: anchored ? labelOrNull(pasalLabelOf(target, placement.unitUid), side) : null,
      quote: t.anchor.quote?.exact ?? null,
      replyCount: t.replies.length,
    };
  });
  const indexes = { draft: unitIndex(doc), base: base ? unitIndex(base) : null };
  // Base positions come after every draft position (the draft's threads are listed first).
  const baseOffset = (doc.content.size + 2) * 1000;
  const order = (v: ThreadView) => {
    if (v.placement.state !== 'anchored') return Number.MAX_SAFE_INTEGER;
    const pos = indexes[v.side]?.get(v.placement.unitUid)?.pos ?? 0;
    return (v.side === 'base' ? baseOffset : 0) + pos * 1000 + Math.min(999, v.placement.start ?? 0);
  };
  return views.sort((a, b) => order(a) - order(b) || (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}

/** A label for `side`, keeping null. */
const labelOrNull = (label: string | null, side: AnchorSide) => (label === null ? null : sideLabel(label, side));
