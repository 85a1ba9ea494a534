import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  acquireLock,
  isProcessAlive,
  LockKeeper,
  lockPathFor,
  readLock,
  type LockEnv,
} from '../../../electron/file-lock';
import { makeTmpDir, type TmpDir } from '../../helpers/tmp-dir';

let tmp: TmpDir;
let file: string;
beforeEach(() => {
  tmp = makeTmpDir('lock');
  file = path.join(tmp.path, 'perda.rancang');
});
afterEach(() => tmp.cleanup());

/** A machine where only the pids in `alive` run. */
const env = (pid: number, alive: number[], hostname = 'pc-bappeda'): LockEnv => ({
  pid,
  hostname,
  now: () => new Date('2025-11-28T07:05:00Z'),
  isAlive: (p) => alive.includes(p),
});

describe('electron/file-lock', () => {
  it('writes <file>.lock with pid, host and time, and refuses a second writer', () => {
    const first = acquireLock(file, env(100, [100, 200]));
    expect(first.ok).toBe(true);
    expect(readLock(lockPathFor(file))).toMatchObject({
      pid: 100,
      hostname: 'pc-bappeda',
      createdAt: '2025-11-28T07:05:00.000Z',
    });
    const second = acquireLock(file, env(200, [100, 200]));
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.holder?.pid).toBe(100);
    expect(second.message).toMatch(/sedang dibuka untuk disunting oleh Rancang lain \(proses 100 di komputer pc-bappeda/);
    expect(second.message).toMatch(/baca-saja/);
  });

  it('takes over a stale lock whose process is gone on the same computer', () => {
    expect(acquireLock(file, env(100, [100])).ok).toBe(true);
    const after = acquireLock(file, env(300, [300]));
    expect(after).toMatchObject({ ok: true, tookOverStale: true });
    expect(readLock(lockPathFor(file))?.pid).toBe(300);
  });

  it('never takes over a lock from another computer (its process cannot be checked)', () => {
    expect(acquireLock(file, env(100, [], 'laptop-dprd')).ok).toBe(true);
    const r = acquireLock(file, env(300, [300], 'pc-bappeda'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('laptop-dprd');
  });

  it('release removes only its own lock', () => {
    const a = acquireLock(file, env(100, [100]));
    if (!a.ok) throw new Error('lock');
    // Someone replaced the lock (stale takeover after a hang): releasing must not delete theirs.
    fs.writeFileSync(lockPathFor(file), JSON.stringify({ pid: 5, hostname: 'x', createdAt: '', token: 'lain' }));
    a.lock.release();
    expect(readLock(lockPathFor(file))?.token).toBe('lain');
    fs.rmSync(lockPathFor(file));
    const b = acquireLock(file, env(100, [100]));
    if (!b.ok) throw new Error('lock');
    b.lock.release();
    expect(fs.existsSync(lockPathFor(file))).toBe(false);
  });

  it('the keeper holds one lock and releases the previous project on switch', () => {
    const keeper = new LockKeeper(env(100, [100]));
    const other = path.join(tmp.path, 'lain.rancang');
    const a = keeper.acquire(file);
    if (!a.ok) throw new Error('lock');
    keeper.keep(a.lock);
    expect(keeper.acquire(file)).toMatchObject({ ok: true, lock: a.lock });
    const b = keeper.acquire(other);
    if (!b.ok) throw new Error('lock');
    keeper.keep(b.lock);
    expect(fs.existsSync(lockPathFor(file))).toBe(false);
    expect(keeper.file).toBe(other);
    keeper.release();
    expect(fs.existsSync(lockPathFor(other))).toBe(false);
  });

  it('knows that this process is alive and a bogus pid is not', () => {
    expect(isProcessAlive(process.pid)).toBe(true);
    expect(isProcessAlive(-1)).toBe(false);
    expect(isProcessAlive(2 ** 22 + 12345)).toBe(false);
  });
});
