/** Handlers of `draft.*`. */
import { actorOf, requireProject } from '../context';
import { normalizeDoc } from '../doc-input';
import type { Handlers } from '../handler';

/** `draft.get` and `draft.save` (schema-checked; a stale `revision` is a CONFLICT). */
export const draftHandlers: Handlers<'draft.get' | 'draft.save'> = {
  'draft.get': (ctx) => requireProject(ctx).getDraft(),
  'draft.save': (ctx, a) => {
    const store = requireProject(ctx);
    const doc = normalizeDoc(a.doc);
    return store.saveDraft(doc, a.revision, actorOf(ctx));
  },
};
