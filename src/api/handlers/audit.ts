/** Handlers of `audit.*`. */
import { requireProject } from '../context';
import type { Handlers } from '../handler';

/** How many audit lines `audit.list` returns without a limit. */
export const DEFAULT_AUDIT_LIMIT = 200;

/** `audit.list`: newest first. */
export const auditHandlers: Handlers<'audit.list'> = {
  'audit.list': (ctx, a) => requireProject(ctx).listAudit(a.limit ?? DEFAULT_AUDIT_LIMIT),
};
