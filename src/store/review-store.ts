/**
 * The review record of a project file (table `review_events`, migration 2): append-only events
 * merged by id, and the project's stable id. It shares the project's SQLite connection so that
 * a change to the draft and the review event that caused it (an accepted suggestion) commit in
 * one transaction.
 */
import type { Database } from 'better-sqlite3';
import { CoreError } from '../core-error';
import type { ReviewEvent } from '../review/types';
import type { ProjectStore } from './project-store';

/** The SQLite connection of an open project (the review tables share its transactions). */
export function projectDatabase(store: ProjectStore): Database {
  return store.connection;
}

/** The review record of one open project. */
export class ReviewStore {
  constructor(
    private readonly db: Database,
    private readonly readOnly: boolean,
  ) {}

  /** The review record of `store`. */
  static of(store: ProjectStore): ReviewStore {
    return new ReviewStore(projectDatabase(store), store.readOnly);
  }

  /** The project's stable random id. */
  projectId(): string {
    const id = this.db.prepare("SELECT value FROM meta WHERE key = 'project_id'").pluck().get() as string | undefined;
    if (!id) throw new CoreError('INTERNAL', 'Berkas proyek tidak memiliki id proyek.');
    return id;
  }

  /** Every event, in local arrival order. */
  events(): ReviewEvent[] {
    return (this.db.prepare('SELECT json FROM review_events ORDER BY seq').pluck().all() as string[]).map(
      (j) => JSON.parse(j) as ReviewEvent,
    );
  }

  /** Events of one thread. */
  threadEvents(threadId: string): ReviewEvent[] {
    return (this.db.prepare('SELECT json FROM review_events WHERE thread_id = ? ORDER BY seq').pluck().all(threadId) as string[]).map(
      (j) => JSON.parse(j) as ReviewEvent,
    );
  }

  /** Insert the events not yet present (by id); returns how many were new. `source`: "local" or a package id. */
  append(events: readonly ReviewEvent[], source: string): number {
    if (this.readOnly) {
      throw new CoreError('READ_ONLY', 'Proyek dibuka dalam mode baca-saja; komentar tidak dapat disimpan.');
    }
    const put = this.db.prepare(
      'INSERT OR IGNORE INTO review_events (id, thread_id, kind, at, json, source) VALUES (?, ?, ?, ?, ?, ?)',
    );
    return this.transaction(() => {
      let added = 0;
      for (const e of events) added += put.run(e.id, e.threadId, e.kind, e.at, JSON.stringify(e), source).changes;
      return added;
    });
  }

  /** Run `fn` in one write transaction (nested calls become savepoints). */
  transaction<T>(fn: () => T): T {
    if (this.readOnly) {
      throw new CoreError('READ_ONLY', 'Proyek dibuka dalam mode baca-saja; perubahan tidak dapat disimpan.');
    }
    return this.db.inTransaction ? this.db.transaction(fn)() : this.db.transaction(fn).immediate();
  }
}
