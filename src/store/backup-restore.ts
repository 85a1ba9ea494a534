/**
 * Putting a backup back in place of a project file. The caller has closed the project (so its
 * write-ahead log is checkpointed and removed) and made a `pre-restore` backup of it first. The
 * backup is checked in full (`integrity_check`), copied next to the project (a backup is a closed
 * file, so a byte copy is safe), flushed, and renamed over the project in one atomic step: a
 * crash leaves either the old or the restored file, never a mix.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CoreError } from '../core-error';
import { fsyncPath, verifyProjectCopy } from './backup';

/** True when another connection still has `projectFile` open (its WAL or shared memory is left). */
export function hasOpenSideFiles(projectFile: string): boolean {
  return fs.existsSync(`${projectFile}-wal`) || fs.existsSync(`${projectFile}-shm`);
}

/** Check a backup completely before it is restored (FILE_ERROR when damaged). */
export function checkBackupForRestore(backupFile: string): void {
  verifyProjectCopy(backupFile, true);
}

/** Replace the closed project file `projectFile` with a copy of `backupFile`. */
export function replaceWithBackup(projectFile: string, backupFile: string): void {
  if (hasOpenSideFiles(projectFile)) {
    throw new CoreError(
      'PROJECT_LOCKED',
      'Berkas proyek masih dibuka oleh jendela atau proses lain; tutup dulu sebelum memulihkan cadangan. Tidak ada yang diubah.',
    );
  }
  const dir = path.dirname(projectFile);
  const tmp = path.join(dir, `.${path.basename(projectFile)}.restore-${process.pid}.tmp`);
  try {
    fs.copyFileSync(backupFile, tmp);
    fsyncPath(tmp, dir);
    fs.renameSync(tmp, projectFile);
    fsyncPath(projectFile, dir);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw new CoreError(
      'FILE_ERROR',
      `Cadangan tidak dapat dipulihkan: ${(e as Error).message}. Berkas proyek tidak diubah.`,
    );
  }
}
