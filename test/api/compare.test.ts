/**
 * `compare.run` in-process on a real text: the Surabaya Perda as base, a draft with one Pasal
 * reworded and one Pasal inserted (uids kept), versions and the three-way compare.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { ApiArgs, ApiResponse, CompareResult, DocJson } from '../../src/api/contract';
import { closeContext, createContext, dispatch, type ApiContext } from '../../src/api/dispatch';
import { makeTmpDir, type TmpDir } from '../helpers/tmp-dir';
import { ADDED_WORDS, INSERTED_TEXT, baseDoc, editedDraft } from './compare-fixture';

describe('compare.run (in-process, real base text)', () => {
  let dir: TmpDir;
  let ctx: ApiContext;
  let base: DocJson;
  let edit: ReturnType<typeof editedDraft>;
  const call = async <T>(method: string, args: unknown): Promise<T> => {
    const res = (await dispatch(ctx, method, args)) as ApiResponse<T>;
    if (!res.ok) throw new Error(`${method}: ${res.error.code} ${res.error.message}`);
    return res.value;
  };
  const run = (args: ApiArgs<'compare.run'>) => call<CompareResult>('compare.run', args);

  beforeAll(async () => {
    dir = makeTmpDir('compare-api');
    ctx = createContext({ userDataDir: dir.path, author: 'Penguji', appVersion: 'test' });
    base = baseDoc();
    edit = editedDraft(base);
  });
  afterAll(() => {
    closeContext(ctx);
    dir.cleanup();
  });

  it('answers NO_PROJECT without a project and NOT_FOUND without a base, in Indonesian', async () => {
    const none = await dispatch(ctx, 'compare.run', { old: { kind: 'base' }, new: { kind: 'draft' } });
    expect(none).toMatchObject({ ok: false, error: { code: 'NO_PROJECT' } });
    await call('project.create', { path: path.join(dir.path, 'parkir.rancang'), title: 'Penyelenggaraan Perparkiran' });
    const noBase = await dispatch(ctx, 'compare.run', { old: { kind: 'base' }, new: { kind: 'draft' } });
    expect(noBase).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(noBase.ok ? '' : noBase.error.message).toMatch(/Naskah dasar belum ditetapkan/);
    const bad = await dispatch(ctx, 'compare.run', { old: { kind: 'version', id: 99 }, new: { kind: 'draft' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'Versi 99 tidak ditemukan.' } });
    const invalid = await dispatch(ctx, 'compare.run', { old: { kind: 'lama' }, new: { kind: 'draft' } });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } });
  });

  it('draft vs base: one changed Pasal, one inserted, the rest renumbered or unchanged', async () => {
    await call('base.set', { doc: base, source: 'korpus' });
    const draft = await call<{ revision: number }>('draft.get', {});
    await call('draft.save', { doc: edit.doc, revision: draft.revision });
    const r = await run({ old: { kind: 'base' }, new: { kind: 'draft' } });
    expect(r.matchedBy).toBe('uid');
    expect(r.summary).toEqual({ unchanged: 9, changed: 1, inserted: 1, deleted: 0, moved: 0, renumbered: 31, split: 0, merged: 0 });
    const pasal = r.rows.filter((x) => x.kind === 'pasal');
    const changed = pasal.filter((x) => x.status === 'changed');
    expect(changed.map((x) => [x.old?.uid, x.old?.label, x.new?.label, x.keterangan])).toEqual([[edit.changedUid, 'Pasal 5', 'Pasal 5', 'Diubah']]);
    expect(changed[0]!.segments.filter((s) => s.op !== 'equal')).toEqual([{ op: 'insert', text: ` ${ADDED_WORDS}` }]);
    const inserted = pasal.filter((x) => x.status === 'inserted');
    expect(inserted.map((x) => [x.new?.uid, x.new?.label, x.keterangan, x.bab])).toEqual([[edit.insertedUid, 'Pasal 11', 'Disisipkan', inserted[0]!.bab]]);
    expect(inserted[0]!.segments).toEqual([{ op: 'insert', text: INSERTED_TEXT }]);
    const after = pasal[pasal.indexOf(inserted[0]!) + 1]!;
    expect([after.status, after.old?.label, after.new?.label, after.keterangan]).toEqual(['renumbered', 'Pasal 11', 'Pasal 12', 'Nomor berubah (semula Pasal 11)']);
    // Reading order: Menimbang, Mengingat, batang tubuh with each BAB title before its Pasal, Penjelasan last.
    const sections = r.rows.map((x) => x.section).filter((s, i, a) => s !== a[i - 1]);
    expect(sections).toEqual(['judul', 'konsiderans', 'dasarHukum', 'diktum', 'batangTubuh', 'penutup', 'penjelasan']);
    const body = r.rows.filter((x) => x.section === 'batangTubuh');
    expect(body[0]!.kind).toBe('bab');
    for (const row of pasal) expect(row.bab).toBe(body.filter((x) => x.kind === 'bab' && body.indexOf(x) < body.indexOf(row)).at(-1)?.new?.label);
    expect(r.babs.length).toBe(body.filter((x) => x.kind === 'bab').length);
    expect(r.babs[0]!.title).not.toBe('');
    expect(r.otherSummary.changed + r.otherSummary.inserted + r.otherSummary.deleted).toBe(0);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('compares two versions and attributes each change to its stage in the three-way compare', async () => {
    const v1 = await call<{ id: number }>('version.save', { label: 'Hasil harmonisasi' });
    const draft = await call<{ revision: number }>('draft.get', {});
    const again = editedDraft(edit.doc, 0, 20);
    await call('draft.save', { doc: again.doc, revision: draft.revision });
    const v = await run({ old: { kind: 'version', id: v1.id }, new: { kind: 'draft' } });
    expect(v.sources).toMatchObject({ old: { kind: 'version', id: v1.id, label: 'Hasil harmonisasi' }, new: { kind: 'draft' }, mid: null });
    expect(v.summary).toMatchObject({ changed: 1, inserted: 1 });
    const t = await run({ old: { kind: 'base' }, threeWay: { kind: 'version', id: v1.id }, new: { kind: 'draft' } });
    expect(t.sources.mid).toMatchObject({ kind: 'version', label: 'Hasil harmonisasi' });
    const stageOf = (uid: string) => t.rows.find((x) => x.new?.uid === uid)?.stage;
    expect(stageOf(edit.changedUid)).toBe('baseToA');
    expect(stageOf(edit.insertedUid)).toBe('baseToA');
    expect(stageOf(again.changedUid)).toBe('aToDraft');
    expect(stageOf(again.insertedUid)).toBe('aToDraft');
    expect(t.rows.filter((x) => x.kind === 'pasal' && x.status === 'unchanged').every((x) => x.stage === 'none')).toBe(true);
    expect(t.rows.every((x) => x.steps === undefined)).toBe(true);
    // Every row has its stage, outside the Pasal too: a Penjelasan entry renumbered by the Pasal
    // the first stage inserted says so.
    expect(t.rows.filter((x) => x.stage === undefined).map((x) => x.key)).toEqual([]);
    const penjelasan = t.rows.filter((x) => x.section === 'penjelasan' && x.status !== 'unchanged');
    expect(penjelasan.length).toBeGreaterThan(0);
    expect(penjelasan.every((x) => x.stage !== 'none')).toBe(true);

    // The draft changes the Pasal the first stage changed once more: both stages, with each
    // stage's own word diff.
    const current = await call<{ revision: number; doc: DocJson }>('draft.get', {});
    const twice = editedDraft(current.doc, 4, 30);
    expect(twice.changedUid).toBe(edit.changedUid);
    await call('draft.save', { doc: twice.doc, revision: current.revision });
    const t2 = await run({ old: { kind: 'base' }, threeWay: { kind: 'version', id: v1.id }, new: { kind: 'draft' } });
    const row = t2.rows.find((x) => x.new?.uid === edit.changedUid)!;
    expect(row.stage).toBe('both');
    const inserted = (segs: CompareResult['rows'][number]['segments']) => segs.filter((x) => x.op === 'insert').map((x) => x.text.trim());
    // Base -> draft shows the words added twice; each stage shows only its own addition.
    expect(inserted(row.segments).join(' ').split(ADDED_WORDS).length - 1).toBe(2);
    expect(inserted(row.steps!.baseToA)).toEqual([ADDED_WORDS]);
    expect(inserted(row.steps!.aToDraft)).toEqual([ADDED_WORDS]);
    expect(t2.rows.filter((x) => x.steps).map((x) => x.new?.uid)).toEqual([edit.changedUid]);
  });
});
