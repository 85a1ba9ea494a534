/**
 * The counts at the top of the comparison, written so that they add up: "188 perubahan: 67 Pasal
 * (by status) + 121 baris di luar Pasal", the total the change navigation steps through; then
 * the Pasal counted as unchanged in content (only their number changed, or not at all). Each
 * count of Pasal by status is a button that shows just those Pasal; beside the unchanged ones,
 * another hides the changes of spelling, capitals or punctuation only (their words stayed too).
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompareResult, CompareStatus } from '../../../src/api/contract';
import { changeTotal, isChangeStatus } from './view-model';

/** The statuses in the order the summary (and the "Tampilkan" list) names them. */
export const STATUS_ORDER: readonly CompareStatus[] = ['changed', 'inserted', 'deleted', 'moved', 'renumbered', 'split', 'merged', 'unchanged'];

/** What the summary can show alone: the Pasal of one status, the changes outside the Pasal, the changes of content. */
export type SummaryShown = CompareStatus | 'outside' | 'content';

/**
 * The summary; a status chip shows only the Pasal of that status, and where some rows changed in
 * spelling, capitals or punctuation only, a button hides them (pressed again: every row).
 */
export function SummaryBar({ result, formOnly, shown, onShow }: { result: CompareResult; /** Rows changed in form only (`formOnlyCount`). */ formOnly: number; shown: SummaryShown | null; onShow(what: SummaryShown | null): void }) {
  const { t } = useTranslation();
  const pasal = changeTotal(result.summary);
  const other = changeTotal(result.otherSummary);
  const chips = (changes: boolean) =>
    STATUS_ORDER.filter((s) => isChangeStatus(s) === changes && result.summary[s] > 0).map((s) => (
      <button
        key={s}
        type="button"
        className={`cmp-chip cmp-status-${s}${shown === s ? ' is-active' : ''}`}
        data-status={s}
        aria-pressed={shown === s}
        title={t(shown === s ? 'compare.chipShowAll' : 'compare.chipShowOnly', { status: t(`compare.status.${s}`) })}
        onClick={() => onShow(shown === s ? null : s)}
      >
        <strong>{result.summary[s]}</strong> {t(`compare.status.${s}`)}
      </button>
    ));
  const kept = chips(false);
  // Two pieces, so that the second can share a line with the controls beside the summary.
  return (
    <>
      <div className="cmp-summary" role="status" aria-label={t('compare.summary')}>
        <strong className="cmp-summary-total">{t('compare.summaryTotal', { count: pasal + other })}</strong>
        <span className="cmp-summary-part" data-part="pasal">
          {t('compare.summaryPasal', { count: pasal })}
        </span>
        {chips(true)}
        {other > 0 && (
          <ToggleButton className="cmp-summary-other" part="other" active={shown === 'outside'} onToggle={(on) => onShow(on ? 'outside' : null)}
            title={`${t('compare.summaryOtherTitle')}\n${t(shown === 'outside' ? 'compare.chipShowAll' : 'compare.otherShowOnly')}`}>
            {t('compare.summaryOther', { count: other })}
          </ToggleButton>
        )}
      </div>
      {(kept.length > 0 || formOnly > 0) && (
        <div className="cmp-summary-kept">
          {kept.length > 0 && <span className="cmp-summary-part">{t('compare.summaryKept')}</span>}
          {kept}
          {formOnly > 0 && (
            <ToggleButton className="cmp-summary-form" part="form" active={shown === 'content'} onToggle={(on) => onShow(on ? 'content' : null)} title={t('compare.summaryFormTitle')}>
              {t(shown === 'content' ? 'compare.summaryFormShow' : 'compare.summaryFormHide', { count: formOnly })}
            </ToggleButton>
          )}
        </div>
      )}
    </>
  );
}

/** A part of the summary pressed to show only some rows (pressed again: every row). */
function ToggleButton({ className, part, active, title, onToggle, children }: { className: string; part: string; active: boolean; title: string; onToggle(on: boolean): void; children: ReactNode }) {
  return (
    <button type="button" className={`cmp-summary-part ${className}${active ? ' is-active' : ''}`} data-part={part} aria-pressed={active} title={title} onClick={() => onToggle(!active)}>
      {children}
    </button>
  );
}
