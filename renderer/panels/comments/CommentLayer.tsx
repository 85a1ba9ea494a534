/**
 * The comments layer of the drafting screen (always mounted, renders only the selection bubble
 * and the new-comment form): loads `thread.list` for the draft or the version shown, puts the
 * anchors into the editor's comment plugin, follows the thread clicked in the text, listens for
 * Ctrl+Alt+M, and refreshes a moment after edits (saving first, so the core re-anchors on the
 * text as it is now).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextSelection } from 'prosemirror-state';
import { anchorForRange } from '../../../src/review/make-anchor';
import { withSide } from '../../../src/review/anchor-side';
import { commentState, setActiveComment, setCommentMarks } from '../../editor/comment-plugin';
import { marksForThreads, unitForSelection, type CommentMark } from '../../editor/comment-marks';
import { getDraftView, useDraftView } from '../../editor/editor-bus';
import type { PanelContext } from '../panel-types';
import { Composer, type ComposerResult } from './Composer';
import { authorArgs, loadReviewer, saveReviewer } from './reviewer-memory';
import { resetThreadStore, threadStore, updateThreadStore, useThreadStore, type BaseCommentRequest } from './thread-store';
import './comments.css';

/** Pause after the last edit before the threads are re-placed by the core. */
const REFRESH_DELAY = 1500;

/** Props of the layer. */
export interface CommentLayerProps {
  ctx: PanelContext;
  /** Reload the draft into the editor from the project. */
  reloadDraft(): Promise<void>;
}

/** True for Ctrl+Alt+M (Cmd+Alt+M on a Mac). */
const isCommentKey = (e: KeyboardEvent) => (e.ctrlKey || e.metaKey) && e.altKey && (e.code === 'KeyM' || e.key.toLowerCase() === 'm');

/** The layer. */
export function CommentLayer({ ctx, reloadDraft }: CommentLayerProps) {
  const { t } = useTranslation();
  const store = useThreadStore();
  const { view, tick } = useDraftView();
  const ctxRef = useRef(ctx);
  ctxRef.current = ctx;
  const versionId = ctx.viewingVersionId;
  const reviewMode = store.list?.source.kind === 'package';
  const [, setScrolled] = useState(0);

  const load = useCallback(async () => {
    const c = ctxRef.current;
    try {
      const list = await c.client.call('thread.list', c.viewingVersionId !== null ? { versionId: c.viewingVersionId } : {});
      updateThreadStore({ list, doc: c.shownDoc });
    } catch (e) {
      c.reportError(e);
    }
  }, []);

  const refresh = useCallback(async () => {
    const c = ctxRef.current;
    if (c.viewingVersionId === null && !c.readOnly) await c.flush().catch(() => undefined);
    await load();
  }, [load]);

  const compose = useCallback((uid: string | null, from: number, to: number) => {
    const c = ctxRef.current;
    const v = getDraftView();
    if (c.viewingVersionId !== null) return c.notify(t('comments.composer.versionOpen'), 'warn');
    if (!v || !uid) return c.notify(t('comments.composer.noUnit'), 'warn');
    try {
      updateThreadStore({ composer: { anchor: anchorForRange(v.state.doc, uid, from, to) } });
    } catch (e) {
      c.reportError(e);
    }
  }, [t]);

  const composeFromSelection = useCallback(() => {
    const v = getDraftView();
    if (!v) return compose(null, 0, 0);
    const { from, to } = v.state.selection;
    compose(unitForSelection(v.state.doc, from, to), from, to);
  }, [compose]);

  const composeOnUnit = useCallback((uid: string) => compose(uid, 0, 0), [compose]);

  // A comment on the old text (the comparison's old column): the form shows the label and the
  // phrase; the core finds the phrase in the base and makes the anchor when it is sent.
  const composeOnBase = useCallback((req: BaseCommentRequest, label: string) => {
    const preview = { unitUid: req.unit, ancestors: [], label, excerpt: '' };
    const anchor = req.quote ? { ...preview, quote: { start: 0, end: req.quote.length, exact: req.quote, prefix: '', suffix: '' } } : preview;
    updateThreadStore({ composer: { anchor: withSide(anchor, 'base'), base: req } });
  }, []);

  const reveal = useCallback((threadId: string) => {
    const c = ctxRef.current;
    const all = [...(threadStore().list?.threads ?? []), ...(threadStore().list?.detached ?? [])];
    const th = all.find((x) => x.id === threadId);
    updateThreadStore({ selected: threadId });
    if (!th || th.placement.state !== 'anchored') return;
    if (th.side === 'base') {
      // The old text is shown in the comparison table: scroll it to the thread's row.
      const uids = [th.placement.unitUid, ...[...th.anchor.ancestors].reverse()];
      updateThreadStore({ compareFocus: { threadId, uids, seq: (threadStore().compareFocus?.seq ?? 0) + 1 } });
      c.openPanel('compare');
      return;
    }
    c.jumpToUnit(th.placement.unitUid);
    if (c.viewingVersionId !== null) return;
    setTimeout(() => {
      const v = getDraftView();
      if (!v) return;
      const mark = commentState(v.state).marks.find((m) => m.threadId === threadId && !m.deleted);
      let tr = setActiveComment(v.state.tr, threadId);
      if (mark && !mark.whole) tr = tr.setSelection(TextSelection.create(tr.doc, mark.from, mark.to));
      v.dispatch(tr.scrollIntoView());
      v.focus();
    }, 0);
  }, []);

  // Actions for the panel and the other components; the store is cleared when the screen closes.
  useEffect(() => {
    updateThreadStore({ actions: { refresh, reloadDraft, composeFromSelection, composeOnUnit, composeOnBase, reveal } });
  }, [refresh, reloadDraft, composeFromSelection, composeOnUnit, composeOnBase, reveal]);
  useEffect(() => () => resetThreadStore(), []);

  // Load for the draft or the version shown.
  useEffect(() => {
    void load();
  }, [load, versionId]);

  // The shown document for the counts and filters (the list may have loaded before the draft).
  const shownDoc = ctx.shownDoc;
  useEffect(() => {
    if (shownDoc !== threadStore().doc) updateThreadStore({ doc: shownDoc });
  }, [shownDoc]);

  // Re-place a moment after edits of the draft.
  const draftDoc = ctx.draftDoc;
  const firstDoc = useRef(true);
  useEffect(() => {
    if (!draftDoc || versionId !== null) return;
    if (firstDoc.current) {
      firstDoc.current = false;
      return;
    }
    const timer = setTimeout(() => void refresh(), REFRESH_DELAY);
    return () => clearTimeout(timer);
  }, [draftDoc, versionId, refresh]);

  // Anchors into the draft editor whenever the list or the editor changes.
  useEffect(() => {
    if (!view || !store.list || store.list.source.kind === 'version') return;
    // Threads on the base text are not marked in the draft (a shared uid is another unit there).
    const marks = marksForThreads(view.state.doc, store.list.threads.filter((x) => x.side !== 'base'));
    // No transaction when nothing would change: a background dispatch while the user types
    // would only redraw the editor under the caret.
    if (sameMarks(commentState(view.state).marks, marks)) return;
    view.dispatch(setCommentMarks(view.state.tr, marks));
  }, [view, store.list]);

  // A click on a marked phrase selects its thread in the panel.
  const editorActive = view ? commentState(view.state).active : null;
  useEffect(() => {
    if (editorActive && editorActive !== threadStore().selected) {
      updateThreadStore({ selected: editorActive });
      ctxRef.current.openPanel('comments');
    }
  }, [editorActive, tick]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isCommentKey(e)) return;
      e.preventDefault();
      composeFromSelection();
    };
    const onScroll = () => setScrolled((n) => n + 1);
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('scroll', onScroll, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('scroll', onScroll, true);
    };
  }, [composeFromSelection]);

  // The selection bubble: a small "Komentar" button next to a selected phrase.
  const bubble = useMemo(() => {
    if (!view || versionId !== null || store.composer || !view.hasFocus()) return null;
    const sel = view.state.selection;
    if (sel.empty || !(sel instanceof TextSelection)) return null;
    try {
      const end = view.coordsAtPos(sel.to);
      const box = view.dom.getBoundingClientRect();
      return { top: end.bottom + 6, left: Math.min(end.left, box.right - 90) };
    } catch {
      return null;
    }
  }, [view, tick, versionId, store.composer]);

  const submit = async (r: ComposerResult) => {
    const target = threadStore().composer;
    if (!target) return;
    saveReviewer(r.author);
    try {
      if (!ctx.readOnly) await ctx.flush();
      const where = target.base
        ? { unit: target.base.unit, side: 'base' as const, ...(target.base.quote ? { quote: target.base.quote, occurrence: target.base.occurrence ?? 1 } : {}) }
        : { anchor: target.anchor };
      const added = await ctx.client.call('thread.add', {
        ...where,
        body: r.body,
        ...(r.suggestion !== undefined && !target.base ? { suggestion: r.suggestion } : {}),
        ...(r.jenis ? { jenis: r.jenis } : {}),
        ...authorArgs(r.author),
      });
      updateThreadStore({ composer: null, selected: added.id });
      ctx.notify(t('comments.composer.added', { label: added.unitLabel }));
      ctx.openPanel('comments');
      await load();
      // A base-side comment was made in the comparison: stay there (reveal would only scroll it).
      if (added.side === 'base') updateThreadStore({ selected: added.id });
      else reveal(added.id);
    } catch (e) {
      ctx.reportError(e);
    }
  };

  return (
    <>
      {bubble && (
        <button
          type="button"
          className="comment-bubble"
          style={{ top: bubble.top, left: bubble.left }}
          title={t('comments.newShortcut')}
          onMouseDown={(e) => e.preventDefault()}
          onClick={composeFromSelection}
        >
          {t('comments.bubble')}
        </button>
      )}
      {store.composer && (
        <Composer
          target={store.composer}
          initialAuthor={loadReviewer(reviewMode ? 'Anggota DPRD' : 'Perancang')}
          onSubmit={submit}
          onCancel={() => updateThreadStore({ composer: null })}
        />
      )}
    </>
  );
}

/** True when two mark lists place the same threads at the same ranges with the same look. */
function sameMarks(a: readonly CommentMark[], b: readonly CommentMark[]): boolean {
  return (
    a.length === b.length &&
    a.every((m, i) => {
      const n = b[i]!;
      return m.threadId === n.threadId && m.from === n.from && m.to === n.to && m.whole === n.whole && m.status === n.status && m.deleted === n.deleted;
    })
  );
}
