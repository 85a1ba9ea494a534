/**
 * The audit log: who did what, append-only (triggers refuse changes). Draft autosaves are too
 * frequent to log one by one: a `draft.save` line is written only when the previous line is not
 * already a `draft.save` by the same actor within `DRAFT_SAVE_COALESCE_MS` (one line per editing
 * session).
 */
import type { Database } from 'better-sqlite3';
import type { AuditEntry } from '../api/contract';

/** Autosaves by one actor closer together than this share one audit line. */
export const DRAFT_SAVE_COALESCE_MS = 15 * 60 * 1000;

/** Append one line to the audit log. */
export function appendAudit(db: Database, at: string, actor: string, action: string, detail: unknown): void {
  db.prepare('INSERT INTO audit (at, actor, action, detail) VALUES (?, ?, ?, ?)').run(
    at,
    actor,
    action,
    JSON.stringify(detail ?? null),
  );
}

/** Log a draft save unless it continues the actor's current editing session. */
export function auditDraftSave(db: Database, at: string, actor: string, revision: number): void {
  const last = db.prepare('SELECT at, actor, action FROM audit ORDER BY id DESC LIMIT 1').get() as
    | { at: string; actor: string; action: string }
    | undefined;
  const recent = last && Date.parse(at) - Date.parse(last.at) < DRAFT_SAVE_COALESCE_MS;
  if (last && recent && last.action === 'draft.save' && last.actor === actor) return;
  appendAudit(db, at, actor, 'draft.save', { revision });
}

/** The latest `limit` lines, newest first. */
export function listAudit(db: Database, limit: number): AuditEntry[] {
  const rows = db.prepare('SELECT id, at, actor, action, detail FROM audit ORDER BY id DESC LIMIT ?').all(limit) as Array<
    Omit<AuditEntry, 'detail'> & { detail: string }
  >;
  return rows.map((r) => ({ ...r, detail: JSON.parse(r.detail) as unknown }));
}
