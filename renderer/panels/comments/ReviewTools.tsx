/**
 * The drafter's review-package tools at the foot of the comments panel: "Ekspor paket tinjauan"
 * (review.export to a path, for a reviewer) and "Impor hasil tinjauan" (review.import of a
 * returned package), each reporting what it wrote or merged.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { slugOf } from '../../lib/project-path';
import type { PanelContext } from '../panel-types';

/** The directory part of a path, with its separator ('' without one). */
const dirOf = (p: string) => p.slice(0, Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1);

/** The tools. */
export function ReviewTools({ ctx, onMerged }: { ctx: PanelContext; onMerged(): Promise<void> }) {
  const { t } = useTranslation();
  const [out, setOut] = useState(() => `${dirOf(ctx.info.path)}${slugOf(ctx.info.title)}-tinjauan.rancang-review`);
  const [reviewer, setReviewer] = useState('');
  const [input, setInput] = useState('');
  const [busy, setBusy] = useState(false);

  const run = async (e: FormEvent, work: () => Promise<string>) => {
    e.preventDefault();
    setBusy(true);
    try {
      ctx.notify(await work());
    } catch (err) {
      ctx.reportError(err);
    } finally {
      setBusy(false);
    }
  };

  const exportPackage = async () => {
    await ctx.flush();
    const r = await ctx.client.call('review.export', { out, ...(reviewer.trim() ? { reviewer: reviewer.trim() } : {}) });
    return t('comments.review.exported', { path: r.path, threads: r.threads, version: r.version.label });
  };

  const importPackage = async () => {
    const r = await ctx.client.call('review.import', { path: input });
    await onMerged();
    return r.added === 0 ? t('comments.review.importedNone') : t('comments.review.imported', { ...r, reviewer: r.reviewer || '—' });
  };

  return (
    <details className="review-tools">
      <summary>{t('comments.review.title')}</summary>
      <p className="hint">{t('comments.review.hint')}</p>
      <form className="review-form" onSubmit={(e) => void run(e, exportPackage)}>
        <label className="field">
          <span>{t('comments.review.exportPath')}</span>
          <input name="out" value={out} onChange={(e) => setOut(e.target.value)} required />
        </label>
        <label className="field">
          <span>{t('comments.review.reviewer')}</span>
          <input name="reviewer" value={reviewer} onChange={(e) => setReviewer(e.target.value)} />
        </label>
        <button type="submit" className="small" disabled={busy || !out.trim()}>
          {t('comments.review.export')}
        </button>
      </form>
      <form className="review-form" onSubmit={(e) => void run(e, importPackage)}>
        <label className="field">
          <span>{t('comments.review.importPath')}</span>
          <input name="import" value={input} placeholder="…/hasil.rancang-review" onChange={(e) => setInput(e.target.value)} required />
        </label>
        <button type="submit" className="small" disabled={busy || !input.trim()}>
          {t('comments.review.import')}
        </button>
      </form>
    </details>
  );
}
