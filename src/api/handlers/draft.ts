/** Handlers of `draft.*`. */
import { CoreError } from '../../core-error';
import { actorOf, requireProject } from '../context';
import type { DocJson } from '../contract';
import { openReviewPackage } from './review';
import { normalizeDoc } from '../doc-input';
import type { Handlers } from '../handler';

/** `draft.get` and `draft.save` (schema-checked; a stale `revision` is a CONFLICT). */
export const draftHandlers: Handlers<'draft.get' | 'draft.save'> = {
  'draft.get': (ctx) => {
    const pkg = openReviewPackage(ctx);
    if (pkg) return { doc: pkg.doc().toJSON() as DocJson, savedAt: pkg.data.createdAt, revision: 0 };
    return requireProject(ctx).getDraft();
  },
  'draft.save': (ctx, a) => {
    if (openReviewPackage(ctx)) {
      throw new CoreError('READ_ONLY', 'Mode tinjauan: teks rancangan hanya dapat dibaca; berikan komentar atau usulan rumusan.');
    }
    const store = requireProject(ctx);
    const doc = normalizeDoc(a.doc);
    return store.saveDraft(doc, a.revision, actorOf(ctx));
  },
};
