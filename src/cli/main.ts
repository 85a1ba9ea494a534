/**
 * Entry point of the `rancang` command line: picks the command, runs it in-process against the
 * core (`dispatch`), prints Indonesian messages and returns the exit code
 * (0 success, 1 user error, 2 internal error).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isCoreError } from '../core-error';
import { parseCommandArgs, selectCommand } from './args';
import { commandHelp, generalHelp } from './help';
import { processIo, type CliIo } from './io';
import { packageVersion, userDataDir } from './paths';
import { commands } from './registry';
import { createSession } from './session';

/** Exit codes of the CLI. */
export const EXIT = { ok: 0, user: 1, internal: 2 } as const;

/** Runs the CLI with the words after `rancang`; resolves to the exit code (never throws). */
export async function runCli(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const first = argv[0];
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    const target =
      first === 'help' && argv.length > 1 ? selectCommand(commands, argv.slice(1)) : null;
    if (first === 'help' && argv.length > 1 && !target) return unknownCommand(io, argv.slice(1));
    if (first === undefined) {
      io.err(generalHelp(commands));
      return EXIT.user;
    }
    io.out(target ? commandHelp(target.command) : generalHelp(commands));
    return EXIT.ok;
  }
  if (first === '--version' || first === '-v') {
    io.out(packageVersion());
    return EXIT.ok;
  }
  const selected = selectCommand(commands, argv);
  if (!selected) return unknownCommand(io, argv);

  const session = createSession(userDataDir(io.env), io.env.RANCANG_AUTHOR);
  try {
    const args = parseCommandArgs(selected.command, selected.rest);
    if (args.values.help) {
      io.out(commandHelp(selected.command));
      return EXIT.ok;
    }
    return (await selected.command.run({ io, args, session })) ?? EXIT.ok;
  } catch (err) {
    return reportError(io, err);
  } finally {
    try {
      await session.close();
    } catch (err) {
      reportError(io, err);
    }
  }
}

function unknownCommand(io: CliIo, argv: readonly string[]): number {
  const group = commands.filter((c) => c.name.startsWith(`${argv[0]} `)).map((c) => c.name);
  io.err(
    group.length > 0
      ? `Perintah tidak lengkap: ${argv.join(' ')}. Pilihan: ${group.join(', ')}.`
      : `Perintah tidak dikenal: ${argv[0]}. Lihat "rancang --help".`,
  );
  return EXIT.user;
}

/** The exit code for a failure: 1 for a user error (CoreError other than INTERNAL), else 2. */
export function exitCodeFor(err: unknown): number {
  return isCoreError(err) && err.code !== 'INTERNAL' ? EXIT.user : EXIT.internal;
}

function reportError(io: CliIo, err: unknown): number {
  if (exitCodeFor(err) === EXIT.user) {
    io.err(`Galat: ${(err as Error).message}`);
    return EXIT.user;
  }
  const message = err instanceof Error ? err.message : String(err);
  io.err(message.startsWith('Kesalahan internal') ? message : `Kesalahan internal: ${message}`);
  if (io.env.RANCANG_DEBUG && err instanceof Error && err.stack) io.err(err.stack);
  return EXIT.internal;
}

/** True when this module is the program being run (`tsx src/cli/main.ts …`). */
function isEntryPoint(): boolean {
  const script = process.argv[1];
  return script !== undefined && path.resolve(script) === fileURLToPath(import.meta.url);
}

if (isEntryPoint()) {
  process.exitCode = await runCli(process.argv.slice(2));
}
