/** The open-project form (a path field in the browser preview). */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** The form. */
export function OpenProjectForm({ busy, onSubmit }: { busy: boolean; onSubmit(path: string): void }) {
  const { t } = useTranslation();
  const [path, setPath] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (path.trim()) onSubmit(path.trim());
  };
  return (
    <form className="form form-inline" onSubmit={submit}>
      <label className="field">
        <span>{t('start.openPath')}</span>
        <input name="open-path" value={path} spellCheck={false} onChange={(e) => setPath(e.target.value)} />
      </label>
      <button type="submit" disabled={busy || !path.trim()}>
        {t('start.open')}
      </button>
    </form>
  );
}
