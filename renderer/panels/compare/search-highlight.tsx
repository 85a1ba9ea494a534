/**
 * The occurrences of the comparison's search marked in the texts (<mark>): the query travels
 * by context, so every text of the table and the redline marks it without being handed it.
 */
import { createContext, Fragment, type ReactNode } from 'react';
import { splitAtHits } from './row-search';

/** The current search, normalised (`normalizeQuery`); "" when there is none. */
export const SearchQuery = createContext('');

/** `text` with each occurrence of `query` marked; the text itself when there is none. */
export function highlighted(text: string, query: string): ReactNode {
  if (query === '') return text;
  const pieces = splitAtHits(text, query);
  if (pieces.length === 1 && !pieces[0]?.hit) return text;
  return (
    <>
      {pieces.map((p, i) =>
        p.hit ? (
          <mark key={i} className="cmp-hit">
            {p.text}
          </mark>
        ) : (
          <Fragment key={i}>{p.text}</Fragment>
        ),
      )}
    </>
  );
}
