/**
 * The comments state shared by the comments layer (always mounted in the drafting screen), the
 * comments panel, the outline and the comparison table: the last `thread.list`, the document it
 * was placed in, the selected thread and the open new-comment form. A small observable (one
 * window, one project) read with `useThreadStore`.
 */
import { useSyncExternalStore } from 'react';
import type { Node } from 'prosemirror-model';
import type { ThreadList } from '../../../src/api/contract';
import type { ThreadAnchor } from '../../../src/review/types';
import { openCountsByPasal } from './thread-filters';

/** A comment on the base text (the old column of the comparison): the core makes the anchor. */
export interface BaseCommentRequest {
  /** The base unit's uid. */
  unit: string;
  quote?: string;
  occurrence?: number;
}

/** What the new-comment form is about. */
export interface ComposerTarget {
  /** The anchor (for a base-side comment: a preview with the label and quote; the core makes the real one). */
  anchor: ThreadAnchor;
  /** Set for a comment on the base text: sent as `unit` + `side: 'base'` + `quote` instead of the anchor. */
  base?: BaseCommentRequest;
}

/** A request to show a base-side thread's row in the comparison table. */
export interface CompareFocus {
  threadId: string;
  /** Uids to look for in the old column, innermost first (the unit, its Pasal, its ancestors). */
  uids: string[];
  /** Increases with every request (the same thread may be shown twice). */
  seq: number;
}

/** Operations the layer provides to the panel and to other components. */
export interface ThreadActions {
  /** Save the draft if needed and reload the thread list. */
  refresh(): Promise<void>;
  /** Reload the draft into the editor (after the core changed it, e.g. an accepted suggestion). */
  reloadDraft(): Promise<void>;
  /** Open the new-comment form on the editor's selection (or report why not). */
  composeFromSelection(): void;
  /** Open the new-comment form on a whole unit (by uid) of the draft. */
  composeOnUnit(uid: string): void;
  /** Open the new-comment form on a unit (and phrase) of the base text, labelled `label`. */
  composeOnBase(req: BaseCommentRequest, label: string): void;
  /** Select a thread and show its phrase in the editor. */
  reveal(threadId: string): void;
}

/** The shared state. */
export interface ThreadStoreState {
  list: ThreadList | null;
  /** The document the list was placed in (the draft or the version shown). */
  doc: Node | null;
  selected: string | null;
  composer: ComposerTarget | null;
  /** The base-side thread the comparison table should scroll to, if any. */
  compareFocus: CompareFocus | null;
  /** Open threads per Pasal uid of `doc`. */
  pasalCounts: ReadonlyMap<string, number>;
  actions: ThreadActions | null;
}

let state: ThreadStoreState = { list: null, doc: null, selected: null, composer: null, compareFocus: null, pasalCounts: new Map(), actions: null };
const listeners = new Set<() => void>();

/** The current state. */
export function threadStore(): ThreadStoreState {
  return state;
}

/** Change part of the state and notify subscribers (the Pasal counts follow the list). */
export function updateThreadStore(patch: Partial<ThreadStoreState>): void {
  const next = { ...state, ...patch };
  if (patch.list !== undefined || patch.doc !== undefined) next.pasalCounts = openCountsByPasal(next.doc, next.list?.threads ?? []);
  state = next;
  for (const l of listeners) l();
}

/** Forget everything (the drafting screen closed). */
export function resetThreadStore(): void {
  updateThreadStore({ list: null, doc: null, selected: null, composer: null, compareFocus: null, actions: null });
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** React hook: the shared comments state. */
export function useThreadStore(): ThreadStoreState {
  return useSyncExternalStore(subscribe, threadStore);
}

/** React hook for the outline: open threads per Pasal uid. */
export function usePasalCommentCounts(): ReadonlyMap<string, number> {
  return useSyncExternalStore(subscribe, () => state.pasalCounts);
}
