/**
 * Which rows of a comparison the panel shows: the "Tampilkan" filter (all, only changes, the
 * Pasal of one status, one BAB) and the search, both kept while the panel is closed (for the
 * rest of the session). A filter the result cannot apply (a BAB or status it does not have)
 * shows every row.
 */
import { useMemo, useState } from 'react';
import type { CompareResult } from '../../../src/api/contract';
import { filterValue } from './FilterSelect';
import { normalizeQuery, searchRows } from './row-search';
import { filterRows, formOnlyCount, numberRows, type NumberedRow, type RowFilter } from './view-model';

const kept: { filter: RowFilter; query: string } = { filter: { kind: 'all' }, query: '' };

/** What `useShownRows` gives. */
export interface ShownRows {
  rows: NumberedRow[];
  /** The filter in force. */
  filter: RowFilter;
  /** The search as typed, and as matched (`normalizeQuery`; "" when none). */
  query: string;
  searched: string;
  /** Changes whenever another set of rows is shown. */
  key: string;
  /** True when every row is shown (no filter, no search). */
  everything: boolean;
  setFilter(filter: RowFilter): void;
  setQuery(query: string): void;
}

/** The rows of `result` to show; `onChange` runs when the user changes the filter or the search. */
export function useShownRows(result: CompareResult | null, onChange: () => void): ShownRows {
  const [filter, setFilterState] = useState<RowFilter>(kept.filter);
  const [query, setQueryState] = useState(kept.query);
  const numbered = useMemo(() => (result ? numberRows(result.rows) : []), [result]);
  const formOnly = useMemo(() => (result ? formOnlyCount(result.rows) : 0), [result]);
  const searched = normalizeQuery(query);
  const applies =
    filter.kind === 'bab' ? (result?.babs.some((b) => b.label === filter.label) ?? false) : filter.kind !== 'status' || (result?.summary[filter.status] ?? 0) > 0;
  // "Only changes of content" where no change is of form only: every change.
  const effective: RowFilter = !applies ? { kind: 'all' } : filter.kind === 'content' && formOnly === 0 ? { kind: 'changes' } : filter;
  const key = `${filterValue(effective)}|${searched}`;
  const rows = useMemo(() => searchRows(filterRows(numbered, effective), searched), [numbered, key]);
  return {
    rows,
    filter: effective,
    query,
    searched,
    key,
    everything: effective.kind === 'all' && searched === '',
    setFilter: (f) => {
      kept.filter = f;
      setFilterState(f);
      onChange();
    },
    setQuery: (q) => {
      kept.query = q;
      setQueryState(q);
      onChange();
    },
  };
}
