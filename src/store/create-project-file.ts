/**
 * Create a new project file atomically: everything is written to a temporary file next to the
 * target, which is closed (WAL checkpointed) and then renamed into place. A failure leaves no
 * half-made project behind, and an existing file is never overwritten.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { DocJson, ProjectSettings } from '../api/contract';
import { CoreError } from '../core-error';
import { appendAudit } from './audit-log';
import { BlobStore } from './blob-store';
import { writeTree, type NodeJson } from './doc-tree';
import { runMigrations } from './migrate';
import { applyPragmas } from './pragmas';

/** What a new project starts with. */
export interface ProjectInit {
  settings: ProjectSettings;
  /** The first draft (schema-checked by the caller). */
  doc: DocJson;
  actor: string;
  appVersion: string;
  /** Extra facts for the `meta` table (e.g. `sample: "1"`). */
  meta?: Record<string, string>;
  /** Detail of the `project.create` audit line. */
  auditDetail?: Record<string, unknown>;
}

/** The error for a target that already exists. */
function fileExists(file: string): CoreError {
  return new CoreError('FILE_EXISTS', `Berkas sudah ada: ${file}. Pilih nama lain; berkas yang ada tidak ditimpa.`);
}

/** Remove a file and its SQLite side files, ignoring errors. */
function removeWithSideFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
}

/** Write a new project file at `file` (must not exist). */
export function createProjectFile(file: string, init: ProjectInit): void {
  if (fs.existsSync(file)) throw fileExists(file);
  const dir = path.dirname(file);
  if (!fs.existsSync(dir)) throw new CoreError('FILE_ERROR', `Folder tidak ditemukan: ${dir}`);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}-${Date.now().toString(36)}.tmp`);
  try {
    const db = new Database(tmp);
    try {
      applyPragmas(db, false);
      runMigrations(db, init.appVersion);
      const now = new Date().toISOString();
      db.transaction(() => {
        const meta = { created_at: now, created_with: init.appVersion, ...init.meta };
        const putMeta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
        for (const [k, v] of Object.entries(meta)) putMeta.run(k, v);
        db.prepare('INSERT INTO settings (id, json, updated_at) VALUES (1, ?, ?)').run(JSON.stringify(init.settings), now);
        const root = writeTree(new BlobStore(db), init.doc as NodeJson);
        db.prepare('INSERT INTO draft (id, root, revision, saved_at, saved_by) VALUES (1, ?, 0, ?, ?)').run(root, now, init.actor);
        appendAudit(db, now, init.actor, 'project.create', { title: init.settings.title, ...init.auditDetail });
      }).immediate();
    } finally {
      db.close();
    }
    if (fs.existsSync(file)) throw fileExists(file);
    fs.renameSync(tmp, file);
  } catch (e) {
    removeWithSideFiles(tmp);
    if (e instanceof CoreError) throw e;
    throw new CoreError('FILE_ERROR', `Berkas proyek tidak dapat dibuat: ${(e as Error).message}`);
  }
}
