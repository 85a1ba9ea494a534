/** The start screen: new project, open project, recent projects and the sample project. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectInfo, RecentProject } from '../../src/api/contract';
import type { ApiClient } from '../api/client';
import { ErrorNotice } from './ErrorNotice';
import { LanguageSwitch } from './LanguageSwitch';
import { NewProjectForm } from './NewProjectForm';
import { OpenProjectForm } from './OpenProjectForm';
import { OpenReviewForm } from '../panels/comments/OpenReviewForm';
import { RecentProjects } from './RecentProjects';
import { StartImport } from '../panels/import/StartImport';

/** Props of the start screen. */
export interface StartScreenProps {
  client: ApiClient;
  onOpened(info: ProjectInfo): void;
  initialErrorCode: string | null;
}

/** The first screen when no project is open. */
export function StartScreen({ client, onOpened, initialErrorCode }: StartScreenProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(initialErrorCode);
  const [busy, setBusy] = useState(false);
  const [recent, setRecent] = useState<RecentProject[] | null>(null);

  useEffect(() => {
    client.call('project.recent', {}).then(setRecent, () => setRecent([]));
  }, [client]);

  const run = async (work: () => Promise<ProjectInfo>) => {
    setBusy(true);
    setError(null);
    try {
      onOpened(await work());
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="start-screen">
      <header className="start-header">
        <div>
          <h1 className="brand">{t('app.name')}</h1>
          <p className="tagline">{t('app.tagline')}</p>
        </div>
        <LanguageSwitch />
      </header>
      <ErrorNotice error={error} onDismiss={() => setError(null)} />
      <main className="start-grid">
        <section className="card card-new" aria-labelledby="new-title">
          <h2 id="new-title">{t('start.newTitle')}</h2>
          <p className="hint">{t('start.newHint')}</p>
          <NewProjectForm
            busy={busy}
            recent={recent ?? []}
            onSubmit={(args) => run(() => client.call('project.create', args))}
          />
        </section>
        <div className="start-side">
          <section className="card" aria-labelledby="sample-title">
            <h2 id="sample-title">{t('start.sampleTitle')}</h2>
            <p className="hint">{t('import.sampleHint')}</p>
            <button type="button" disabled={busy} onClick={() => run(() => client.call('project.sample', {}))}>
              {t('start.sample')}
            </button>
          </section>
          <StartImport client={client} busy={busy} recent={recent ?? []} onOpened={onOpened} />
          <section className="card" aria-labelledby="open-title">
            <h2 id="open-title">{t('start.openTitle')}</h2>
            <OpenProjectForm busy={busy} onSubmit={(path) => run(() => client.call('project.open', { path }))} />
          </section>
          <section className="card" aria-labelledby="review-title">
            <h2 id="review-title">{t('comments.start.title')}</h2>
            <p className="hint">{t('comments.start.hint')}</p>
            <OpenReviewForm
              busy={busy}
              onSubmit={(path) =>
                run(async () => {
                  await client.call('review.open', { path });
                  return client.call('project.info', {});
                })
              }
            />
          </section>
          <section className="card" aria-labelledby="recent-title">
            <h2 id="recent-title">{t('start.recentTitle')}</h2>
            <RecentProjects
              items={recent}
              disabled={busy}
              onOpen={(path) => run(() => client.call('project.open', { path }))}
            />
          </section>
        </div>
      </main>
    </div>
  );
}
