/**
 * The one table of handlers: every method of the contract, one file per noun. The type makes a
 * missing method a compile error.
 */
import type { HandlerTable } from '../handler';
import { amendHandlers } from './amend';
import { appHandlers } from './app';
import { auditHandlers } from './audit';
import { backupHandlers } from './backup';
import { baseHandlers } from './base';
import { compareHandlers } from './compare';
import { draftHandlers } from './draft';
import { exportHandlers } from './export';
import { importHandlers } from './import';
import { projectHandlers } from './project';
import { reviewHandlers } from './review';
import { settingsHandlers } from './settings';
import { threadHandlers } from './thread';
import { versionHandlers } from './version';

/** Every handler, by method name. */
export const handlers: HandlerTable = {
  ...appHandlers,
  ...amendHandlers,
  ...projectHandlers,
  ...settingsHandlers,
  ...draftHandlers,
  ...baseHandlers,
  ...versionHandlers,
  ...auditHandlers,
  ...threadHandlers,
  ...reviewHandlers,
  ...backupHandlers,
  ...compareHandlers,
  ...exportHandlers,
  ...importHandlers,
};
