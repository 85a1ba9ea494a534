/**
 * One crash-harness child as the parent sees it: spawned from the prebuilt bundle, its stdout
 * split into lines, with promises for the protocol steps (LOADED, READY, exit).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { ChildConfig } from './config';

/** A running child. */
export interface CrashChild {
  proc: ChildProcess;
  /** Every stdout line so far (without LOADED/READY). */
  lines: string[];
  stderr(): string;
  loaded: Promise<void>;
  ready: Promise<void>;
  /** Resolves once the process is gone and its output fully read. */
  closed: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Give the child its configuration: it opens the project and starts writing. */
  go(cfg: ChildConfig): void;
}

/** Spawn a child of the bundle `script` (it loads, then waits for `go`). */
export function spawnCrashChild(script: string): CrashChild {
  const proc = spawn(process.execPath, [script], { stdio: ['pipe', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let buf = '';
  let err = '';
  let onLoaded: () => void = () => {};
  let onReady: () => void = () => {};
  let fail: (e: Error) => void = () => {};
  const loaded = new Promise<void>((res, rej) => {
    onLoaded = res;
    fail = rej;
  });
  const ready = new Promise<void>((res, rej) => {
    onReady = res;
    const prev = fail;
    fail = (e) => {
      prev(e);
      rej(e);
    };
  });
  loaded.catch(() => {});
  ready.catch(() => {});
  proc.stdout!.setEncoding('utf8');
  proc.stdout!.on('data', (chunk: string) => {
    buf += chunk;
    let nl: number;
    while ((nl = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, nl);
      buf = buf.slice(nl + 1);
      if (line === 'LOADED') onLoaded();
      else if (line.startsWith('READY')) onReady();
      else lines.push(line);
    }
  });
  proc.stderr!.setEncoding('utf8');
  proc.stderr!.on('data', (c: string) => {
    if (err.length < 20_000) err += c;
  });
  proc.stdin!.on('error', () => {});
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    proc.on('close', (code, signal) => {
      fail(
        new Error(
          `anak berhenti sebelum siap (kode ${code}, sinyal ${signal}): ${err.slice(0, 2000)} ${lines.join(' | ').slice(0, 500)}`,
        ),
      );
      resolve({ code, signal });
    });
  });
  return {
    proc,
    lines,
    stderr: () => err,
    loaded,
    ready,
    closed,
    go: (cfg) => proc.stdin!.write(`${JSON.stringify(cfg)}\n`),
  };
}
