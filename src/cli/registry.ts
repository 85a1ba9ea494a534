/**
 * Every CLI command, one line each. To add a command (import, outline, compare, amend, export,
 * thread, review, …): write `commands/<name>.ts` exporting a `Command` and list it here.
 */
import type { Command } from './command';
import { amendCommand } from './commands/amend';
import { applyCommand } from './commands/apply';
import { compareCommand } from './commands/compare';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { infoCommand } from './commands/info';
import { newCommand } from './commands/new';
import { outlineCommand } from './commands/outline';
import { reviewExportCommand, reviewImportCommand } from './commands/review';
import { serveCommand } from './commands/serve';
import { threadAddCommand, threadListCommand } from './commands/thread';
import { versionListCommand } from './commands/version-list';
import { versionSaveCommand } from './commands/version-save';

/** The commands, in the order the help lists them. */
export const commands: readonly Command[] = [
  newCommand,
  infoCommand,
  versionSaveCommand,
  versionListCommand,
  importCommand,
  outlineCommand,
  compareCommand,
  amendCommand,
  applyCommand,
  threadAddCommand,
  threadListCommand,
  reviewExportCommand,
  reviewImportCommand,
  exportCommand,
  serveCommand,
];
