/**
 * The one table of handlers: every method of the contract, one file per noun. The type makes a
 * missing method a compile error.
 */
import type { HandlerTable } from '../handler';
import { appHandlers } from './app';
import { auditHandlers } from './audit';
import { baseHandlers } from './base';
import { draftHandlers } from './draft';
import { projectHandlers } from './project';
import { settingsHandlers } from './settings';
import { versionHandlers } from './version';

/** Every handler, by method name. */
export const handlers: HandlerTable = {
  ...appHandlers,
  ...projectHandlers,
  ...settingsHandlers,
  ...draftHandlers,
  ...baseHandlers,
  ...versionHandlers,
  ...auditHandlers,
};
