/**
 * The data of review threads (anchors.md 1.10, 3.8): who wrote what, where it is anchored, and the
 * append-only events a thread is made of. Threads are never stored as mutable rows: every change
 * (a reply, an edit, a status change, a re-attachment, an accepted suggestion) is an event with a
 * random id, and the thread is the fold of its events (`fold.ts`). Merging two copies of the
 * record is the union of their events, so it is idempotent and commutative.
 */

/** Roles of the people who take part in a review (free text is accepted too). */
export const REVIEW_ROLES = ['Perancang', 'Anggota DPRD', 'Pansus', 'Fraksi', 'Bapemperda', 'Bagian Hukum', 'Tim Pemda'] as const;

/** Who wrote a comment: no login, just a name, a role and (for DPRD members) the fraksi. */
export interface ReviewAuthor {
  name: string;
  /** "Perancang", "Anggota DPRD", "Pansus", "Fraksi", "Bagian Hukum", … */
  role: string;
  /** The fraksi, where relevant ("Fraksi PDI Perjuangan"). */
  fraksi?: string;
}

/**
 * Where a thread is anchored (the selector recipe Indigo and LEOS share): the unit's uid, its
 * ancestors' uids (outermost first, for the walk up when the unit is gone), and optionally a
 * phrase as a text position in the unit's flattened text (`unit-text.ts`) plus the quoted text
 * with some context before and after.
 */
export interface ThreadAnchor {
  /**
   * The document the anchor belongs to: absent for the draft (every anchor made before sides
   * existed), `'base'` for the base text (the old Perda, `anchor-side.ts`).
   */
  side?: 'base';
  unitUid: string;
  /** Uids of the enclosing units, outermost first (BAB, …, Pasal, ayat). */
  ancestors: string[];
  /** The unit's label when the anchor was made ("Pasal 12 ayat (2)"), shown when detached. */
  label: string;
  /** The phrase; absent for a comment on the whole unit. */
  quote?: TextQuote;
  /** A short excerpt of the unit's text when anchored (shown for a detached whole-unit thread). */
  excerpt: string;
}

/** A phrase: position in the unit's text and the quoted text with context. */
export interface TextQuote {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

/**
 * The kind of a response in the DIM (drafting-rules.md 5.2, column "Jenis": the DPR categories
 * plus "hapus" from practice).
 */
export const RESPONSE_KINDS = ['tetap', 'redaksional', 'substansi', 'substansi baru', 'hapus'] as const;

/** One kind of response ("Jenis" of a DIM item). */
export type ResponseKind = (typeof RESPONSE_KINDS)[number];

/** Status of a thread. */
export type ThreadStatus = 'open' | 'resolved';

/** Fields every event carries. */
interface EventBase {
  /** Random id (merge key). */
  id: string;
  /** The thread the event belongs to (for `thread.create`: its own id). */
  threadId: string;
  /** ISO time. */
  at: string;
  author: ReviewAuthor;
}

/** A new thread: its first comment, its anchor and optionally a suggested wording. */
export interface ThreadCreateEvent extends EventBase {
  kind: 'thread.create';
  body: string;
  anchor: ThreadAnchor;
  /** "Usulan rumusan": the proposed text replacing the phrase (or the whole unit text). */
  suggestion?: string;
  /** The version the reviewer looked at (informative). */
  versionHash?: string;
  /** The kind of response for the DIM ("Jenis"), when the reviewer chose one. */
  jenis?: ResponseKind;
}

/** A reply to a thread. */
export interface ReplyEvent extends EventBase {
  kind: 'reply.add';
  body: string;
}

/** An edit of a comment (the thread's first comment or a reply); the old text is kept. */
export interface CommentEditEvent extends EventBase {
  kind: 'comment.edit';
  /** The comment edited: the thread id (first comment) or a reply's event id. */
  commentId: string;
  /** The event whose text the editor saw (create, reply or an earlier edit). */
  base: string;
  body: string;
}

/** Resolve or reopen. */
export interface StatusEvent extends EventBase {
  kind: 'status.set';
  status: ThreadStatus;
}

/** Re-attach by hand (a detached thread, or one that landed on the wrong phrase). */
export interface ReattachEvent extends EventBase {
  kind: 'anchor.set';
  anchor: ThreadAnchor;
}

/** The drafter's decision on a suggestion. */
export interface SuggestionDecisionEvent extends EventBase {
  kind: 'suggestion.accept' | 'suggestion.reject';
  /** The reply that goes with it (required for a rejection). */
  body: string;
}

/** Every kind of event. */
export type ReviewEvent =
  | ThreadCreateEvent
  | ReplyEvent
  | CommentEditEvent
  | StatusEvent
  | ReattachEvent
  | SuggestionDecisionEvent;

/** The kinds of event. */
export type ReviewEventKind = ReviewEvent['kind'];

/** One text of a comment in its history. */
export interface CommentRevision {
  eventId: string;
  at: string;
  author: ReviewAuthor;
  body: string;
}

/** A comment (the thread's first comment or a reply) with its edit history. */
export interface ThreadComment {
  id: string;
  author: ReviewAuthor;
  createdAt: string;
  /** The current text: the latest edit head by (time, id). */
  body: string;
  /** Every text it had, oldest first (the original first). */
  history: CommentRevision[];
  /** Texts of concurrent edits (two people edited the same text): all kept, none lost. */
  alternatives: string[];
}

/** A suggestion and the drafter's decision. */
export interface ThreadSuggestion {
  text: string;
  state: 'pending' | 'accepted' | 'rejected';
  decidedBy?: ReviewAuthor;
  decidedAt?: string;
}

/** A thread as folded from its events. */
export interface Thread {
  id: string;
  anchor: ThreadAnchor;
  /** The anchor as first made (differs from `anchor` after a manual re-attachment). */
  originalAnchor: ThreadAnchor;
  status: ThreadStatus;
  statusChangedAt: string;
  statusChangedBy: ReviewAuthor;
  comment: ThreadComment;
  replies: ThreadComment[];
  suggestion?: ThreadSuggestion;
  createdAt: string;
  updatedAt: string;
  versionHash?: string;
  /** The kind of response for the DIM, when chosen. */
  jenis?: ResponseKind;
}
