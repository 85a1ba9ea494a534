/**
 * The start screen's "Buat proyek dari berkas" card: opens the import flow over the whole start
 * screen; after the review a new project is created with the imported text as its base text or
 * its draft, and opened.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectInfo, RecentProject } from '../../../src/api/contract';
import type { ApiClient } from '../../api/client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { defaultProjectPath } from '../../lib/project-path';
import { importSession, type ImportState } from './import-session';
import { ImportFlow } from './ImportFlow';

type Review = Extract<ImportState, { phase: 'review' }>;

/** "Peraturan Daerah … tentang Penyelenggaraan Perparkiran" -> "Penyelenggaraan Perparkiran". */
function subjectOf(title: string, fileName: string): string {
  return /\btentang\s+(.+)$/i.exec(title)?.[1] ?? fileName.replace(/\.[a-z0-9]+$/i, '');
}

/** The commit form of a new project. */
function NewProjectActions({ state, client, recent, onOpened }: { state: Review; client: ApiClient; recent: RecentProject[]; onOpened(info: ProjectInfo): void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(() => subjectOf(state.result.outline.title, state.fileName));
  const [path, setPath] = useState(() => defaultProjectPath(subjectOf(state.result.outline.title, state.fileName), recent));
  const [fromBase, setFromBase] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const commit = async (as: 'base' | 'draft') => {
    setBusy(true);
    setError(null);
    try {
      await client.call('project.create', { path, title, mode: as === 'base' && fromBase ? 'perubahan' : 'penggantian' });
      const r = await client.call('import.commit', { jobId: state.jobId, doc: state.doc.toJSON() as never, as, draftFromBase: as === 'base' && fromBase });
      importSession('start', client).reset();
      onOpened(r.project);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="import-new-project">
      <label>
        <span>{t('import.newProjectTitle')}</span>
        <input value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label>
        <span>{t('import.newProjectPath')}</span>
        <input value={path} onChange={(e) => setPath(e.target.value)} />
      </label>
      <label className="import-check">
        <input type="checkbox" checked={fromBase} onChange={(e) => setFromBase(e.target.checked)} /> {t('import.startDraftFromBase')}
      </label>
      <div className="import-actions">
        <button type="button" className="primary" disabled={busy || !title.trim() || !path.trim()} onClick={() => void commit('base')}>
          {t('import.asBase')}
        </button>
        <button type="button" disabled={busy || !title.trim() || !path.trim()} onClick={() => void commit('draft')}>
          {t('import.asDraft')}
        </button>
      </div>
      <ErrorNotice error={error} onDismiss={() => setError(null)} />
    </div>
  );
}

/** The card, and the import over the start screen once opened. */
export function StartImport({ client, busy, recent, onOpened }: { client: ApiClient; busy: boolean; recent: RecentProject[]; onOpened(info: ProjectInfo): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const session = importSession('start', client);
  return (
    <section className="card" aria-labelledby="import-start-title">
      <h2 id="import-start-title">{t('import.startTitle')}</h2>
      <p className="hint">{t('import.startHint')}</p>
      <button type="button" disabled={busy} onClick={() => setOpen(true)}>
        {t('import.startButton')}
      </button>
      {open && (
        <div className="import-overlay" role="dialog" aria-modal="true" aria-label={t('import.startTitle')}>
          <div className="import-overlay-bar">
            <button type="button" className="quiet" onClick={() => setOpen(false)}>
              {t('import.close')}
            </button>
          </div>
          <div className="import-panel">
            <ImportFlow session={session} actions={(state) => <NewProjectActions state={state} client={client} recent={recent} onOpened={onOpened} />} />
          </div>
        </div>
      )}
    </section>
  );
}
