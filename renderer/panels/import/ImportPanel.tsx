/**
 * The "Impor" main panel of the drafting screen: import a file into the open project as its base
 * text (the old Perda; once) or as its draft (the current draft is kept as a version). After the
 * commit the window reloads the project, so the editor, outline and panels show the new texts.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PanelContext } from '../panel-types';
import { importSession, type ImportState } from './import-session';
import { ImportFlow } from './ImportFlow';

type Review = Extract<ImportState, { phase: 'review' }>;

/** The panel. */
export function ImportPanel({ ctx }: { ctx: PanelContext }) {
  const { t } = useTranslation();
  const session = importSession(`project:${ctx.info.path}`, ctx.client);
  const [busy, setBusy] = useState(false);

  const commit = async (state: Review, as: 'base' | 'draft') => {
    setBusy(true);
    try {
      await ctx.flush();
      const r = await ctx.client.call('import.commit', { jobId: state.jobId, doc: state.doc.toJSON() as never, as });
      session.reset();
      ctx.notify(as === 'base' ? t('import.committedBase', { file: state.fileName }) : t('import.committedDraft', { file: state.fileName, label: r.savedCurrentAs?.label ?? '' }));
      window.location.reload();
    } catch (e) {
      ctx.reportError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="import-panel">
      <ImportFlow
        session={session}
        intro={ctx.info.hasBase ? <p className="hint">{t('import.baseExists')}</p> : null}
        actions={(state) => (
          <>
            <button type="button" className="primary" disabled={busy || ctx.readOnly || ctx.info.hasBase} title={t('import.asBaseHint')} onClick={() => void commit(state, 'base')}>
              {t('import.asBase')}
            </button>
            <button type="button" disabled={busy || ctx.readOnly} title={t('import.asDraftHint')} onClick={() => void commit(state, 'draft')}>
              {t('import.asDraft')}
            </button>
            <button type="button" className="quiet" disabled={busy} onClick={() => session.reset()}>
              {t('import.again')}
            </button>
            {busy && <span className="hint">{t('import.committing')}</span>}
          </>
        )}
      />
    </div>
  );
}
