/**
 * The backups panel: the project's rotating backups (newest first), "back up now", and restore
 * with a confirmation. After a restore the window reloads so every view shows the restored file.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../src/api/contract';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatDateTime } from '../../lib/format-date';
import type { PanelContext } from '../panel-types';

/** The panel. */
export function BackupsPanel({ ctx }: { ctx: PanelContext }) {
  const { t, i18n } = useTranslation();
  const [list, setList] = useState<BackupInfo[] | null>(null);
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const time = (b: BackupInfo) => formatDateTime(b.createdAt, i18n.language);

  const refresh = useCallback(async () => {
    try {
      const items = await ctx.client.call('backup.list', {});
      setList([...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt)));
    } catch (e) {
      ctx.reportError(e);
    }
  }, [ctx]);

  useEffect(() => {
    void refresh();
  }, []);

  const create = async () => {
    setBusy(true);
    try {
      await ctx.flush();
      await ctx.client.call('backup.create', {});
      ctx.notify(t('backups.created'));
      await refresh();
    } catch (e) {
      ctx.reportError(e);
    } finally {
      setBusy(false);
    }
  };

  const restore = async (b: BackupInfo) => {
    setBusy(true);
    try {
      await ctx.flush();
      await ctx.client.call('backup.restore', { id: b.id });
      ctx.notify(t('backups.restored', { time: time(b) }));
      window.location.reload();
    } catch (e) {
      ctx.reportError(e);
    } finally {
      setBusy(false);
      setConfirming(null);
    }
  };

  return (
    <div className="backups-panel">
      <h2 className="panel-title">{t('backups.heading')}</h2>
      <p className="hint">{t('backups.hint')}</p>
      <button type="button" className="small" onClick={() => void create()} disabled={busy || ctx.readOnly}>
        {t('backups.create')}
      </button>
      {list === null ? (
        <p className="hint">{t('common.loading')}</p>
      ) : list.length === 0 ? (
        <p className="hint">{t('backups.empty')}</p>
      ) : (
        <ul className="version-list">
          {list.map((b) => (
            <li key={b.id} className="version-item" data-backup-id={b.id}>
              <div className="version-label">{time(b)}</div>
              <div className="version-meta">
                <span className="version-stage">{t(`backups.kind.${b.kind}`)}</span>
                <span>{t('backups.size', { kb: Math.max(1, Math.round(b.bytes / 1024)) })}</span>
              </div>
              <div className="version-actions">
                <button type="button" className="small quiet" onClick={() => setConfirming(b)} disabled={busy || ctx.readOnly}>
                  {t('backups.restore')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('backups.restoreTitle')}
          message={t('backups.restoreConfirm', { time: time(confirming) })}
          busy={busy}
          onConfirm={() => void restore(confirming)}
          onCancel={() => setConfirming(null)}
        />
      )}
    </div>
  );
}
