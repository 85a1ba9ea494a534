/**
 * "Unduh Word": the comparison shown, as a Word file, without a detour through the Ekspor panel:
 * the matriks perbandingan, or the new text with its changes as Word revisions (Track Changes).
 * A disclosure button showing the two files as buttons under it (Escape or a click elsewhere
 * closes it); the export runs in the core and the file is downloaded as a Blob.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../../api/client';
import { downloadBase64 } from '../export/download';
import type { ExportTexts } from './selection';

/** The two Word files offered, in the menu's order. */
const FILES = ['redline', 'comparison'] as const;

/** The menu; `texts` null when the comparison shown cannot be exported (the button says why). */
export function DownloadMenu({ client, texts, onError }: { client: ApiClient; texts: ExportTexts | null; onError(e: unknown): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [running, setRunning] = useState(false);
  const box = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent | KeyboardEvent) => {
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !box.current?.contains(e.target as globalThis.Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);

  const download = async (what: (typeof FILES)[number]) => {
    setOpen(false);
    if (!texts) return;
    setRunning(true);
    try {
      const res = await client.call('export.run', { what, format: 'docx', ...texts });
      if (res.base64) downloadBase64(res.base64, res.fileName, res.mime);
    } catch (e) {
      onError(e);
    } finally {
      setRunning(false);
    }
  };

  return (
    <span className="cmp-download" ref={box}>
      <button type="button" aria-expanded={open} aria-controls="cmp-download-files" disabled={!texts || running} title={texts ? t('compare.downloadTitle') : t('compare.downloadUnavailable')} onClick={() => setOpen((o) => !o)}>
        {running ? t('compare.downloadRunning') : t('compare.download')}
      </button>
      {open && (
        <span className="cmp-download-menu" id="cmp-download-files">
          {FILES.map((what) => (
            <button key={what} type="button" data-what={what} onClick={() => void download(what)}>
              {t(`compare.downloadFile.${what}`)}
            </button>
          ))}
        </span>
      )}
    </span>
  );
}
