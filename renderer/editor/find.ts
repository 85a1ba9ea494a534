/**
 * Find and replace over the Perda (prosemirror-search): whole words, case, and a scope — the
 * whole document, the regulation without its Penjelasan, or the Penjelasan only. Replacing works
 * on text inside paragraphs, so it can never change the structure or a derived number.
 */
import type { EditorState } from 'prosemirror-state';
import { SearchQuery, type SearchResult } from 'prosemirror-search';

/** Where to search. */
export type FindScope = 'all' | 'draft' | 'penjelasan';

/** The options of the find bar. */
export interface FindOptions {
  search: string;
  replace: string;
  caseSensitive: boolean;
  wholeWord: boolean;
  scope: FindScope;
}

function inPenjelasan(state: EditorState, r: SearchResult): boolean {
  return state.doc.resolve(r.from).node(1)?.type.name === 'penjelasan';
}

/** The search query for `opts`. */
export function findQuery(opts: FindOptions): SearchQuery {
  const filter =
    opts.scope === 'all'
      ? undefined
      : opts.scope === 'penjelasan'
        ? (s: EditorState, r: SearchResult) => inPenjelasan(s, r)
        : (s: EditorState, r: SearchResult) => !inPenjelasan(s, r);
  return new SearchQuery({ search: opts.search, replace: opts.replace, caseSensitive: opts.caseSensitive, wholeWord: opts.wholeWord, literal: true, ...(filter ? { filter } : {}) });
}

/** How many matches `query` has in `state` (stops counting at `cap`). */
export function countMatches(state: EditorState, query: SearchQuery, cap = 9999): number {
  if (!query.valid) return 0;
  let n = 0;
  let pos = 0;
  for (;;) {
    const r = query.findNext(state, pos);
    if (!r || n >= cap) return n;
    n++;
    pos = r.to > pos ? r.to : pos + 1;
  }
}
