import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { normalizeDoc } from '../../../src/api/doc-input';
import { DRAFT_SAVE_COALESCE_MS } from '../../../src/store/audit-log';
import { changeOnePasal, generatePerda } from './generated-perda';
import { makeStore, type StoreFixture } from './store-fixture';

describe('project store', () => {
  let f: StoreFixture;
  beforeEach(() => {
    f = makeStore(20);
  });
  afterEach(() => f.done());

  it('draft saves carry a revision; a stale revision is a CONFLICT and writes nothing', () => {
    const d0 = f.store.getDraft();
    expect(d0.revision).toBe(0);
    const a = normalizeDoc(changeOnePasal(f.doc, 1, 'jendela-a'));
    const b = normalizeDoc(changeOnePasal(f.doc, 1, 'jendela-b'));
    expect(f.store.saveDraft(a, 0, 'A').revision).toBe(1);
    expect(() => f.store.saveDraft(b, 0, 'B')).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(f.store.getDraft()).toMatchObject({ doc: a, revision: 1 });
    expect(f.store.saveDraft(b, 1, 'B').revision).toBe(2);
  });

  it('the base is set once; a second set and raw SQL changes are refused', () => {
    const base = normalizeDoc(generatePerda(5, { seed: 9 }));
    expect(f.store.getBase()).toEqual({ doc: null, source: null });
    const { hash } = f.store.setBase(base, 'perda-lama.txt', 'x');
    expect(f.store.getBase()).toEqual({ doc: base, source: 'perda-lama.txt' });
    expect(() => f.store.setBase(f.doc, null, 'x')).toThrow(expect.objectContaining({ code: 'BASE_ALREADY_SET' }));
    const raw = new Database(f.file);
    expect(() => raw.prepare('UPDATE base SET source = ?').run('lain')).toThrow(/satu kali/);
    expect(() => raw.prepare('DELETE FROM base').run()).toThrow(/tidak dapat dihapus/);
    raw.close();
    expect(f.store.baseRoot()).toBe(hash);
  });

  it('versions are immutable: UPDATE and DELETE are refused by triggers', () => {
    const v = f.store.saveVersion({ label: 'Naskah awal', stage: 'Naskah awal', author: 'x' });
    const raw = new Database(f.file);
    expect(() => raw.prepare('UPDATE versions SET label = ? WHERE id = ?').run('palsu', v.id)).toThrow(/tidak dapat diubah/);
    expect(() => raw.prepare('DELETE FROM versions').run()).toThrow(/tidak dapat dihapus/);
    expect(() => raw.prepare('DELETE FROM audit').run()).toThrow(/tidak dapat dihapus/);
    raw.close();
    expect(f.store.listVersions()).toEqual([v]);
  });

  it('versions chain to their parent and keep their document', () => {
    const v1 = f.store.saveVersion({ label: 'v1', stage: '', author: 'x' });
    const changed = normalizeDoc(changeOnePasal(f.doc, 4));
    f.store.saveDraft(changed, undefined, 'x');
    const v2 = f.store.saveVersion({ label: 'v2', stage: 'Pembahasan Pansus', author: 'y' });
    expect(v1.parentId).toBeNull();
    expect(v2.parentId).toBe(v1.id);
    expect(v2.hash).not.toBe(v1.hash);
    expect(f.store.getVersion(v1.id).doc).toEqual(f.doc);
    expect(f.store.getVersion(v2.id).doc).toEqual(changed);
    expect(() => f.store.getVersion(99)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('restore first saves the current draft as a version, then loads the old one', () => {
    const v1 = f.store.saveVersion({ label: 'Naskah awal', stage: '', author: 'x' });
    const changed = normalizeDoc(changeOnePasal(f.doc, 2));
    f.store.saveDraft(changed, undefined, 'x');
    const { draft, savedCurrentAs } = f.store.restoreVersion(v1.id, 'x');
    expect(savedCurrentAs.label).toBe('Draf sebelum pemulihan "Naskah awal"');
    expect(f.store.getVersion(savedCurrentAs.id).doc).toEqual(changed);
    expect(draft.doc).toEqual(f.doc);
    expect(draft.revision).toBe(2);
    expect(() => f.store.restoreVersion(42, 'x')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(f.store.listVersions()).toHaveLength(2);
  });

  it('GC removes unreferenced autosave blobs and keeps everything referenced', () => {
    const base = normalizeDoc(generatePerda(8, { seed: 3 }));
    f.store.setBase(base, null, 'x');
    const v1 = f.store.saveVersion({ label: 'v1', stage: '', author: 'x' });
    let doc = f.doc;
    for (let i = 0; i < 10; i++) {
      doc = normalizeDoc(changeOnePasal(doc, i, `ketik${i}`));
      f.store.saveDraft(doc, undefined, 'x');
    }
    const v2 = f.store.saveVersion({ label: 'v2', stage: '', author: 'x' });
    const atV2 = doc;
    doc = normalizeDoc(changeOnePasal(doc, 15, 'terakhir'));
    f.store.saveDraft(doc, undefined, 'x');
    const before = f.store.stats().blobCount;
    const gc = f.store.gc();
    expect(gc.missing).toBe(0);
    expect(gc.deleted).toBeGreaterThan(0);
    expect(f.store.stats().blobCount).toBe(before - gc.deleted);
    expect(f.store.gc().deleted).toBe(0);
    expect(f.store.getVersion(v1.id).doc).toEqual(f.doc);
    expect(f.store.getVersion(v2.id).doc).toEqual(atV2);
    expect(f.store.getDraft().doc).toEqual(doc);
    expect(f.store.getBase().doc).toEqual(base);
  });

  it('GC deletes nothing when a reachable blob is missing (damaged file)', () => {
    f.store.saveVersion({ label: 'v1', stage: '', author: 'x' });
    f.store.saveDraft(normalizeDoc(changeOnePasal(f.doc, 0)), undefined, 'x');
    const raw = new Database(f.file);
    raw.prepare("DELETE FROM blobs WHERE kind = 'leaf' AND id = (SELECT min(id) FROM blobs WHERE kind = 'leaf')").run();
    raw.close();
    const before = f.store.stats().blobCount;
    const gc = f.store.gc();
    expect(gc.missing).toBeGreaterThan(0);
    expect(gc.deleted).toBe(0);
    expect(f.store.stats().blobCount).toBe(before);
  });

  it('settings are replaced in one transaction and logged', () => {
    const s = f.store.getSettings();
    f.store.setSettings({ ...s, title: 'Judul baru' }, 'x');
    expect(f.store.getSettings().title).toBe('Judul baru');
    expect(f.store.listAudit(1)[0]).toMatchObject({ action: 'settings.update', actor: 'x', detail: { keys: ['title'] } });
  });

  it('the audit log coalesces autosaves of one actor and logs the rest', () => {
    for (let i = 0; i < 5; i++) f.store.saveDraft(f.doc, undefined, 'A');
    f.store.saveDraft(f.doc, undefined, 'B');
    f.store.saveVersion({ label: 'v', stage: '', author: 'A' });
    const actions = f.store.listAudit(100).map((e) => `${e.action}:${e.actor}`);
    expect(actions).toEqual(['version.save:A', 'draft.save:B', 'draft.save:A', 'project.create:Penguji']);
    expect(DRAFT_SAVE_COALESCE_MS).toBeGreaterThan(0);
  });
});
