/** The saved / unsaved / saving indicator of the top bar. */
import { useTranslation } from 'react-i18next';
import type { SaveState } from '../editor/autosave';

const KEYS: Record<SaveState, string> = {
  saved: 'save.saved',
  dirty: 'save.dirty',
  saving: 'save.saving',
  error: 'save.error',
  conflict: 'save.conflict',
};

/** The indicator. */
export function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  return (
    <span className={`save-status save-${state}`} role="status" aria-live="polite" data-state={state}>
      <span className="save-dot" aria-hidden="true" />
      {t(KEYS[state])}
    </span>
  );
}
