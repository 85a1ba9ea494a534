/**
 * The "Tampilkan" choice: every row, only the changes, only the changes of content (offered when
 * some rows changed in spelling, capitals or punctuation only), the changes outside the Pasal, the Pasal of
 * one status ("Pasal “Disisipkan” (25)", as the summary's chips count them), or the rows of one
 * BAB (named with its title). The list is as wide as the toolbar allows, and its tooltip carries the whole choice
 * when a long BAB title is cut.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CompareResult, CompareStatus } from '../../../src/api/contract';
import { STATUS_ORDER } from './SummaryBar';
import { changeTotal, formOnlyCount, type RowFilter } from './view-model';

/** What the list counts and names: Pasal by status, the other rows by status, the BAB, the rows changed in form only. */
export type FilterCounts = Pick<CompareResult, 'summary' | 'otherSummary' | 'babs'> & { formOnly: number };

/** The counts of a comparison's result. */
export function filterCountsOf(result: CompareResult): FilterCounts {
  return { ...result, formOnly: formOnlyCount(result.rows) };
}

/** The value of a filter in the list. */
export function filterValue(filter: RowFilter): string {
  return filter.kind === 'bab' ? `bab:${filter.label}` : filter.kind === 'status' ? `status:${filter.status}` : filter.kind;
}

/** The filter of a value of the list (`filterValue` read back). */
export function filterOfValue(v: string): RowFilter {
  if (v.startsWith('bab:')) return { kind: 'bab', label: v.slice(4) };
  if (v.startsWith('status:')) return { kind: 'status', status: v.slice(7) as CompareStatus };
  return v === 'changes' || v === 'content' || v === 'outside' ? { kind: v } : { kind: 'all' };
}

/** The words of a filter as the list names it ("Hanya perubahan", "Pasal “Disisipkan” (25)", "BAB III: …"). */
export function filterText(t: TFunction, filter: RowFilter, counts: FilterCounts): string {
  switch (filter.kind) {
    case 'all':
      return t('compare.filterAll');
    case 'changes':
      return t('compare.filterChanges');
    case 'content':
      return t('compare.filterContent', { count: counts.formOnly });
    case 'outside':
      return t('compare.filterOutside', { count: changeTotal(counts.otherSummary) });
    case 'status':
      return t('compare.filterStatus', { status: t(`compare.status.${filter.status}`), count: counts.summary[filter.status] });
    case 'bab':
      return t('compare.filterBab', { label: filter.label, title: counts.babs.find((b) => b.label === filter.label)?.title ?? '' });
  }
}

/** Props of the list. */
export interface FilterSelectProps {
  /** The BAB, and the counts by status (the statuses with none are not offered). */
  counts: FilterCounts;
  value: RowFilter;
  onChange(filter: RowFilter): void;
}

/** The list. */
export function FilterSelect({ counts, value, onChange }: FilterSelectProps) {
  const { t } = useTranslation();
  const filters: RowFilter[] = [
    { kind: 'all' },
    { kind: 'changes' },
    ...(counts.formOnly > 0 ? [{ kind: 'content' } as const] : []),
    ...(changeTotal(counts.otherSummary) > 0 ? [{ kind: 'outside' } as const] : []),
    ...STATUS_ORDER.filter((s) => counts.summary[s] > 0).map((status): RowFilter => ({ kind: 'status', status })),
    ...counts.babs.map((b): RowFilter => ({ kind: 'bab', label: b.label })),
  ];
  const options = filters.map((f) => ({ value: filterValue(f), text: filterText(t, f, counts) }));
  const selected = filterValue(value);
  return (
    <label className="cmp-field cmp-filter">
      <span>{t('compare.filter')}</span>
      <select
        value={selected}
        data-field="filter"
        title={options.find((o) => o.value === selected)?.text}
        onChange={(e) => onChange(filterOfValue(e.target.value))}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </select>
    </label>
  );
}
