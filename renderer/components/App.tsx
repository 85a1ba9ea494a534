/**
 * The application shell: asks the core whether a project is open and shows either the start
 * screen or the drafting screen.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectInfo } from '../../src/api/contract';
import { errorCodeOf, type ApiClient } from '../api/client';
import { DraftingScreen } from './DraftingScreen';
import { StartScreen } from './StartScreen';

type Phase = { kind: 'loading' } | { kind: 'start'; errorCode: string | null } | { kind: 'drafting'; info: ProjectInfo };

/** The root component. */
export function App({ client }: { client: ApiClient }) {
  const { t } = useTranslation();
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    client.call('project.info', {}).then(
      (info) => live && setPhase({ kind: 'drafting', info }),
      (e) => {
        const code = errorCodeOf(e);
        if (live) setPhase({ kind: 'start', errorCode: code === 'NO_PROJECT' ? null : code });
      },
    );
    return () => {
      live = false;
    };
  }, [client]);

  const opened = useCallback((info: ProjectInfo) => setPhase({ kind: 'drafting', info }), []);
  const closed = useCallback(() => setPhase({ kind: 'start', errorCode: null }), []);

  if (phase.kind === 'loading') {
    return (
      <div className="screen-loading" role="status">
        {t('common.loading')}
      </div>
    );
  }
  if (phase.kind === 'start') {
    return <StartScreen client={client} onOpened={opened} initialErrorCode={phase.errorCode} />;
  }
  return <DraftingScreen key={phase.info.path} client={client} info={phase.info} onClosed={closed} />;
}
