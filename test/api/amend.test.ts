/**
 * `amend.generate` over the API: the instrument of the open project (base -> draft), with the
 * uids of the units each item names so the UI can jump to them.
 */
import path from 'node:path';
import type { Node } from 'prosemirror-model';
import { afterEach, describe, expect, it } from 'vitest';
import { call, closeContext, createContext, dispatch, type ApiContext } from '../../src/api/dispatch';
import { buildPerda, freezeAsBase } from '../../src/model/doc-builders';
import { perdaSchema } from '../../src/model/schema';
import { makeTmpDir, type TmpDir } from '../helpers/tmp-dir';

/** A copy of `doc` with the text of the Pasal `uid` replaced. */
function rewordPasal(doc: Node, uid: string, text: string): Node {
  const json = doc.toJSON() as { content?: unknown[] };
  const walk = (n: { attrs?: Record<string, unknown>; content?: unknown[]; type?: string }) => {
    if (n.type === 'pasal' && n.attrs?.uid === uid) n.content = [{ type: 'para', content: [{ type: 'text', text }] }];
    for (const c of n.content ?? []) walk(c as typeof n);
  };
  walk(json);
  return perdaSchema.nodeFromJSON(json);
}

describe('amend.generate', () => {
  let tmp: TmpDir;
  let ctx: ApiContext;
  afterEach(() => {
    closeContext(ctx);
    tmp.cleanup();
  });

  it('names the changed Pasal in the Lampiran II formula, with its uid', async () => {
    tmp = makeTmpDir();
    ctx = createContext({ userDataDir: path.join(tmp.path, 'user') });
    await call(ctx, 'project.create', { path: path.join(tmp.path, 'p.rancang'), title: 'Narkotika', mode: 'perubahan' });
    expect((await dispatch(ctx, 'amend.generate', {})).ok).toBe(false); // no base yet: NOT_FOUND

    const base = freezeAsBase(
      buildPerda({
        mode: 'perubahan',
        babs: [{ title: 'KETENTUAN UMUM', pasal: ['Setiap orang wajib mencegah.', 'Pencegahan dilakukan bersama.', 'Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.'] }],
      }),
    );
    let second = '';
    base.descendants((n) => {
      if (n.type.name === 'pasal' && !second && n.textContent.startsWith('Pencegahan')) second = String(n.attrs.uid);
      return true;
    });
    await call(ctx, 'base.set', { doc: base.toJSON() as never });
    const draft = await call(ctx, 'draft.get', {});
    await call(ctx, 'draft.save', { doc: rewordPasal(base, second, 'Pencegahan dilakukan oleh Pemerintah Daerah dan masyarakat.').toJSON() as never, revision: draft.revision });

    const res = await call(ctx, 'amend.generate', {});
    expect(res.items).toHaveLength(1);
    // One change: Pasal I names the amended Perda in the single-change sentence (drafting-rules.md 3.4.1).
    expect(res.items[0]).toMatchObject({ action: 'diubah', units: ['Pasal 2'] });
    expect(res.items[0]!.text).toMatch(/^Ketentuan Pasal 2 dalam Peraturan Daerah Kota Batam Nomor … Tahun … tentang Narkotika \(Lembaran Daerah Kota Batam .*\) diubah sehingga berbunyi sebagai berikut:$/);
    expect(res.items[0]!.targetUids).toContain(second);
    expect(res.recommendation).toBe('perubahan');
    expect(res.text).toContain('Pasal II');
  });
});
