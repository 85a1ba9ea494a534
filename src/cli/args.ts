/**
 * Turns the words after `rancang` into a command and its parsed arguments, with Indonesian
 * messages for every mistake (as CoreError INVALID_ARGS, exit code 1).
 */
import { parseArgs } from 'node:util';
import { CoreError } from '../core-error';
import type { Command, ParsedArgs } from './command';

/** The command chosen by the leading words of `argv`, and the remaining words. */
export function selectCommand(
  commands: readonly Command[],
  argv: readonly string[],
): { command: Command; rest: string[] } | null {
  let best: { command: Command; rest: string[] } | null = null;
  for (const command of commands) {
    const words = command.name.split(' ');
    const matches = words.every((w, i) => argv[i] === w);
    if (matches && (!best || words.length > best.command.name.split(' ').length)) {
      best = { command, rest: argv.slice(words.length) };
    }
  }
  return best;
}

/** Parses the arguments of `command` (strict: unknown options are refused). */
export function parseCommandArgs(command: Command, rest: string[]): ParsedArgs {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({
      args: rest,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    throw new CoreError('INVALID_ARGS', translateParseError(err, command));
  }
  const values = parsed.values as ParsedArgs['values'];
  if (values.help) return { values, positionals: parsed.positionals };
  const n = parsed.positionals.length;
  if (n < command.positionals.min) {
    throw new CoreError('INVALID_ARGS', `Argumen kurang. Penggunaan: rancang ${command.usage}`);
  }
  if (n > command.positionals.max) {
    throw new CoreError(
      'INVALID_ARGS',
      `Argumen berlebih: ${parsed.positionals.slice(command.positionals.max).join(' ')}. Penggunaan: rancang ${command.usage}`,
    );
  }
  return { values, positionals: parsed.positionals };
}

/** A required string option, or INVALID_ARGS. */
export function requireString(args: ParsedArgs, name: string, command: Command): string {
  const v = args.values[name];
  if (typeof v !== 'string' || v.trim() === '') {
    throw new CoreError(
      'INVALID_ARGS',
      `Opsi --${name} wajib diisi. Penggunaan: rancang ${command.usage}`,
    );
  }
  return v;
}

/** An optional string option. */
export function optionalString(args: ParsedArgs, name: string): string | undefined {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
}

function translateParseError(err: unknown, command: Command): string {
  const code = (err as { code?: string }).code;
  const message = err instanceof Error ? err.message : String(err);
  const option = /'([^']+)'/.exec(message)?.[1] ?? '';
  const usage = `Penggunaan: rancang ${command.usage}`;
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Opsi tidak dikenal: ${option}. ${usage}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `Nilai opsi tidak sah: ${option}. ${usage}`;
    default:
      return `Argumen tidak sah. ${usage}`;
  }
}
