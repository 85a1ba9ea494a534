/**
 * Stepping through the changes: "Sebelumnya" / "Berikutnya" buttons, their keys (F8 /
 * Shift+F8, see nav-keys.ts) and the position ("Perubahan 3 dari 188"), whose tooltip says how
 * the total splits into Pasal and the rows outside the Pasal, as the summary counts them; inside
 * a Pasal shown part by part (table) or line by line (redline), the part it stands on
 * ("Perubahan 38 dari 190 · angka 4").
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { changeStepOf, NEXT_CHANGE_KEY, PREV_CHANGE_KEY } from './nav-keys';

/** Props of the navigation. */
export interface ChangeNavProps {
  /** Move to the next (1) or previous (-1) change. */
  step(dir: 1 | -1): void;
  /** Changes among the shown rows, split as in the summary. */
  split: { pasal: number; other: number };
  /** Number of the current change (1-based), or 0 when the current row is none or not a change. */
  changeNo: number;
  /** The name of the part F8 stands on inside the current Pasal ("angka 4"), if any. */
  part?: string | null;
  /** How many rows are shown: rows without a change ("Nomor berubah" only) are counted as rows, not as "0 perubahan". */
  shownRows: number;
}

/** The navigation. */
export function ChangeNav({ step, split, changeNo, part = null, shownRows }: ChangeNavProps) {
  const { t } = useTranslation();
  const total = split.pasal + split.other;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const dir = changeStepOf(e);
      if (dir === 0 || e.defaultPrevented) return;
      e.preventDefault();
      step(dir);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step]);

  return (
    <div className="cmp-nav">
      <button type="button" onClick={() => step(-1)} disabled={total === 0} title={`${t('compare.prev')} (${PREV_CHANGE_KEY})`} aria-label={t('compare.prev')} aria-keyshortcuts={PREV_CHANGE_KEY}>
        ↑ {t('compare.prevShort')}
      </button>
      <button type="button" onClick={() => step(1)} disabled={total === 0} title={`${t('compare.next')} (${NEXT_CHANGE_KEY})`} aria-label={t('compare.next')} aria-keyshortcuts={NEXT_CHANGE_KEY}>
        ↓ {t('compare.nextShort')}
      </button>
      {/* A long part name is cut on screen (the list beside keeps its width); the tooltip and screen readers have it whole. */}
      <span className="cmp-position" aria-live="polite" title={`${changeNo > 0 && part ? `${t('compare.position', { n: changeNo, total })} · ${part}\n` : ''}${t('compare.positionTitle', split)}`}>
        {changeNo > 0 ? t('compare.position', { n: changeNo, total }) : total === 0 && shownRows > 0 ? t('compare.positionKeptOnly', { count: shownRows }) : t('compare.positionNone', { total })}
        {changeNo > 0 && part ? ` · ${part}` : ''}
      </span>
    </div>
  );
}
