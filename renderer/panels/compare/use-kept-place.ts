/**
 * The reader's place in the comparison, kept while the tab is closed. A click on a row opens the
 * editor (the panel closes); back on the Perbandingan tab the table is scrolled as it was and the
 * opened row is still the current one. The place is the row at the top of the view and how far
 * it was scrolled past, so it holds when rows above it changed height after an edit.
 */
import { useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import type { NumberedRow } from './view-model';
import { readTop, rowElements, viewTop } from './reading-place';

/** Where the reader was. */
interface Place {
  /** The project, comparison, filter and view the place belongs to. */
  context: string;
  /** The row at the top of the view: its key, its index (when the key is gone) and the pixels of it above the view. */
  topKey: string | null;
  topIndex: number;
  offset: number;
  /** The current row. */
  currentKey: string | null;
}

/** The place left when the panel last closed (for the rest of the session). */
let kept: Place | null = null;

/** What the panel tells the hook. */
export interface KeptPlaceOptions {
  scroller: RefObject<HTMLElement | null>;
  /** Names the project, comparison, filter and view shown, or null while there is no result. */
  context: string | null;
  rows: readonly NumberedRow[];
  /** How many rows are rendered, and a way to render more (see use-progressive-count.ts). */
  count: number;
  ensure(index: number): void;
  currentKey: string | null;
  /** Make a row (by index in `rows`) the current one, without scrolling to it. */
  setCurrent(index: number): void;
}

/**
 * Keep the place when the panel closes and restore it with the first result after it opens
 * again. `noteCurrent` records a row made current just before the panel closes (a row click
 * that opens the editor); `forget` drops a place not yet restored (the reader moved on).
 */
export function useKeptPlace(o: KeptPlaceOptions): { noteCurrent(key: string): void; forget(): void } {
  const pending = useRef<Place | null>(kept);
  const live = useRef({ context: o.context, currentKey: o.currentKey });
  live.current = { context: o.context, currentKey: o.currentKey };
  const { scroller, context, rows, count, ensure, setCurrent } = o;

  useLayoutEffect(
    () => () => {
      const box = scroller.current;
      const { context: ctx, currentKey } = live.current;
      kept = pending.current ?? (box && ctx !== null ? { context: ctx, currentKey, ...readTop(box) } : null);
    },
    [scroller],
  );

  useLayoutEffect(() => {
    const place = pending.current;
    if (!place || context === null || rows.length === 0) return;
    if (place.context !== context) {
      pending.current = null;
      return;
    }
    const byKey = (key: string | null) => (key === null ? -1 : rows.findIndex((r) => r.row.key === key));
    const keyed = byKey(place.topKey);
    const top = keyed >= 0 ? keyed : Math.min(place.topIndex, rows.length - 1);
    const current = byKey(place.currentKey);
    const needed = Math.max(top, current);
    if (needed >= count) return ensure(needed);
    pending.current = null;
    if (current >= 0) setCurrent(current);
    const box = scroller.current;
    const row = box ? rowElements(box)[top] : undefined;
    if (box && row) box.scrollTop += row.getBoundingClientRect().top - viewTop(box) + (keyed >= 0 ? place.offset : 0);
  }, [context, rows, count, ensure, setCurrent, scroller]);

  return useMemo(
    () => ({
      noteCurrent: (key: string) => {
        live.current.currentKey = key;
      },
      forget: () => {
        pending.current = null;
      },
    }),
    [],
  );
}
