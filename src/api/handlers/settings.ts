/** Handlers of `settings.*`. */
import { actorOf, requireProject } from '../context';
import { settingsSchema } from '../contract';
import type { Handlers } from '../handler';

/** `settings.get` and `settings.update` (a shallow merge, validated as a whole). */
export const settingsHandlers: Handlers<'settings.get' | 'settings.update'> = {
  'settings.get': (ctx) => requireProject(ctx).getSettings(),
  'settings.update': (ctx, a) => {
    const store = requireProject(ctx);
    const next = settingsSchema.parse({ ...store.getSettings(), ...a.patch });
    return store.setSettings(next, actorOf(ctx));
  },
};
