/**
 * Threads placed in one document (the draft, an old version, a package's version): each thread
 * with where its anchor is found now, or `detached` with its original quote. The list is in
 * document order (detached threads last, in their own list for the UI), then by time.
 */
import type { Node } from 'prosemirror-model';
import { resolveAnchor, type AnchorResolution } from './reanchor';
import type { Thread } from './types';
import { unitIndex } from './unit-index';
import { pasalLabelOf } from './unit-label';

/** A thread with its placement in one document. */
export interface ThreadView extends Thread {
  placement: AnchorResolution;
  detached: boolean;
  /** Where it sits now ("Pasal 14 ayat (2)"), or the label it had when anchored if detached. */
  unitLabel: string;
  /** The Pasal it sits in now ("Pasal 14"), or null. */
  pasalLabel: string | null;
  /** The quoted phrase as anchored (null for a whole-unit thread). */
  quote: string | null;
  replyCount: number;
}

/** Place every thread in `doc`. */
export function placeThreads(doc: Node, threads: readonly Thread[]): ThreadView[] {
  const index = unitIndex(doc);
  const views = threads.map((t): ThreadView => {
    const placement = resolveAnchor(doc, t.anchor);
    const anchored = placement.state === 'anchored';
    return {
      ...t,
      placement,
      detached: !anchored,
      unitLabel: anchored ? placement.label : t.anchor.label,
      pasalLabel: anchored ? pasalLabelOf(doc, placement.unitUid) : null,
      quote: t.anchor.quote?.exact ?? null,
      replyCount: t.replies.length,
    };
  });
  const order = (v: ThreadView) => {
    if (v.placement.state !== 'anchored') return Number.MAX_SAFE_INTEGER;
    return (index.get(v.placement.unitUid)?.pos ?? 0) * 1000 + Math.min(999, v.placement.start ?? 0);
  };
  return views.sort((a, b) => order(a) - order(b) || (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}
