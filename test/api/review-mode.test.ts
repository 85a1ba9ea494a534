/**
 * Review mode over the API: while a review package is open, the project info and the draft are
 * the package's (read-only text), saving the text is refused, and threads still work.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { call, closeContext, createContext, dispatch, type ApiContext } from '../../src/api/dispatch';
import { makeTmpDir, type TmpDir } from '../helpers/tmp-dir';

describe('review mode', () => {
  let tmp: TmpDir;
  let ctx: ApiContext;
  afterEach(() => {
    closeContext(ctx);
    tmp.cleanup();
  });

  it('serves the package text read-only and keeps comments writable', async () => {
    tmp = makeTmpDir();
    ctx = createContext({ userDataDir: path.join(tmp.path, 'user'), author: 'Perancang' });
    const file = path.join(tmp.path, 'p.rancang');
    await call(ctx, 'project.create', { path: file, title: 'Pencegahan Narkotika' });
    const draft = await call(ctx, 'draft.get', {});
    await call(ctx, 'version.save', { label: 'Naskah awal' });
    const pkg = path.join(tmp.path, 'untuk-fraksi.rancang-review');
    await call(ctx, 'review.export', { out: pkg, reviewer: 'Fraksi A' });

    const reviewer = createContext({ userDataDir: path.join(tmp.path, 'user2'), author: 'Fraksi A' });
    try {
      await call(reviewer, 'review.open', { path: pkg });
      const info = await call(reviewer, 'project.info', {});
      expect(info.readOnly).toBe(true);
      expect(info.review?.reviewer).toBe('Fraksi A');
      expect(info.path).toBe(path.resolve(pkg));
      const text = await call(reviewer, 'draft.get', {});
      expect(JSON.stringify(text.doc)).toBe(JSON.stringify(draft.doc));
      const save = await dispatch(reviewer, 'draft.save', { doc: text.doc, revision: 0 });
      expect(save).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
      await call(reviewer, 'thread.add', { unit: 'Pasal 1', body: 'Mohon definisi diperjelas.' });
      const threads = await call(reviewer, 'thread.list', {});
      expect(threads.threads.map((t) => t.comment.body)).toContain('Mohon definisi diperjelas.');
      await call(reviewer, 'review.close', {});
      expect((await dispatch(reviewer, 'project.info', {})).ok).toBe(false);
    } finally {
      closeContext(reviewer);
    }
  });
});
