/** The list of recently opened projects. */
import { useTranslation } from 'react-i18next';
import type { RecentProject } from '../../src/api/contract';
import { formatDateTime } from '../lib/format-date';

/** The list; `items` null while loading. */
export function RecentProjects({
  items,
  disabled,
  onOpen,
}: {
  items: RecentProject[] | null;
  disabled: boolean;
  onOpen(path: string): void;
}) {
  const { t, i18n } = useTranslation();
  if (items === null) return <p className="hint">{t('common.loading')}</p>;
  if (items.length === 0) return <p className="hint">{t('start.recentEmpty')}</p>;
  return (
    <ul className="recent-list">
      {items.map((r) => (
        <li key={r.path}>
          <button type="button" className="link-button" disabled={disabled} onClick={() => onOpen(r.path)} title={r.path}>
            <span className="recent-title">{r.title}</span>
            <span className="recent-meta">
              {formatDateTime(r.openedAt, i18n.language)} · {r.path}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
