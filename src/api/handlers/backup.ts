/**
 * Handlers of `backup.*`: list the open project's backups, make one now, and restore one. A
 * restore first keeps the current file as a `pre-restore` backup, then closes the project,
 * replaces the file and opens it again (migrating it when the backup is older), and records the
 * restore in the audit log. If anything fails after closing, the original file is opened again.
 */
import { CoreError } from '../../core-error';
import { appendAudit } from '../../store/audit-log';
import { backupPath, createBackup, createBackupSync, listBackups } from '../../store/backup';
import { checkBackupForRestore, replaceWithBackup } from '../../store/backup-restore';
import { ProjectStore } from '../../store/index';
import { projectDatabase } from '../../store/review-store';
import { actorOf, closeContext, requireProject, type ApiContext } from '../context';
import type { BackupRestoreResult } from '../contract';
import type { Handlers } from '../handler';
import { projectInfo } from './project-info';

/** Restore backup `id` of the open project. */
function restore(ctx: ApiContext, id: string): BackupRestoreResult {
  const store = requireProject(ctx);
  if (store.readOnly) {
    throw new CoreError(
      'READ_ONLY',
      'Proyek dibuka dalam mode baca-saja; cadangan tidak dapat dipulihkan.',
    );
  }
  const file = store.path;
  const source = backupPath(file, id);
  checkBackupForRestore(source);
  const restored = listBackups(file).find((b) => b.id === id);
  if (!restored) throw new CoreError('NOT_FOUND', `Cadangan "${id}" tidak ditemukan.`);
  const actor = actorOf(ctx);
  // Synchronous from here on: no other call can write between the pre-restore backup and the swap.
  const savedCurrentAs = createBackupSync(projectDatabase(store), file, 'pre-restore');
  closeContext(ctx);
  try {
    replaceWithBackup(file, source);
  } catch (e) {
    ctx.project = ProjectStore.open(file, { appVersion: ctx.appVersion });
    throw e;
  }
  const reopened = ProjectStore.open(file, { appVersion: ctx.appVersion });
  ctx.project = reopened;
  appendAudit(projectDatabase(reopened), new Date().toISOString(), actor, 'backup.restore', {
    id,
    savedCurrentAs: savedCurrentAs.id,
  });
  return { project: projectInfo(reopened), restored, savedCurrentAs };
}

/** `backup.list`, `backup.create` (a manual backup) and `backup.restore`. */
export const backupHandlers: Handlers<'backup.list' | 'backup.create' | 'backup.restore'> = {
  'backup.list': (ctx) => listBackups(requireProject(ctx).path),
  'backup.create': (ctx) => {
    const store = requireProject(ctx);
    return createBackup(projectDatabase(store), store.path, 'manual');
  },
  'backup.restore': (ctx, a) => restore(ctx, a.id),
};
