/** Handlers of `version.*`. */
import { actorOf, requireProject } from '../context';
import type { Handlers } from '../handler';

/** `version.save/list/get/restore`: versions are immutable; restoring first saves the draft. */
export const versionHandlers: Handlers<'version.save' | 'version.list' | 'version.get' | 'version.restore'> = {
  'version.save': (ctx, a) =>
    requireProject(ctx).saveVersion({ label: a.label, stage: a.stage ?? '', author: actorOf(ctx, a.author) }),
  'version.list': (ctx) => requireProject(ctx).listVersions(),
  'version.get': (ctx, a) => requireProject(ctx).getVersion(a.id),
  'version.restore': (ctx, a) => requireProject(ctx).restoreVersion(a.id, actorOf(ctx, a.author)),
};
