/** The progress of a running import: stage, a progress bar (pages of a PDF) and cancel. */
import { useTranslation } from 'react-i18next';

/** Stages that count pages: the text layer read, and a scan's pages read by text recognition. */
const PAGED_STAGES = new Set(['mengekstrak teks PDF', 'mengenali teks hasil pindai (OCR)']);

/** Props of the progress view. */
export interface ProgressViewProps {
  fileName: string;
  stage: string;
  done: number;
  total: number;
  onCancel(): void;
}

/** The view. */
export function ProgressView({ fileName, stage, done, total, onCancel }: ProgressViewProps) {
  const { t, i18n } = useTranslation();
  const stageKey = `import.stage.${stage}`;
  const pages = PAGED_STAGES.has(stage) && total > 1;
  return (
    <div className="import-progress" role="status" aria-live="polite" data-stage={stage}>
      <p className="import-file">{fileName}</p>
      <p className="import-stage">
        <span className="import-spinner" aria-hidden="true" />
        {i18n.exists(stageKey) ? t(stageKey) : stage}
        {pages && <span className="import-pages"> — {t('import.pageProgress', { done, total })}</span>}
      </p>
      <progress max={pages ? total : undefined} value={pages ? done : undefined} aria-label={t('import.title')} />
      <div>
        <button type="button" onClick={onCancel}>
          {t('import.cancel')}
        </button>
      </div>
    </div>
  );
}
