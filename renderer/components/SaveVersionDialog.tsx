/** The "Simpan versi" dialog: a required label and a stage (standard list or free text). */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { STAGES, stageText } from '../lib/stages';
import { ErrorNotice } from './ErrorNotice';
import { Modal } from './Modal';

const OTHER = '__other__';

/** The dialog; `onSubmit` saves the draft and the version, rejecting with an API error. */
export function SaveVersionDialog({
  onSubmit,
  onCancel,
}: {
  onSubmit(label: string, stage: string): Promise<void>;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const [label, setLabel] = useState('');
  const [stage, setStage] = useState<string>(STAGES[0]);
  const [custom, setCustom] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!label.trim()) return setProblem(t('saveVersion.labelRequired'));
    setProblem(null);
    setBusy(true);
    setError(null);
    try {
      await onSubmit(label.trim(), stage === OTHER ? custom.trim() : stage);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <Modal title={t('saveVersion.title')} onClose={onCancel}>
      <form className="form" onSubmit={submit} noValidate>
        <label className="field">
          <span>{t('saveVersion.label')}</span>
          <input name="version-label" value={label} placeholder={t('saveVersion.labelPlaceholder')} onChange={(e) => setLabel(e.target.value)} autoComplete="off" />
        </label>
        <label className="field">
          <span>{t('saveVersion.stage')}</span>
          <select name="version-stage" value={stage} onChange={(e) => setStage(e.target.value)}>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {stageText(t, s)}
              </option>
            ))}
            <option value={OTHER}>{t('saveVersion.stageOther')}</option>
          </select>
        </label>
        {stage === OTHER && (
          <label className="field">
            <span>{t('saveVersion.stageCustom')}</span>
            <input name="version-stage-custom" value={custom} onChange={(e) => setCustom(e.target.value)} autoComplete="off" />
          </label>
        )}
        {problem && (
          <p className="field-problem" role="alert">
            {problem}
          </p>
        )}
        <ErrorNotice error={error} />
        <div className="modal-actions">
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {t('saveVersion.submit')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
