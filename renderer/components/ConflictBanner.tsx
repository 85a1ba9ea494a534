/** Shown when the draft was changed elsewhere: reload it, or save the local text over it. */
import { useTranslation } from 'react-i18next';

/** The banner. */
export function ConflictBanner({ onReload, onOverwrite }: { onReload(): void; onOverwrite(): void }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-warn conflict-banner" role="alert">
      <span>{t('save.conflictMessage')}</span>
      <span className="notice-actions">
        <button type="button" onClick={() => window.confirm(t('save.reloadConfirm')) && onReload()}>
          {t('save.reload')}
        </button>
        <button type="button" className="primary" onClick={onOverwrite}>
          {t('save.overwrite')}
        </button>
      </span>
    </div>
  );
}
