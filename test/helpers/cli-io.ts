/**
 * An in-memory `CliIo` for running the CLI in-process: collects stdout/stderr and lets the test
 * stop a long-running command (serve) when it chooses.
 */
import type { CliIo } from '../../src/cli/io';

/** A captured CLI run's streams and stop switch. */
export interface CapturedIo {
  io: CliIo;
  /** Everything written to stdout so far. */
  stdout(): string;
  /** Everything written to stderr so far. */
  stderr(): string;
  /** Resolves `untilStopped()` as if the user pressed Ctrl+C. */
  stop(): void;
  /** Resolves with the first stdout line once it has been written. */
  firstLine(): Promise<string>;
}

/** Creates a captured io with the given environment (e.g. `{ RANCANG_USER_DATA: dir }`). */
export function captureIo(env: Record<string, string | undefined>): CapturedIo {
  const out: string[] = [];
  const err: string[] = [];
  let stopNow: () => void = () => {};
  const stopped = new Promise<void>((resolve) => (stopNow = resolve));
  let lineWaiter: ((line: string) => void) | null = null;
  const io: CliIo = {
    out(text) {
      out.push(text.endsWith('\n') ? text : text + '\n');
      if (lineWaiter) lineWaiter(out.join('').split('\n')[0] ?? '');
    },
    err(text) {
      err.push(text.endsWith('\n') ? text : text + '\n');
    },
    untilStopped: () => stopped,
    env,
  };
  return {
    io,
    stdout: () => out.join(''),
    stderr: () => err.join(''),
    stop: () => stopNow(),
    firstLine: () =>
      new Promise<string>((resolve) => {
        if (out.length > 0) resolve(out.join('').split('\n')[0] ?? '');
        else lineWaiter = resolve;
      }),
  };
}
