/**
 * The shape of one CLI command. Each command lives in its own file under `commands/` and is
 * listed once in `registry.ts`.
 */
import type { ParseArgsConfig } from 'node:util';
import type { CliIo } from './io';
import type { CliSession } from './session';

/** Option definitions in the form `node:util` parseArgs takes. */
export type CommandOptions = NonNullable<ParseArgsConfig['options']>;

/** Parsed arguments handed to a command. */
export interface ParsedArgs {
  /** Option values by long name. */
  values: Record<string, string | boolean | undefined>;
  /** Positional arguments after the command name. */
  positionals: string[];
}

/** What a command gets when it runs. */
export interface CommandContext {
  io: CliIo;
  args: ParsedArgs;
  /** Lazily opened core context, closed by `runCli` when the command ends. */
  session: CliSession;
}

/** One CLI command. */
export interface Command {
  /** The words that select it, e.g. `"version save"`. */
  name: string;
  /** One line for the command list (Indonesian). */
  summary: string;
  /** The usage line after `rancang `, e.g. `"info BERKAS [--json]"`. */
  usage: string;
  /** Its options (`--help` is added for every command). */
  options: CommandOptions;
  /** Allowed number of positional arguments. */
  positionals: { min: number; max: number };
  /** Runs the command; resolves to an exit code (0 when absent). Throws CoreError for user errors. */
  run(c: CommandContext): Promise<number | void>;
}
