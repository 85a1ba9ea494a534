/**
 * The draft editor as an observable for the toolbar, the status bar and the find bar: they read
 * the current EditorView and re-render at most once per animation frame after a transaction, so
 * typing never re-renders the whole drafting screen.
 */
import { useSyncExternalStore } from 'react';
import type { EditorView } from 'prosemirror-view';

type Listener = () => void;

let view: EditorView | null = null;
let tick = 0;
let scheduled = false;
const listeners = new Set<Listener>();

function emit(): void {
  tick++;
  for (const l of listeners) l();
}

/** Register the draft editor (null when it goes away). */
export function setDraftView(v: EditorView | null): void {
  view = v;
  emit();
}

/** The draft editor, or null. */
export function getDraftView(): EditorView | null {
  return view;
}

/** Report that the draft editor's state changed (coalesced to one update per frame). */
export function draftChanged(): void {
  if (scheduled) return;
  scheduled = true;
  const run = () => {
    scheduled = false;
    emit();
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(run);
  else setTimeout(run, 16);
}

function subscribe(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** React hook: the draft view, re-rendering the caller after each (coalesced) change. */
export function useDraftView(): { view: EditorView | null; tick: number } {
  const t = useSyncExternalStore(subscribe, () => tick);
  return { view, tick: t };
}
