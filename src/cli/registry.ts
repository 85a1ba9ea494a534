/**
 * Every CLI command, one line each. To add a command (import, outline, compare, amend, export,
 * thread, review, …): write `commands/<name>.ts` exporting a `Command` and list it here.
 */
import type { Command } from './command';
import { infoCommand } from './commands/info';
import { newCommand } from './commands/new';
import { serveCommand } from './commands/serve';
import { versionListCommand } from './commands/version-list';
import { versionSaveCommand } from './commands/version-save';

/** The commands, in the order the help lists them. */
export const commands: readonly Command[] = [
  newCommand,
  infoCommand,
  versionSaveCommand,
  versionListCommand,
  serveCommand,
];
