/** The start screen's "Buka paket tinjauan" form: the path of a .rancang-review file. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** The form. */
export function OpenReviewForm({ busy, onSubmit }: { busy: boolean; onSubmit(path: string): void }) {
  const { t } = useTranslation();
  const [path, setPath] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (path.trim()) onSubmit(path.trim());
  };
  return (
    <form className="form form-inline" onSubmit={submit}>
      <label className="field">
        <span>{t('comments.start.path')}</span>
        <input name="review-path" value={path} spellCheck={false} placeholder="…/naskah.rancang-review" onChange={(e) => setPath(e.target.value)} />
      </label>
      <button type="submit" disabled={busy || !path.trim()}>
        {t('comments.start.open')}
      </button>
    </form>
  );
}
