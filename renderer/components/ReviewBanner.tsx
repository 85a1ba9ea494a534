/**
 * The review-mode banner: shown while a review package is open (the core places threads in the
 * package's version, `thread.list` source "package"). The text is read-only; the reviewer may
 * comment, reply and propose wording. "Tutup paket" closes the package (review.close).
 */
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../api/client';
import { useThreadStore } from '../panels/comments/thread-store';

/** The banner (renders nothing outside review mode). */
export function ReviewBanner({ client, onClosed }: { client: ApiClient; onClosed(): void }) {
  const { t } = useTranslation();
  const { list } = useThreadStore();
  if (list?.source.kind !== 'package') return null;
  const close = async () => {
    await client.call('review.close', {}).catch(() => undefined);
    onClosed();
  };
  return (
    <div className="review-banner" role="status">
      <span className="review-banner-badge">{t('comments.banner.version', { label: list.source.label })}</span>
      <span>{t('comments.banner.text')}</span>
      <button type="button" className="small" onClick={() => void close()}>
        {t('comments.banner.close')}
      </button>
    </div>
  );
}
