/** Handlers of `base.*`. */
import { actorOf, requireProject } from '../context';
import { normalizeDoc } from '../doc-input';
import type { Handlers } from '../handler';

/** `base.get` and `base.set` (once only: BASE_ALREADY_SET afterwards). */
export const baseHandlers: Handlers<'base.get' | 'base.set'> = {
  'base.get': (ctx) => requireProject(ctx).getBase(),
  'base.set': (ctx, a) => {
    const store = requireProject(ctx);
    const doc = normalizeDoc(a.doc);
    return store.setBase(doc, a.source ?? null, actorOf(ctx));
  },
};
