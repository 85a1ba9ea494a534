/**
 * The new-project form: title, numbering mode and the file location. In the browser preview the
 * location is a text field with a default derived from the title (next to the most recent
 * project when there is one); in Electron a native dialog will replace it.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecentProject } from '../../src/api/contract';
import { defaultProjectPath } from '../lib/project-path';

/** What the form submits. */
export interface NewProjectArgs {
  title: string;
  mode: 'perubahan' | 'penggantian';
  path: string;
}

/** The form. */
export function NewProjectForm({
  busy,
  recent,
  onSubmit,
}: {
  busy: boolean;
  recent: RecentProject[];
  onSubmit(args: NewProjectArgs): void;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [mode, setMode] = useState<NewProjectArgs['mode']>('penggantian');
  const [path, setPath] = useState('');
  const [pathTouched, setPathTouched] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const shownPath = pathTouched ? path : defaultProjectPath(title, recent);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) return setProblem(t('start.titleRequired'));
    if (!shownPath.trim()) return setProblem(t('start.pathRequired'));
    setProblem(null);
    onSubmit({ title: title.trim(), mode, path: shownPath.trim() });
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <label className="field">
        <span>{t('start.title')}</span>
        <input
          name="title"
          value={title}
          placeholder={t('start.titlePlaceholder')}
          onChange={(e) => setTitle(e.target.value)}
          autoComplete="off"
        />
      </label>
      <fieldset className="field">
        <legend>{t('start.mode')}</legend>
        <label className="radio">
          <input type="radio" name="mode" value="penggantian" checked={mode === 'penggantian'} onChange={() => setMode('penggantian')} />
          {t('start.modePenggantian')}
        </label>
        <label className="radio">
          <input type="radio" name="mode" value="perubahan" checked={mode === 'perubahan'} onChange={() => setMode('perubahan')} />
          {t('start.modePerubahan')}
        </label>
      </fieldset>
      <label className="field">
        <span>{t('start.path')}</span>
        <input
          name="path"
          value={shownPath}
          spellCheck={false}
          onChange={(e) => {
            setPathTouched(true);
            setPath(e.target.value);
          }}
        />
      </label>
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {t('start.create')}
      </button>
    </form>
  );
}
