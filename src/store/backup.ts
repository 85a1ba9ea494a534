/**
 * Rotating backups of a project file, kept in the folder `<project>.backups/` next to it (they
 * travel with the project when the folder is copied, and a user can find them without the app).
 *
 * Every backup is a complete, consistent project file made by SQLite itself, never a byte copy
 * of a live database: `createBackup` uses the online backup API (`db.backup`, page by page, the
 * app keeps working), `createBackupSync` uses `VACUUM INTO` (one read transaction; used where
 * the caller cannot wait, i.e. right before a migration inside `ProjectStore.open`). A backup is
 * written to a hidden temporary file, checked (`quick_check`, application id), flushed to disk
 * and only then renamed into place, so a crash never leaves a half backup under a backup name.
 *
 * Rotation keeps the newest `BACKUP_KEEP[kind]` files of each kind.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupInfo, BackupKind } from '../api/contract';
import { CoreError } from '../core-error';
import { APPLICATION_ID, PROJECT_EXTENSION } from './pragmas';

/** How many backups of each kind are kept (older ones are deleted after a new one is made). */
export const BACKUP_KEEP: Readonly<Record<BackupKind, number>> = {
  scheduled: 10,
  'pre-migration': 3,
  'pre-restore': 5,
  manual: 10,
};

const KINDS = Object.keys(BACKUP_KEEP) as BackupKind[];

/** `2025-01-31T08-05-09-123Z[-2]-<kind>.rancang` */
const ID_PATTERN = new RegExp(
  `^(\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3}Z)(?:-(\\d+))?-(${KINDS.join('|')})\\${PROJECT_EXTENSION}$`,
);

/** The backup folder of a project file. */
export function backupDirOf(projectFile: string): string {
  return `${projectFile}.backups`;
}

/** Parse a backup id (its file name); null when it is not one. */
function parseId(id: string): { createdAt: string; kind: BackupKind } | null {
  const m = ID_PATTERN.exec(id);
  if (!m) return null;
  const [date, time] = (m[1] as string).split('T') as [string, string];
  const t = time.replace(/^(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, '$1:$2:$3.$4Z');
  return { createdAt: `${date}T${t}`, kind: m[3] as BackupKind };
}

/** Describe one backup file. */
function infoOf(dir: string, id: string): BackupInfo | null {
  const parsed = parseId(id);
  if (!parsed) return null;
  try {
    const st = fs.statSync(path.join(dir, id));
    return st.isFile()
      ? { id, kind: parsed.kind, createdAt: parsed.createdAt, bytes: st.size }
      : null;
  } catch {
    return null;
  }
}

/** Every backup of a project file, newest first (temporary and foreign files are ignored). */
export function listBackups(projectFile: string): BackupInfo[] {
  const dir = backupDirOf(projectFile);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .map((n) => infoOf(dir, n))
    .filter((b): b is BackupInfo => b !== null)
    .sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

/** The path of backup `id` of a project file (NOT_FOUND for an unknown or malformed id). */
export function backupPath(projectFile: string, id: string): string {
  const dir = backupDirOf(projectFile);
  if (infoOf(dir, id) === null)
    throw new CoreError('NOT_FOUND', `Cadangan "${id.slice(0, 100)}" tidak ditemukan.`);
  return path.join(dir, id);
}

/** A fresh id for a backup of `kind` made now (unique in `dir`). */
function newId(dir: string, kind: BackupKind): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  for (let n = 1; ; n++) {
    const id = `${stamp}${n === 1 ? '' : `-${n}`}-${kind}${PROJECT_EXTENSION}`;
    if (!fs.existsSync(path.join(dir, id))) return id;
  }
}

/**
 * Check that a file is a complete Rancang project as far as SQLite can tell: application id and
 * `quick_check` (or the full `integrity_check` when `full`). Throws FILE_ERROR otherwise.
 */
export function verifyProjectCopy(file: string, full = false): void {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID)
      throw new Error('penanda aplikasi tidak cocok');
    const check = db.pragma(full ? 'integrity_check' : 'quick_check', { simple: true });
    if (check !== 'ok') throw new Error(String(check));
    if (db.prepare('SELECT count(*) FROM draft').pluck().get() !== 1)
      throw new Error('draf tidak ada');
  } catch (e) {
    throw new CoreError('FILE_ERROR', `Cadangan tidak utuh: ${(e as Error).message}`);
  } finally {
    db?.close();
  }
}

/** Flush a file (and best effort its folder) to disk. */
export function fsyncPath(file: string, dir = path.dirname(file)): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    const dfd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(dfd);
    } finally {
      fs.closeSync(dfd);
    }
  } catch {
    // Folders cannot be opened for fsync on every platform (Windows); the rename is still atomic.
  }
}

/** Delete temporary files (and their SQLite side files) left by an interrupted backup. */
function removeStaleTemps(dir: string): void {
  for (const n of fs.readdirSync(dir)) {
    if (/^\..*\.tmp(-wal|-shm|-journal)?$/.test(n)) fs.rmSync(path.join(dir, n), { force: true });
  }
}

/**
 * Make a written copy a self-contained file: rollback-journal mode, so that opening it (to check
 * or to browse it) leaves no `-wal`/`-shm` beside it. Opening it as a project turns WAL on again.
 */
function detachFromWal(file: string): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

/** Keep the newest `BACKUP_KEEP[kind]` backups of `kind`. */
function rotate(projectFile: string, kind: BackupKind): void {
  const dir = backupDirOf(projectFile);
  const old = listBackups(projectFile)
    .filter((b) => b.kind === kind)
    .slice(BACKUP_KEEP[kind]);
  for (const b of old) fs.rmSync(path.join(dir, b.id), { force: true });
}

/** Prepare the folder and the names of a new backup. */
function begin(projectFile: string, kind: BackupKind): { dir: string; id: string; tmp: string } {
  const dir = backupDirOf(projectFile);
  fs.mkdirSync(dir, { recursive: true });
  removeStaleTemps(dir);
  const id = newId(dir, kind);
  return { dir, id, tmp: path.join(dir, `.${id}.${process.pid}.tmp`) };
}

/** Check, flush and publish a written temporary backup; rotate; describe it. */
function finish(
  projectFile: string,
  kind: BackupKind,
  p: { dir: string; id: string; tmp: string },
): BackupInfo {
  detachFromWal(p.tmp);
  verifyProjectCopy(p.tmp);
  fsyncPath(p.tmp, p.dir);
  fs.renameSync(p.tmp, path.join(p.dir, p.id));
  rotate(projectFile, kind);
  const info = infoOf(p.dir, p.id);
  if (!info) throw new CoreError('FILE_ERROR', 'Cadangan hilang segera setelah dibuat.');
  return info;
}

/** The error of a backup that could not be made (the project itself is untouched). */
function failed(e: unknown): CoreError {
  if (e instanceof CoreError) return e;
  return new CoreError(
    'FILE_ERROR',
    `Cadangan tidak dapat dibuat: ${(e as Error).message}. Berkas proyek tidak diubah.`,
  );
}

/** Remove a temporary file and its SQLite side files. */
function removeWithSideFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
}

/** Make a backup of the open database `db` of `projectFile` with SQLite's online backup API. */
export async function createBackup(
  db: Database.Database,
  projectFile: string,
  kind: BackupKind,
): Promise<BackupInfo> {
  let p: ReturnType<typeof begin> | undefined;
  try {
    p = begin(projectFile, kind);
    await db.backup(p.tmp);
    return finish(projectFile, kind, p);
  } catch (e) {
    if (p) removeWithSideFiles(p.tmp);
    throw failed(e);
  }
}

/** Like `createBackup`, synchronously (`VACUUM INTO`): for callers that cannot await. */
export function createBackupSync(
  db: Database.Database,
  projectFile: string,
  kind: BackupKind,
): BackupInfo {
  let p: ReturnType<typeof begin> | undefined;
  try {
    p = begin(projectFile, kind);
    db.prepare('VACUUM INTO ?').run(p.tmp);
    return finish(projectFile, kind, p);
  } catch (e) {
    if (p) removeWithSideFiles(p.tmp);
    throw failed(e);
  }
}

/** The backup made right before `projectFile` is migrated (in `ProjectStore.open`); returns its path. */
export function backupBeforeMigration(db: Database.Database, projectFile: string): string {
  const info = createBackupSync(db, projectFile, 'pre-migration');
  return path.join(backupDirOf(projectFile), info.id);
}
