/** The versions panel on the right: saved versions, open read-only, restore as draft. */
import { useTranslation } from 'react-i18next';
import type { VersionInfo } from '../../src/api/contract';
import { formatDateTime } from '../lib/format-date';
import { stageText } from '../lib/stages';

/** Props of the panel. */
export interface VersionsPanelProps {
  versions: VersionInfo[] | null;
  viewingId: number | null;
  onOpen(v: VersionInfo): void;
  onRestore(v: VersionInfo): void;
}

/** The panel. */
export function VersionsPanel({ versions, viewingId, onOpen, onRestore }: VersionsPanelProps) {
  const { t, i18n } = useTranslation();
  return (
    <aside className="side-panel versions-panel" aria-labelledby="versions-title">
      <h2 id="versions-title" className="panel-title">
        {t('versions.title')}
      </h2>
      {versions === null ? (
        <p className="hint">{t('common.loading')}</p>
      ) : versions.length === 0 ? (
        <p className="hint">{t('versions.empty')}</p>
      ) : (
        <ul className="version-list">
          {versions.map((v) => (
            <li key={v.id} className={`version-item${viewingId === v.id ? ' is-active' : ''}`} data-version-id={v.id}>
              <div className="version-label">{v.label}</div>
              <div className="version-meta">
                {v.stage && <span className="version-stage">{stageText(t, v.stage)}</span>}
                <span>{t('versions.by', { author: v.author || t('versions.noAuthor') })}</span>
                <time dateTime={v.createdAt}>{formatDateTime(v.createdAt, i18n.language)}</time>
              </div>
              <div className="version-actions">
                <button type="button" className="small" onClick={() => onOpen(v)}>
                  {t('versions.open')}
                </button>
                <button type="button" className="small quiet" onClick={() => onRestore(v)}>
                  {t('versions.restore')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
