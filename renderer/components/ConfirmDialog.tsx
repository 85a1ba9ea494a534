/** A yes/cancel confirmation dialog. */
import { useTranslation } from 'react-i18next';
import { Modal } from './Modal';

/** The dialog. */
export function ConfirmDialog({
  title,
  message,
  busy,
  onConfirm,
  onCancel,
}: {
  title: string;
  message: string;
  busy?: boolean;
  onConfirm(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  return (
    <Modal title={title} onClose={onCancel}>
      <p className="modal-text">{message}</p>
      <div className="modal-actions">
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="button" className="primary" onClick={onConfirm} disabled={busy}>
          {t('common.confirm')}
        </button>
      </div>
    </Modal>
  );
}
