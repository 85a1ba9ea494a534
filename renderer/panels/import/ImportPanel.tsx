/**
 * The "Impor" main panel of the drafting screen: import a file into the open project as its base
 * text (the old Perda; once) or as its draft (the current draft is kept as a version). An amending
 * instrument can instead be applied to the base, the result becoming the draft; the panel then
 * lists how each change item went before the project is opened again. After the commit the
 * window reloads the project, so the editor, outline and panels show the new texts.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportCommitResult } from '../../../src/api/contract';
import type { PanelContext } from '../panel-types';
import { importSession, type ImportState } from './import-session';
import { ImportFlow } from './ImportFlow';

type Review = Extract<ImportState, { phase: 'review' }>;

/** The panel. */
export function ImportPanel({ ctx }: { ctx: PanelContext }) {
  const { t } = useTranslation();
  const session = importSession(`project:${ctx.info.path}`, ctx.client);
  const [busy, setBusy] = useState(false);
  const [applied, setApplied] = useState<ImportCommitResult['appliedInstrument']>(null);

  const commit = async (state: Review, as: 'base' | 'draft', applyToBase = false) => {
    setBusy(true);
    try {
      await ctx.flush();
      const r = await ctx.client.call('import.commit', { jobId: state.jobId, doc: state.doc.toJSON() as never, as, ...(applyToBase ? { applyToBase } : {}) });
      session.reset();
      if (r.appliedInstrument) {
        setApplied(r.appliedInstrument);
        return;
      }
      ctx.notify(as === 'base' ? t('import.committedBase', { file: state.fileName }) : t('import.committedDraft', { file: state.fileName, label: r.savedCurrentAs?.label ?? '' }));
      window.location.reload();
    } catch (e) {
      ctx.reportError(e);
    } finally {
      setBusy(false);
    }
  };

  if (applied) {
    return (
      <div className="import-panel import-applied" role="status">
        <p>{t('import.appliedTitle', { applied: applied.applied, total: applied.total })}</p>
        <ul>
          {applied.report.map((r, i) => (
            <li key={i} data-status={r.status}>
              {r.item > 0 ? `${t('import.appliedItem', { item: r.item })}: ` : ''}
              <strong>{t(`import.appliedStatus.${r.status}`)}</strong>
              {r.units.length > 0 ? ` (${r.units.join(', ')})` : ''}
              {r.status === 'applied' ? '' : ` — ${r.message}`}
            </li>
          ))}
        </ul>
        <button type="button" className="primary" onClick={() => window.location.reload()}>
          {t('import.openDraft')}
        </button>
      </div>
    );
  }

  return (
    <div className="import-panel">
      <ImportFlow
        session={session}
        intro={ctx.info.hasBase ? <p className="hint">{t('import.baseExists')}</p> : null}
        actions={(state) => (
          <>
            {ctx.info.hasBase && state.doc.attrs.kind === 'perubahan' && (
              <>
                <p className="hint import-instrument">{t('import.instrumentFound')}</p>
                <button type="button" className="primary" disabled={busy || ctx.readOnly} title={t('import.applyToBaseHint')} onClick={() => void commit(state, 'draft', true)}>
                  {t('import.applyToBase')}
                </button>
              </>
            )}
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
