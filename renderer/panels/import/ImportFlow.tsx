/**
 * The import flow shared by the drafting screen's "Impor" panel and the start screen: choose a
 * file, follow the progress (cancel), then review. The caller supplies the commit actions.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { MAX_FILE_BYTES, useImportState, type ImportSession, type ImportState } from './import-session';
import { ProgressView } from './ProgressView';
import { ReviewView } from './ReviewView';
import './import.css';

/** Props of the flow. */
export interface ImportFlowProps {
  session: ImportSession;
  actions(state: Extract<ImportState, { phase: 'review' }>): ReactNode;
  /** Shown above the file picker (e.g. a hint that a base already exists). */
  intro?: ReactNode;
}

/** The flow. */
export function ImportFlow({ session, actions, intro }: ImportFlowProps) {
  const { t } = useTranslation();
  const state = useImportState(session);
  if (state.phase === 'running') {
    return <ProgressView fileName={state.fileName} stage={state.stage} done={state.done} total={state.total} onCancel={() => void session.cancel(t('import.cancelled'))} />;
  }
  if (state.phase === 'review') return <ReviewView state={state} session={session} actions={actions(state)} />;
  const max = Math.round(MAX_FILE_BYTES / 1048576);
  return (
    <div className="import-choose">
      <h2>{t('import.heading')}</h2>
      <p className="hint">{t('import.intro')}</p>
      {intro}
      <ErrorNotice error={state.error} onDismiss={() => session.reset()} />
      {state.note && (
        <p className="import-note" role="status">
          {state.note}
        </p>
      )}
      <label className="import-pick">
        <span className="button-like">{t('import.choose')}</span>
        <input
          type="file"
          accept=".pdf,.docx,.doc,.txt,application/pdf,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/msword"
          aria-label={t('import.choose')}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void session.start(file, t('import.tooLarge', { size: Math.round(file.size / 1048576), max }), t('import.readFailed'));
          }}
        />
      </label>
    </div>
  );
}
