/**
 * The lock that keeps a project file from being opened for writing by two windows or processes:
 * `<file>.lock` holding `{ pid, hostname, createdAt, token }`, created atomically (`wx`). A lock
 * whose process is gone on this same computer is stale and taken over; any other lock is refused
 * with an Indonesian message and the read-only option. Only node:fs and node:os: the CLI and the
 * browser preview can share it later.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import { localTimeParts } from './local-time';

/** What a lock file records about its holder. */
export interface LockInfo {
  pid: number;
  hostname: string;
  createdAt: string;
  token: string;
}

/** How the lock sees the machine (the defaults are the real process, host and clock). */
export interface LockEnv {
  pid: number;
  hostname: string;
  now: () => Date;
  /** True when process `pid` exists on this computer. */
  isAlive: (pid: number) => boolean;
}

/** The outcome of `acquireLock`. */
export type LockResult =
  | { ok: true; lock: FileLock; tookOverStale: boolean }
  | { ok: false; holder: LockInfo | null; message: string };

/** The lock file of `file`. */
export function lockPathFor(file: string): string {
  return `${file}.lock`;
}

/** True when process `pid` exists (EPERM means it exists but belongs to someone else). */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The real process, host and clock. */
export function defaultLockEnv(): LockEnv {
  return { pid: process.pid, hostname: os.hostname(), now: () => new Date(), isAlive: isProcessAlive };
}

/** A held lock; `release()` removes the lock file if it is still ours. */
export class FileLock {
  constructor(
    /** The project file. */
    readonly file: string,
    /** What was written to the lock file. */
    readonly info: LockInfo,
  ) {}

  /** Removes the lock file when it still holds our token (never throws). */
  release(): void {
    const current = readLock(lockPathFor(this.file));
    if (current?.token !== this.info.token) return;
    try {
      fs.rmSync(lockPathFor(this.file), { force: true });
    } catch {
      // Leaving a stale lock is harmless: the next open detects that our process is gone.
    }
  }
}

/** Reads a lock file; null when missing or unreadable. */
export function readLock(lockFile: string): LockInfo | null {
  let text: string;
  try {
    text = fs.readFileSync(lockFile, 'utf8');
  } catch {
    return null;
  }
  try {
    const v = JSON.parse(text) as Partial<LockInfo>;
    if (typeof v.pid !== 'number' || typeof v.hostname !== 'string') return null;
    return { pid: v.pid, hostname: v.hostname, createdAt: String(v.createdAt ?? ''), token: String(v.token ?? '') };
  } catch {
    return null;
  }
}

/** The Indonesian refusal, naming who holds the lock and since when. */
export function lockedMessage(file: string, holder: LockInfo | null): string {
  const who = holder
    ? ` oleh Rancang lain (proses ${holder.pid} di komputer ${holder.hostname}${
        holder.createdAt ? `, sejak ${formatTime(holder.createdAt)}` : ''
      })`
    : '';
  return (
    `Berkas proyek "${file}" sedang dibuka untuk disunting${who}. ` +
    'Tutup proyek itu di sana terlebih dahulu, atau buka berkas ini sebagai baca-saja.'
  );
}

/** "28-11-2025 14.05", or the raw text if it is not a date. */
function formatTime(iso: string): string {
  const t = localTimeParts(iso);
  return t ? `${t.date} ${t.time}` : iso;
}

/** True when `holder` is a lock nobody holds any more (its process is gone on this computer). */
function isStale(holder: LockInfo | null, env: LockEnv): boolean {
  return holder !== null && holder.hostname === env.hostname && !env.isAlive(holder.pid);
}

/**
 * Takes the lock of `file` for writing. A lock held by a live process (or by a process on another
 * computer, whose liveness cannot be known) is refused; a stale one is replaced.
 */
export function acquireLock(file: string, env: LockEnv = defaultLockEnv()): LockResult {
  const lockFile = lockPathFor(file);
  const info: LockInfo = { pid: env.pid, hostname: env.hostname, createdAt: env.now().toISOString(), token: randomUUID() };
  let tookOverStale = false;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, JSON.stringify(info), { flag: 'wx' });
      return { ok: true, lock: new FileLock(file, info), tookOverStale };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') {
        return { ok: false, holder: null, message: `Kunci berkas proyek tidak dapat dibuat (${lockFile}): ${(e as Error).message}` };
      }
    }
    const holder = readLock(lockFile);
    if (!isStale(holder, env)) return { ok: false, holder, message: lockedMessage(file, holder) };
    fs.rmSync(lockFile, { force: true });
    tookOverStale = true;
  }
  return { ok: false, holder: readLock(lockFile), message: lockedMessage(file, readLock(lockFile)) };
}

/** Keeps at most one lock: the one of the project open for writing in this window. */
export class LockKeeper {
  private held: FileLock | null = null;

  constructor(private readonly env: LockEnv = defaultLockEnv()) {}

  /** The file whose lock is held, or null. */
  get file(): string | null {
    return this.held?.file ?? null;
  }

  /** Takes the lock of `file` (keeps the current one if it is already that file). */
  acquire(file: string): LockResult {
    if (this.held?.file === file) return { ok: true, lock: this.held, tookOverStale: false };
    return acquireLock(file, this.env);
  }

  /** Makes `lock` (or none) the held lock, releasing the previous one if it differs. */
  keep(lock: FileLock | null): void {
    if (this.held && this.held !== lock) this.held.release();
    this.held = lock;
  }

  /** Releases the held lock. */
  release(): void {
    this.keep(null);
  }
}
