/**
 * Making review events: each gets a fresh random id and the current time. Helpers only build
 * events; whether the change is allowed is decided by `review-service.ts`.
 */
import { newUid } from '../model/uid';
import type { ResponseKind, ReviewAuthor, ReviewEvent, ThreadAnchor, ThreadStatus } from './types';

/** Time source (tests may pass their own clock). */
export type Clock = () => string;

/** The system clock as ISO text. */
export const systemClock: Clock = () => new Date().toISOString();

/** What every new event needs. */
interface New {
  author: ReviewAuthor;
  clock?: Clock;
}

const stamp = (n: New) => ({ id: newUid(), at: (n.clock ?? systemClock)(), author: normaliseAuthor(n.author) });

/** An author with trimmed fields and no empty fraksi. */
export function normaliseAuthor(a: ReviewAuthor): ReviewAuthor {
  const out: ReviewAuthor = { name: a.name.trim(), role: a.role.trim() };
  if (a.fraksi && a.fraksi.trim()) out.fraksi = a.fraksi.trim();
  return out;
}

/** A new thread (optionally with a suggested wording and the kind of response for the DIM). */
export function threadCreated(n: New & { body: string; anchor: ThreadAnchor; suggestion?: string; versionHash?: string; jenis?: ResponseKind }): ReviewEvent {
  const s = stamp(n);
  const ev: ReviewEvent = { ...s, threadId: s.id, kind: 'thread.create', body: n.body, anchor: n.anchor };
  if (n.suggestion !== undefined) ev.suggestion = n.suggestion;
  if (n.versionHash !== undefined) ev.versionHash = n.versionHash;
  if (n.jenis !== undefined) ev.jenis = n.jenis;
  return ev;
}

/** A reply. */
export function replyAdded(n: New & { threadId: string; body: string }): ReviewEvent {
  return { ...stamp(n), threadId: n.threadId, kind: 'reply.add', body: n.body };
}

/** An edit of comment `commentId`, based on the text of event `base`. */
export function commentEdited(n: New & { threadId: string; commentId: string; base: string; body: string }): ReviewEvent {
  return { ...stamp(n), threadId: n.threadId, kind: 'comment.edit', commentId: n.commentId, base: n.base, body: n.body };
}

/** Resolve or reopen. */
export function statusSet(n: New & { threadId: string; status: ThreadStatus }): ReviewEvent {
  return { ...stamp(n), threadId: n.threadId, kind: 'status.set', status: n.status };
}

/** A manual re-attachment. */
export function anchorSet(n: New & { threadId: string; anchor: ThreadAnchor }): ReviewEvent {
  return { ...stamp(n), threadId: n.threadId, kind: 'anchor.set', anchor: n.anchor };
}

/** The drafter's decision on a suggestion. */
export function suggestionDecided(n: New & { threadId: string; accept: boolean; body: string }): ReviewEvent {
  return { ...stamp(n), threadId: n.threadId, kind: n.accept ? 'suggestion.accept' : 'suggestion.reject', body: n.body };
}

/** The canonical order of events: by time, then id (the same everywhere, whatever the arrival order). */
export function compareEvents(a: ReviewEvent, b: ReviewEvent): number {
  return a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
