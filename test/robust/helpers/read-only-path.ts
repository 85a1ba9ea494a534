/**
 * A project file the operating system refuses to write. As an ordinary user: the file and its
 * folder lose their write permission. As root (which ignores permissions): the folder is
 * bind-mounted read-only. Throws when neither is possible, so a test never passes vacuously.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** A read-only view of `file` and the function that undoes it. */
export interface ReadOnlyPath {
  file: string;
  release(): void;
}

/** Make `file` (alone in its folder) unwritable for this process. */
export function readOnlyPath(file: string): ReadOnlyPath {
  const dir = path.dirname(file);
  if (process.getuid?.() !== 0) {
    fs.chmodSync(file, 0o444);
    fs.chmodSync(dir, 0o555);
    return {
      file,
      release() {
        fs.chmodSync(dir, 0o755);
        fs.chmodSync(file, 0o644);
      },
    };
  }
  const mnt = `${dir}-ro`;
  fs.mkdirSync(mnt);
  try {
    execFileSync('mount', ['--bind', dir, mnt], { stdio: 'pipe' });
    execFileSync('mount', ['-o', 'remount,bind,ro', mnt], { stdio: 'pipe' });
  } catch (e) {
    throw new Error(
      `Sebagai root, berkas baca-saja dibuat dengan bind mount, tetapi mount gagal: ${(e as Error).message}`,
    );
  }
  return {
    file: path.join(mnt, path.basename(file)),
    release() {
      execFileSync('umount', [mnt], { stdio: 'pipe' });
      fs.rmdirSync(mnt);
    },
  };
}
