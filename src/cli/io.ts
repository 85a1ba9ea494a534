/**
 * The CLI's contact with the outside world, injectable so that tests run commands in-process:
 * where output goes and how a long-running command (serve) learns that it should stop.
 */

/** Output streams and the stop signal of one CLI run. */
export interface CliIo {
  /** Writes one line (or several) to standard output. */
  out(text: string): void;
  /** Writes one line (or several) to standard error. */
  err(text: string): void;
  /** Resolves when the user asks a long-running command to stop (SIGINT/SIGTERM). */
  untilStopped(): Promise<void>;
  /** Environment variables (RANCANG_USER_DATA, RANCANG_AUTHOR, …). */
  env: Record<string, string | undefined>;
}

/** The real process: stdout, stderr, signals and `process.env`. */
export function processIo(): CliIo {
  return {
    out: (text) => void process.stdout.write(text.endsWith('\n') ? text : text + '\n'),
    err: (text) => void process.stderr.write(text.endsWith('\n') ? text : text + '\n'),
    untilStopped: () =>
      new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolve();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      }),
    env: process.env,
  };
}
