/**
 * The review operations, the same for a project (drafter) and a package (reviewer, review mode):
 * each checks the request against the folded threads, appends one event and returns the thread.
 * In review mode a reviewer may comment, reply, suggest and edit or resolve only their own
 * threads and comments; re-attaching and deciding suggestions belong to the drafter.
 */
import type { Node } from 'prosemirror-model';
import { CoreError } from '../core-error';
import { anchorSet, commentEdited, replyAdded, statusSet, suggestionDecided, threadCreated, type Clock } from './events';
import { foldThreads } from './fold';
import { anchorSide, withSide, type AnchorSide } from './anchor-side';
import { anchorForUnit } from './make-anchor';
import type { ResponseKind, ReviewAuthor, ReviewEvent, Thread, ThreadAnchor, ThreadStatus } from './types';

/** Where events are kept: the project's table or a package file. */
export interface ReviewRecord {
  events(): ReviewEvent[];
  /** Append events (ignoring ids already present); returns how many were new. */
  append(events: readonly ReviewEvent[]): number;
}

/** Who acts, and whether under review-mode limits. */
export interface Actor {
  author: ReviewAuthor;
  /** True in a review package: own threads/comments only, no re-attach, no decisions. */
  reviewMode: boolean;
  clock?: Clock;
}

/** The thread `id`, or NOT_FOUND. */
export function findThread(record: ReviewRecord, id: string): Thread {
  const t = foldThreads(record.events()).find((x) => x.id === id);
  if (!t) throw new CoreError('NOT_FOUND', `Utas komentar ${id} tidak ditemukan.`);
  return t;
}

const sameAuthor = (a: ReviewAuthor, b: ReviewAuthor) => a.name.trim().toLowerCase() === b.name.trim().toLowerCase();

/** Refuse in review mode unless `owner` is the actor. */
function requireOwn(actor: Actor, owner: ReviewAuthor, what: string): void {
  if (actor.reviewMode && !sameAuthor(actor.author, owner)) {
    throw new CoreError('READ_ONLY', `Dalam mode tinjauan Anda hanya dapat ${what} milik Anda sendiri.`);
  }
}

/** Refuse in review mode. */
function drafterOnly(actor: Actor, what: string): void {
  if (actor.reviewMode) throw new CoreError('READ_ONLY', `Dalam mode tinjauan ${what} hanya dapat dilakukan oleh perancang.`);
}

/** Refuse an empty text. */
function requireText(body: string, what: string): string {
  if (body.trim() === '') throw new CoreError('INVALID_ARGS', `${what} tidak boleh kosong.`);
  return body;
}

/** Append one event and return the thread it belongs to. */
function commit(record: ReviewRecord, ev: ReviewEvent): Thread {
  record.append([ev]);
  return findThread(record, ev.threadId);
}

/** Where a thread goes: a unit (and phrase) of the side's document, or a ready anchor. */
export interface AnchorRequest {
  unitUid: string;
  quote?: string;
  occurrence?: number;
  /** A ready anchor (from the editor selection) instead of unitUid + quote. */
  anchor?: ThreadAnchor;
  /** The document `doc` is: the draft (default) or the base text; recorded in the anchor. */
  side?: AnchorSide;
}

/** What a new thread needs. */
export interface NewThread extends AnchorRequest {
  body: string;
  suggestion?: string;
  versionHash?: string;
  /** The kind of response for the DIM ("Jenis"). */
  jenis?: ResponseKind;
}

/** The anchor a request names in `doc` (the side's document), with its side recorded. */
function anchorOf(doc: Node, req: AnchorRequest): ThreadAnchor {
  const side = req.side ?? (req.anchor ? anchorSide(req.anchor) : 'draft');
  const anchor = req.anchor ?? anchorForUnit(doc, req.unitUid, req.quote, req.occurrence, side === 'base' ? 'naskah lama' : 'naskah');
  return withSide(anchor, side);
}

/**
 * Start a thread on a unit or a phrase of `doc` (the draft, or the base text for `side: 'base'`).
 * A proposed wording belongs to the draft: on the base text it is refused.
 */
export function addThread(record: ReviewRecord, doc: Node, actor: Actor, req: NewThread): Thread {
  requireText(req.body, 'Isi komentar');
  const anchor = anchorOf(doc, req);
  if (req.suggestion !== undefined && anchorSide(anchor) === 'base') {
    throw new CoreError('INVALID_ARGS', 'Usulan rumusan diajukan pada naskah baru, bukan pada naskah lama. Tulis usulan Anda sebagai komentar.');
  }
  const ev = threadCreated({ ...actor, body: req.body, anchor, suggestion: req.suggestion, versionHash: req.versionHash, jenis: req.jenis });
  return commit(record, ev);
}

/** Reply to a thread. */
export function replyTo(record: ReviewRecord, actor: Actor, threadId: string, body: string): Thread {
  requireText(body, 'Isi balasan');
  findThread(record, threadId);
  return commit(record, replyAdded({ ...actor, threadId, body }));
}

/** Edit a comment (the thread's first comment when `commentId` is the thread id); the old text is kept. */
export function editComment(record: ReviewRecord, actor: Actor, threadId: string, commentId: string, body: string): Thread {
  requireText(body, 'Isi komentar');
  const t = findThread(record, threadId);
  const c = commentId === t.id ? t.comment : t.replies.find((r) => r.id === commentId);
  if (!c) throw new CoreError('NOT_FOUND', `Komentar ${commentId} tidak ditemukan dalam utas ini.`);
  requireOwn(actor, c.author, 'mengubah komentar');
  const head = [...c.history].reverse().find((r) => r.body === c.body) ?? c.history[c.history.length - 1];
  return commit(record, commentEdited({ ...actor, threadId, commentId, base: head?.eventId ?? c.id, body }));
}

/** Resolve or reopen a thread. */
export function setThreadStatus(record: ReviewRecord, actor: Actor, threadId: string, status: ThreadStatus): Thread {
  const t = findThread(record, threadId);
  requireOwn(actor, t.comment.author, status === 'resolved' ? 'menyelesaikan utas' : 'membuka kembali utas');
  if (t.status === status) return t;
  return commit(record, statusSet({ ...actor, threadId, status }));
}

/** Re-attach a thread by hand to a unit (and phrase) of `doc` (the draft, or the base text for `side: 'base'`). */
export function reattachThread(record: ReviewRecord, doc: Node, actor: Actor, threadId: string, req: AnchorRequest): Thread {
  drafterOnly(actor, 'pemasangan ulang komentar');
  findThread(record, threadId);
  return commit(record, anchorSet({ ...actor, threadId, anchor: anchorOf(doc, req) }));
}

/** Record the decision on a pending suggestion (the draft change itself is the caller's). */
export function decideSuggestion(record: ReviewRecord, actor: Actor, threadId: string, accept: boolean, body: string): Thread {
  drafterOnly(actor, 'keputusan atas usulan rumusan');
  const t = findThread(record, threadId);
  if (!t.suggestion) throw new CoreError('INVALID_ARGS', 'Utas ini tidak memuat usulan rumusan.');
  if (t.suggestion.state !== 'pending') throw new CoreError('CONFLICT', `Usulan rumusan ini sudah ${t.suggestion.state === 'accepted' ? 'diterima' : 'ditolak'}.`);
  if (!accept) requireText(body, 'Alasan penolakan');
  return commit(record, suggestionDecided({ ...actor, threadId, accept, body }));
}
