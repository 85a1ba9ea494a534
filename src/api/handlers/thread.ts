/**
 * Handlers of `thread.*`: comment threads on the open project, or on the open review package
 * (review mode: the reviewer's limits apply, see review/review-service.ts). Threads are listed
 * placed in the draft, in an old version (`versionId`) or in the package's version.
 */
import { tokenize, wordDiff } from '../../diff/index';
import { CoreError } from '../../core-error';
import { applySuggestion } from '../../review/apply-suggestion';
import { normaliseAuthor } from '../../review/events';
import {
  addThread, decideSuggestion, editComment, findThread, reattachThread, replyTo, setThreadStatus, type Actor,
} from '../../review/review-service';
import { anchorSide, type AnchorSide } from '../../review/anchor-side';
import { placeThreads, type ThreadView } from '../../review/thread-view';
import type { Thread, ThreadAnchor } from '../../review/types';
import { resolveUnitRef } from '../../review/unit-ref';
import { appendAudit } from '../../store/audit-log';
import { projectDatabase, ReviewStore } from '../../store/review-store';
import { requireProject } from '../context';
import type { ThreadDetail } from '../contract';
import { normalizeDoc } from '../doc-input';
import type { Handlers } from '../handler';
import { baseFor, reviewTarget, sideDoc, targetViews, type ReviewTarget } from './review';

/** The actor of a call: explicit author fields, else the target's default author. */
function actorFor(t: ReviewTarget, a: { author?: string; role?: string; fraksi?: string }): Actor {
  const name = a.author?.trim() || t.defaultAuthor.name;
  return {
    author: normaliseAuthor({ name, role: a.role ?? t.defaultAuthor.role, fraksi: a.fraksi }),
    reviewMode: t.reviewMode,
  };
}

/** A thread placed in the target's document (or its base text, for a thread on the base). */
function view(t: ReviewTarget, thread: Thread): ThreadView {
  return placeThreads(t.doc, [thread], baseFor(t, [thread]))[0] as ThreadView;
}

/** The redline current text -> proposed wording. */
function redlineOf(v: ThreadView): ThreadDetail['redline'] {
  if (!v.suggestion || v.placement.state !== 'anchored') return null;
  const current = v.placement.text ?? '';
  return wordDiff(tokenize(current), tokenize(v.suggestion.text));
}

/** Where a call anchors: the side's document and the uid `unit` names in it. */
function anchorArgs(t: ReviewTarget, a: { unit?: string; side?: AnchorSide; anchor?: ThreadAnchor }) {
  const side = a.side ?? (a.anchor ? anchorSide(a.anchor) : 'draft');
  const doc = sideDoc(t, side);
  const unitUid = a.unit === undefined ? '' : resolveUnitRef(doc, a.unit, side === 'base' ? 'naskah lama' : 'naskah');
  return { doc, side, unitUid };
}

/** Handlers of `thread.*`. */
export const threadHandlers: Handlers<
  'thread.list' | 'thread.get' | 'thread.add' | 'thread.reply' | 'thread.edit' | 'thread.setStatus' | 'thread.reattach' | 'thread.decide'
> = {
  'thread.list': (ctx, a) => {
    const t = reviewTarget(ctx, a.versionId);
    const views = targetViews(t);
    return { source: t.source, threads: views.filter((v) => !v.detached), detached: views.filter((v) => v.detached) };
  },

  'thread.get': (ctx, a) => {
    const t = reviewTarget(ctx, a.versionId);
    const v = view(t, findThread(t.record, a.threadId));
    return { ...v, redline: redlineOf(v) };
  },

  'thread.add': (ctx, a) => {
    const t = reviewTarget(ctx);
    const { doc, side, unitUid } = anchorArgs(t, a);
    const thread = addThread(t.record, doc, actorFor(t, a), {
      unitUid, side, quote: a.quote, occurrence: a.occurrence, anchor: a.anchor,
      body: a.body, suggestion: a.suggestion, versionHash: t.versionHash, jenis: a.jenis,
    });
    return view(t, thread);
  },

  'thread.reply': (ctx, a) => {
    const t = reviewTarget(ctx);
    return view(t, replyTo(t.record, actorFor(t, a), a.threadId, a.body));
  },

  'thread.edit': (ctx, a) => {
    const t = reviewTarget(ctx);
    return view(t, editComment(t.record, actorFor(t, a), a.threadId, a.commentId ?? a.threadId, a.body));
  },

  'thread.setStatus': (ctx, a) => {
    const t = reviewTarget(ctx);
    return view(t, setThreadStatus(t.record, actorFor(t, a), a.threadId, a.status));
  },

  'thread.reattach': (ctx, a) => {
    const t = reviewTarget(ctx);
    const { doc, side, unitUid } = anchorArgs(t, a);
    const thread = reattachThread(t.record, doc, actorFor(t, a), a.threadId, {
      unitUid, side, quote: a.quote, occurrence: a.occurrence, anchor: a.anchor,
    });
    return view(t, thread);
  },

  'thread.decide': (ctx, a) => {
    const t = reviewTarget(ctx);
    const actor = actorFor(t, a);
    if (!a.accept || t.reviewMode) {
      return { ...view(t, decideSuggestion(t.record, actor, a.threadId, a.accept, a.body ?? '')), draftRevision: null };
    }
    const store = requireProject(ctx);
    const rs = ReviewStore.of(store);
    const revision = rs.transaction(() => {
      const thread = findThread(t.record, a.threadId);
      if (!thread.suggestion) throw new CoreError('INVALID_ARGS', 'Utas ini tidak memuat usulan rumusan.');
      const draft = store.getDraft();
      const applied = applySuggestion(t.doc, thread.anchor, thread.suggestion.text);
      decideSuggestion(t.record, actor, a.threadId, true, a.body ?? '');
      const saved = store.saveDraft(normalizeDoc(applied.doc.toJSON()), draft.revision, actor.author.name);
      appendAudit(projectDatabase(store), saved.savedAt, actor.author.name, 'suggestion.accept', {
        threadId: thread.id, suggestionAuthor: thread.comment.author, replaced: applied.replaced, text: thread.suggestion.text,
      });
      return saved.revision;
    });
    const after = reviewTarget(ctx);
    return { ...view(after, findThread(after.record, a.threadId)), draftRevision: revision };
  },
};
