/**
 * Scheduled backups: every `BACKUP_INTERVAL_MS` the open project gets a `scheduled` backup, but
 * only when it changed since the last one the scheduler made (draft revision, audit log, review
 * events). The host (Electron main process, `rancang serve`) starts one scheduler per context.
 */
import type { Database } from 'better-sqlite3';
import type { BackupInfo } from '../api/contract';
import { createBackup } from './backup';
import type { ProjectStore } from './project-store';
import { projectDatabase } from './review-store';

/** Time between two scheduled backups: 10 minutes. */
export const BACKUP_INTERVAL_MS = 10 * 60 * 1000;

/** What changes when anything in the project is written. */
export function changeFingerprint(db: Database): string {
  const row = db
    .prepare(
      'SELECT (SELECT revision FROM draft WHERE id = 1) AS r, (SELECT max(id) FROM audit) AS a',
    )
    .get() as { r: number; a: number | null };
  let review = 0;
  try {
    review =
      (db.prepare('SELECT coalesce(max(seq), 0) FROM review_events').pluck().get() as number) ?? 0;
  } catch {
    // A file without review tables (older schema, opened read-only).
  }
  return `${row.r}:${row.a ?? 0}:${review}`;
}

/** Options of `BackupScheduler`. */
export interface BackupSchedulerOptions {
  /** The currently open project, or null. */
  current(): ProjectStore | null;
  /** Interval in ms (default `BACKUP_INTERVAL_MS`). */
  intervalMs?: number;
  /** Told about a failed backup (the project itself is untouched). */
  onError?(e: unknown): void;
}

/** Makes a scheduled backup of the open project now and then. */
export class BackupScheduler {
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly lastByPath = new Map<string, string>();
  private running: Promise<BackupInfo | null> | null = null;

  constructor(private readonly opts: BackupSchedulerOptions) {}

  /** Start the timer (idempotent); the timer does not keep the process alive. */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.tick().catch((e: unknown) => this.opts.onError?.(e));
    }, this.opts.intervalMs ?? BACKUP_INTERVAL_MS);
    this.timer.unref?.();
  }

  /** Stop the timer. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Back up the open project if it changed since the last scheduled backup; null when skipped. */
  tick(): Promise<BackupInfo | null> {
    this.running ??= this.backupIfChanged().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async backupIfChanged(): Promise<BackupInfo | null> {
    const store = this.opts.current();
    if (!store || store.readOnly) return null;
    const db = projectDatabase(store);
    const fp = changeFingerprint(db);
    if (this.lastByPath.get(store.path) === fp) return null;
    const info = await createBackup(db, store.path, 'scheduled');
    this.lastByPath.set(store.path, fp);
    return info;
  }
}
