/** The editing toolbar: new ayat, new Pasal after, new list item, undo and redo. */
import { useTranslation } from 'react-i18next';

/** Props of the toolbar; each action is run on the editor by the host. */
export interface ToolbarProps {
  disabled: boolean;
  canUndo: boolean;
  canRedo: boolean;
  onNewAyat(): void;
  onNewPasal(): void;
  onNewItem(): void;
  onUndo(): void;
  onRedo(): void;
}

/** Keeps the editor's focus and selection when a toolbar button is pressed. */
const keepFocus = (e: React.MouseEvent) => e.preventDefault();

/** The toolbar. */
export function Toolbar(p: ToolbarProps) {
  const { t } = useTranslation();
  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <button type="button" onMouseDown={keepFocus} onClick={p.onNewAyat} disabled={p.disabled}>
        {t('toolbar.newAyat')}
      </button>
      <button type="button" onMouseDown={keepFocus} onClick={p.onNewPasal} disabled={p.disabled}>
        {t('toolbar.newPasal')}
      </button>
      <button type="button" onMouseDown={keepFocus} onClick={p.onNewItem} disabled={p.disabled}>
        {t('toolbar.newItem')}
      </button>
      <span className="toolbar-sep" aria-hidden="true" />
      <button type="button" onMouseDown={keepFocus} onClick={p.onUndo} disabled={p.disabled || !p.canUndo} title="Ctrl+Z">
        {t('toolbar.undo')}
      </button>
      <button type="button" onMouseDown={keepFocus} onClick={p.onRedo} disabled={p.disabled || !p.canRedo} title="Ctrl+Y">
        {t('toolbar.redo')}
      </button>
    </div>
  );
}
