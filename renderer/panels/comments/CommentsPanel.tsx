/**
 * The "Komentar" panel: counts, filters (status, author, role/fraksi, BAB/Pasal), previous/next
 * thread, the threads in document order and the detached ones in their own section; every action
 * goes through the `thread.*` API and then reloads the list. The drafter also gets the
 * review-package tools. In review mode (a package is open) the reviewer's limits apply.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { anchorForRange } from '../../../src/review/make-anchor';
import { unitForSelection } from '../../editor/comment-marks';
import type { PanelContext } from '../panel-types';
import { ReviewTools } from './ReviewTools';
import { authorArgs, loadReviewer } from './reviewer-memory';
import { ThreadCard, type CardActions, type CardPermissions } from './ThreadCard';
import { countThreads, filterOptions, matchesFilter, NO_FILTER, threadPlaces, type ThreadFilter } from './thread-filters';
import { threadStore, useThreadStore } from './thread-store';

/** The panel component. */
export function CommentsPanel({ ctx }: { ctx: PanelContext }) {
  const { t } = useTranslation();
  const store = useThreadStore();
  const [filter, setFilter] = useState<ThreadFilter>(NO_FILTER);
  const list = store.list;
  const reviewMode = list?.source.kind === 'package';
  const viewingVersion = ctx.viewingVersionId !== null;
  const me = loadReviewer(reviewMode ? 'Anggota DPRD' : 'Perancang');
  const perm: CardPermissions = { write: !viewingVersion && (reviewMode || !ctx.readOnly), drafter: !reviewMode && !ctx.readOnly, me, reviewMode };

  const all = useMemo(() => [...(list?.threads ?? []), ...(list?.detached ?? [])], [list]);
  const places = useMemo(() => threadPlaces(store.doc, all), [store.doc, all]);
  const options = useMemo(() => filterOptions(all, places), [all, places]);
  const counts = list ? countThreads(list.threads, list.detached) : null;
  const shown = (list?.threads ?? []).filter((x) => matchesFilter(x, filter, places.get(x.id)));
  const shownDetached = (list?.detached ?? []).filter((x) => matchesFilter(x, { ...filter, place: '' }, undefined));
  const order = [...shown, ...shownDetached];
  const at = order.findIndex((x) => x.id === store.selected);

  useEffect(() => {
    if (!store.selected) return;
    document.querySelector(`.thread-card[data-thread="${CSS.escape(store.selected)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [store.selected]);

  const act = async (work: () => Promise<unknown>, notice?: string) => {
    try {
      await work();
      await threadStore().actions?.refresh();
      if (notice) ctx.notify(notice);
    } catch (e) {
      ctx.reportError(e);
    }
  };

  const step = (delta: number) => {
    if (order.length === 0) return;
    const next = order[(at + delta + order.length) % order.length] ?? order[0];
    if (next) threadStore().actions?.reveal(next.id);
  };

  const actionsFor = (threadId: string): CardActions => {
    const who = authorArgs(me);
    return {
      select: () => threadStore().actions?.reveal(threadId),
      reply: (body) => act(() => ctx.client.call('thread.reply', { threadId, body, ...who })),
      edit: (commentId, body) => act(() => ctx.client.call('thread.edit', { threadId, commentId, body, ...who })),
      setStatus: (status) => act(() => ctx.client.call('thread.setStatus', { threadId, status, ...who })),
      decide: (accept, body) =>
        act(async () => {
          if (accept) await ctx.flush();
          const r = await ctx.client.call('thread.decide', { threadId, accept, ...(body ? { body } : {}), ...who });
          if (r.draftRevision !== null) await threadStore().actions?.reloadDraft();
        }, accept ? t('comments.suggestion.acceptedNotice') : undefined),
      reattach: async () => {
        const view = ctx.getDraftView();
        const sel = view?.state.selection;
        const uid = view && sel ? unitForSelection(view.state.doc, sel.from, sel.to) : null;
        if (!view || !sel || !uid) return ctx.notify(t('comments.detached.reattachHint'));
        const anchor = anchorForRange(view.state.doc, uid, sel.from, sel.to);
        await act(async () => {
          await ctx.flush();
          await ctx.client.call('thread.reattach', { threadId, anchor, ...who });
        }, t('comments.detached.reattached', { label: anchor.label }));
      },
    };
  };

  const select = (field: keyof ThreadFilter, label: string, values: Array<[string, string]>, anyLabel?: string) => (
    <label className="comments-filter">
      <span>{label}</span>
      <select data-field={field} value={filter[field]} onChange={(e) => setFilter({ ...filter, [field]: e.target.value })}>
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {values.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="comments-panel">
      <header className="comments-header">
        <h2 className="panel-title">{t('comments.heading')}</h2>
        <button type="button" className="small primary" title={t('comments.newShortcut')} disabled={viewingVersion || !perm.write}
          onClick={() => threadStore().actions?.composeFromSelection()}>
          {t('comments.newComment')}
        </button>
      </header>
      {list && (
        <p className="comments-source">
          {t(`comments.source.${list.source.kind}`, { label: list.source.label })}
        </p>
      )}
      {!list ? (
        <p className="hint">{t('comments.loading')}</p>
      ) : (
        <>
          <p className="comments-counts" data-total={counts?.total}>
            {t('comments.counts', counts ?? {})}
            {counts && counts.detached > 0 && <span className="comments-detached-count"> · {t('comments.countsDetached', { count: counts.detached })}</span>}
          </p>
          {all.length > 0 && (
            <div className="comments-filters" role="group" aria-label={t('comments.filter.label')}>
              {select('status', t('comments.filter.status'), [['all', t('comments.filter.all')], ['open', t('comments.filter.open')], ['resolved', t('comments.filter.resolved')]])}
              {select('author', t('comments.filter.author'), options.authors.map((a) => [a, a]), t('comments.filter.anyAuthor'))}
              {select('role', t('comments.filter.role'), options.roles.map((r) => [r, r.slice(r.indexOf(':') + 1)]), t('comments.filter.anyRole'))}
              {select('place', t('comments.filter.place'), [...options.babs.map((b): [string, string] => [`bab:${b}`, b]), ...options.pasals.map((p): [string, string] => [`pasal:${p}`, p])], t('comments.filter.anyPlace'))}
            </div>
          )}
          {order.length > 0 && (
            <div className="comments-nav">
              <button type="button" className="small quiet" aria-label={t('comments.nav.prev')} title={t('comments.nav.prev')} onClick={() => step(-1)}>
                ‹
              </button>
              <span className="comments-position">{at >= 0 ? t('comments.nav.position', { n: at + 1, total: order.length }) : `${order.length}`}</span>
              <button type="button" className="small quiet" aria-label={t('comments.nav.next')} title={t('comments.nav.next')} onClick={() => step(1)}>
                ›
              </button>
            </div>
          )}
          {all.length === 0 ? (
            <p className="hint">{t('comments.empty')}</p>
          ) : order.length === 0 ? (
            <p className="hint">{t('comments.noneVisible')}</p>
          ) : null}
          <div className="thread-list">
            {shown.map((x) => (
              <ThreadCard key={x.id} thread={x} active={x.id === store.selected} perm={perm} actions={actionsFor(x.id)} />
            ))}
          </div>
          {shownDetached.length > 0 && (
            <section className="comments-detached" aria-labelledby="comments-detached-title">
              <h3 id="comments-detached-title">{t('comments.detached.title', { count: shownDetached.length })}</h3>
              <p className="hint">{t('comments.detached.hint')}</p>
              <div className="thread-list">
                {shownDetached.map((x) => (
                  <ThreadCard key={x.id} thread={x} active={x.id === store.selected} perm={perm} actions={actionsFor(x.id)} />
                ))}
              </div>
            </section>
          )}
        </>
      )}
      {!reviewMode && !ctx.readOnly && <ReviewTools ctx={ctx} onMerged={async () => threadStore().actions?.refresh()} />}
      <button type="button" className="small quiet comments-refresh" onClick={() => void threadStore().actions?.refresh()}>
        {t('comments.refresh')}
      </button>
    </div>
  );
}

