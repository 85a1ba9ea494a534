/**
 * The "Tampilkan" choice: every row, only the changes, or the rows of one BAB (named with its
 * title). The list is as wide as the toolbar allows, and its tooltip carries the whole choice
 * when a long BAB title is cut.
 */
import { useTranslation } from 'react-i18next';
import type { CompareResult } from '../../../src/api/contract';
import type { RowFilter } from './view-model';

/** The value of a filter in the list. */
export function filterValue(filter: RowFilter): string {
  return filter.kind === 'bab' ? `bab:${filter.label}` : filter.kind;
}

/** Props of the list. */
export interface FilterSelectProps {
  babs: CompareResult['babs'];
  value: RowFilter;
  onChange(filter: RowFilter): void;
}

/** The list. */
export function FilterSelect({ babs, value, onChange }: FilterSelectProps) {
  const { t } = useTranslation();
  const options = [
    { value: 'all', text: t('compare.filterAll') },
    { value: 'changes', text: t('compare.filterChanges') },
    ...babs.map((b) => ({ value: `bab:${b.label}`, text: t('compare.filterBab', { label: b.label, title: b.title }) })),
  ];
  const selected = filterValue(value);
  return (
    <label className="cmp-field cmp-filter">
      <span>{t('compare.filter')}</span>
      <select
        value={selected}
        data-field="filter"
        title={options.find((o) => o.value === selected)?.text}
        onChange={(e) => {
          const v = e.target.value;
          onChange(v === 'all' || v === 'changes' ? { kind: v } : { kind: 'bab', label: v.slice(4) });
        }}
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
