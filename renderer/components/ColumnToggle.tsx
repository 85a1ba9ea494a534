/**
 * Hiding and showing a side column of the drafting screen: a small button in the column's header
 * hides it; a narrow rail with the column's name stands in its place and brings it back.
 */
import { useTranslation } from 'react-i18next';
import type { SideColumn } from '../hooks/use-column-layout';

/** Element id of each column (the buttons' `aria-controls`). */
export const COLUMN_IDS: Readonly<Record<SideColumn, string>> = { outline: 'column-outline', side: 'column-side' };

/** The button that hides a shown column. */
export function HideColumnButton({ column, onHide }: { column: SideColumn; onHide(): void }) {
  const { t } = useTranslation();
  const label = t(`columns.hide.${column}`);
  return (
    <button type="button" className={`column-hide column-hide-${column}`} aria-label={label} title={label} aria-expanded aria-controls={COLUMN_IDS[column]} onClick={onHide}>
      {column === 'outline' ? '‹' : '›'}
    </button>
  );
}

/** The rail that stands for a hidden column and shows it again. */
export function ColumnRail({ column, onShow }: { column: SideColumn; onShow(): void }) {
  const { t } = useTranslation();
  const label = t(`columns.show.${column}`);
  return (
    <div className={`column-rail column-rail-${column}`}>
      <button type="button" className="column-show" aria-label={label} title={label} aria-expanded={false} aria-controls={COLUMN_IDS[column]} onClick={onShow}>
        <span aria-hidden="true">{column === 'outline' ? '›' : '‹'}</span>
        <span className="column-rail-name" aria-hidden="true">{t(`columns.name.${column}`)}</span>
      </button>
    </div>
  );
}
