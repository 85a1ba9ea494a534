/** The counts at the top of the comparison: Pasal by status, and changed rows outside the Pasal. */
import { useTranslation } from 'react-i18next';
import type { CompareResult, CompareStatus } from '../../../src/api/contract';

const ORDER: CompareStatus[] = ['changed', 'inserted', 'deleted', 'moved', 'renumbered', 'split', 'merged', 'unchanged'];

/** The summary. */
export function SummaryBar({ result }: { result: CompareResult }) {
  const { t } = useTranslation();
  const total = ORDER.reduce((a, s) => a + result.summary[s], 0);
  const other = result.otherSummary;
  // Rows outside the Pasal whose number only followed the renumbering are not counted as changed.
  const otherChanged = ORDER.filter((s) => s !== 'unchanged' && s !== 'renumbered').reduce((a, s) => a + other[s], 0);
  return (
    <div className="cmp-summary" role="status" aria-label={t('compare.summary')}>
      <span className="cmp-summary-total">{t('compare.summaryPasal', { count: total })}</span>
      {ORDER.filter((s) => result.summary[s] > 0).map((s) => (
        <span key={s} className={`cmp-chip cmp-status-${s}`} data-status={s}>
          <strong>{result.summary[s]}</strong> {t(`compare.status.${s}`)}
        </span>
      ))}
      {otherChanged > 0 && <span className="cmp-summary-other">{t('compare.summaryOther', { count: otherChanged })}</span>}
    </div>
  );
}
