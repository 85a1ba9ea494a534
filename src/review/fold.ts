/**
 * Threads from events: the events are sorted by (time, id) and applied in that order (thread
 * creations first, comment edits last, so a clock that ran behind on another desktop loses
 * nothing), so the same set of events gives the same threads whatever order they arrived in. Status, anchor and
 * suggestion decisions: the latest event wins. Comment edits keep every text; when two people
 * edited the same text without seeing each other's edit (two "heads"), the latest is shown and
 * the other is kept in `alternatives`.
 */
import { compareEvents } from './events';
import type { CommentEditEvent, CommentRevision, ReviewEvent, Thread, ThreadComment } from './types';

/** A comment under construction: its original event and its edits. */
interface Draft {
  comment: ThreadComment;
  edits: CommentEditEvent[];
}

/** The comment of an original event (create or reply), before edits. */
function startComment(ev: ReviewEvent & { body: string }): Draft {
  const rev: CommentRevision = { eventId: ev.id, at: ev.at, author: ev.author, body: ev.body };
  return { comment: { id: ev.id, author: ev.author, createdAt: ev.at, body: ev.body, history: [rev], alternatives: [] }, edits: [] };
}

/** Apply the collected edits of one comment: history, current text and concurrent alternatives. */
function finishComment(d: Draft): ThreadComment {
  const c = d.comment;
  if (d.edits.length === 0) return c;
  const revs: CommentRevision[] = [...c.history];
  const known = new Set(revs.map((r) => r.eventId));
  for (const e of d.edits) {
    revs.push({ eventId: e.id, at: e.at, author: e.author, body: e.body });
    known.add(e.id);
  }
  const replaced = new Set(d.edits.map((e) => (known.has(e.base) ? e.base : c.id)));
  const heads = revs.filter((r) => !replaced.has(r.eventId));
  const current = heads[heads.length - 1] ?? revs[revs.length - 1];
  const alternatives = heads.filter((h) => h !== current && h.body !== current?.body).map((h) => h.body);
  return { ...c, body: current?.body ?? c.body, history: revs, alternatives: [...new Set(alternatives)] };
}

/** Fold events into threads, oldest thread first. Duplicate ids count once; events of unknown threads are ignored (kept in storage). */
export function foldThreads(events: readonly ReviewEvent[]): Thread[] {
  const unique = new Map<string, ReviewEvent>();
  for (const e of events) {
    const seen = unique.get(e.id);
    // Same id twice: identical copies normally; if they differ, pick one deterministically.
    if (!seen || (seen !== e && JSON.stringify(e) < JSON.stringify(seen))) unique.set(e.id, e);
  }
  // Creations first, edits last: a reply or an edit whose clock ran behind (another desktop, the
  // same millisecond) still finds its thread and its comment. Within each pass: (time, id).
  const pass = (e: ReviewEvent) => (e.kind === 'thread.create' ? 0 : e.kind === 'comment.edit' ? 2 : 1);
  const sorted = [...unique.values()].sort((a, b) => pass(a) - pass(b) || compareEvents(a, b));
  const threads = new Map<string, { t: Thread; first: Draft; replies: Map<string, Draft> }>();
  for (const ev of sorted) {
    if (ev.kind === 'thread.create') {
      if (threads.has(ev.id)) continue;
      const first = startComment(ev);
      const t: Thread = {
        id: ev.id, anchor: ev.anchor, originalAnchor: ev.anchor, status: 'open', statusChangedAt: ev.at,
        statusChangedBy: ev.author, comment: first.comment, replies: [], createdAt: ev.at, updatedAt: ev.at,
      };
      if (ev.suggestion !== undefined) t.suggestion = { text: ev.suggestion, state: 'pending' };
      if (ev.versionHash !== undefined) t.versionHash = ev.versionHash;
      if (ev.jenis !== undefined) t.jenis = ev.jenis;
      threads.set(ev.id, { t, first, replies: new Map() });
      continue;
    }
    const entry = threads.get(ev.threadId);
    if (!entry) continue;
    const { t } = entry;
    if (ev.at > t.updatedAt) t.updatedAt = ev.at;
    switch (ev.kind) {
      case 'reply.add':
        entry.replies.set(ev.id, startComment(ev));
        break;
      case 'comment.edit': {
        const target = ev.commentId === t.id ? entry.first : entry.replies.get(ev.commentId);
        target?.edits.push(ev);
        break;
      }
      case 'status.set':
        t.status = ev.status;
        t.statusChangedAt = ev.at;
        t.statusChangedBy = ev.author;
        break;
      case 'anchor.set':
        t.anchor = ev.anchor;
        break;
      case 'suggestion.accept':
      case 'suggestion.reject':
        if (t.suggestion) {
          t.suggestion = { text: t.suggestion.text, state: ev.kind === 'suggestion.accept' ? 'accepted' : 'rejected', decidedBy: ev.author, decidedAt: ev.at };
        }
        if (ev.kind === 'suggestion.accept') {
          t.status = 'resolved';
          t.statusChangedAt = ev.at;
          t.statusChangedBy = ev.author;
        }
        if (ev.body) entry.replies.set(ev.id, startComment(ev));
        break;
    }
  }
  return [...threads.values()].map(({ t, first, replies }) => ({
    ...t,
    comment: finishComment(first),
    replies: [...replies.values()].map(finishComment),
  }));
}
