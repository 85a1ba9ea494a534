/** The top bar of the drafting screen: project title, mode, save state and project actions. */
import { useTranslation } from 'react-i18next';
import type { ProjectInfo } from '../../src/api/contract';
import type { SaveState } from '../editor/autosave';
import { LanguageSwitch } from './LanguageSwitch';
import { SaveStatus } from './SaveStatus';

/** Props of the top bar. */
export interface TopBarProps {
  info: ProjectInfo;
  saveState: SaveState;
  canSaveVersion: boolean;
  onSaveVersion(): void;
  onClose(): void;
}

/** The bar. */
export function TopBar({ info, saveState, canSaveVersion, onSaveVersion, onClose }: TopBarProps) {
  const { t } = useTranslation();
  return (
    <header className="top-bar">
      <div className="top-bar-title">
        <span className="brand-small">{t('app.name')}</span>
        <h1 className="project-title" title={info.path}>
          {info.title}
        </h1>
        <span className={`mode-badge mode-${info.mode}`}>{t(`mode.${info.mode}`)}</span>
      </div>
      <div className="top-bar-actions">
        <SaveStatus state={saveState} />
        <button type="button" className="primary" onClick={onSaveVersion} disabled={!canSaveVersion}>
          {t('toolbar.saveVersion')}
        </button>
        <LanguageSwitch />
        <button type="button" className="quiet" onClick={onClose}>
          {t('toolbar.closeProject')}
        </button>
      </div>
    </header>
  );
}
