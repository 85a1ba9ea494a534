/**
 * The API contract, end to end, independent of the transport: `makeCaller` gives a `call`
 * function (in-process dispatch, HTTP, ...) and a temporary folder for project files. The tests
 * in one suite run in order and share one context (one open project at a time).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResponse, DocJson, DraftState, ProjectInfo, VersionInfo } from '../../src/api/contract';

/** What a transport gives the suite. */
export interface ContractCaller {
  call: (method: string, args: unknown) => Promise<ApiResponse<unknown>>;
  /** A folder the suite may create files in (also the user data folder, or next to it). */
  tmpDir: string;
  close: () => Promise<void>;
}

type Json = { type?: string; text?: string; content?: Json[]; attrs?: Record<string, unknown> };

/** A copy of `doc` whose judul reads `title`. */
function withTitle(doc: DocJson, title: string): DocJson {
  const copy = structuredClone(doc) as Json;
  const judul = copy.content?.find((n) => n.type === 'judul');
  if (!judul) throw new Error('no judul');
  judul.content = [{ type: 'text', text: title }];
  return copy as DocJson;
}

/** Register the contract tests for one transport. */
export function contractSuite(name: string, makeCaller: () => Promise<ContractCaller>): void {
  describe(`API contract (${name})`, () => {
    let c: ContractCaller;
    let file: string;
    const ok = async <T>(method: string, args: unknown): Promise<T> => {
      const res = await c.call(method, args);
      if (!res.ok) throw new Error(`${method} failed: ${res.error.code} ${res.error.message}`);
      return res.value as T;
    };
    const fail = async (method: string, args: unknown) => {
      const res = await c.call(method, args);
      expect(res.ok).toBe(false);
      return (res as Extract<ApiResponse<unknown>, { ok: false }>).error;
    };

    beforeAll(async () => {
      c = await makeCaller();
      file = path.join(c.tmpDir, 'kontrak.rancang');
    });
    afterAll(async () => {
      await c?.close();
    });

    it('app.info names the app and its schema version', async () => {
      const info = await ok<{ name: string; schemaVersion: number }>('app.info', {});
      expect(info.name).toBe('Rancang');
      expect(info.schemaVersion).toBeGreaterThanOrEqual(1);
    });

    it('an unknown method is UNKNOWN_METHOD; bad arguments are INVALID_ARGS in Indonesian', async () => {
      expect((await fail('project.explode', {})).code).toBe('UNKNOWN_METHOD');
      expect((await fail('toString', {})).code).toBe('UNKNOWN_METHOD');
      const e = await fail('project.create', { path: file });
      expect(e.code).toBe('INVALID_ARGS');
      expect(e.message).toMatch(/title/);
      expect(e.message).toMatch(/tidak/i);
      expect((await fail('version.get', { id: -1 })).code).toBe('INVALID_ARGS');
      expect((await fail('app.info', { extra: 1 })).code).toBe('INVALID_ARGS');
    });

    it('methods that need a project say NO_PROJECT', async () => {
      await ok('project.close', {});
      expect((await fail('draft.get', {})).code).toBe('NO_PROJECT');
    });

    it('project.create makes a Batam skeleton project; a second create is FILE_EXISTS', async () => {
      const info = await ok<ProjectInfo>('project.create', { path: file, title: 'Pengelolaan Sampah', author: 'Perancang' });
      expect(info).toMatchObject({ path: file, title: 'Pengelolaan Sampah', mode: 'penggantian', readOnly: false, hasBase: false, versions: 0 });
      expect(info.counts.pasal).toBeGreaterThanOrEqual(1);
      const settings = await ok<{ region: { name: string; head: string } }>('settings.get', {});
      expect(settings.region).toMatchObject({ name: 'KOTA BATAM', head: 'WALI KOTA BATAM' });
      expect((await fail('project.create', { path: file, title: 'Lagi' })).code).toBe('FILE_EXISTS');
      expect(await ok<ProjectInfo>('project.info', {})).toMatchObject({ path: file });
    });

    it('draft.get/save: revisions increase, a stale revision is CONFLICT, a bad document is INVALID_DOCUMENT', async () => {
      const d0 = await ok<DraftState>('draft.get', {});
      expect(d0.doc.type).toBe('doc');
      const r1 = await ok<{ revision: number }>('draft.save', { doc: withTitle(d0.doc, 'JUDUL SATU'), revision: d0.revision });
      expect(r1.revision).toBe(d0.revision + 1);
      expect((await fail('draft.save', { doc: withTitle(d0.doc, 'JUDUL DUA'), revision: d0.revision })).code).toBe('CONFLICT');
      const bad = { type: 'doc', content: [{ type: 'pasal' }] };
      expect((await fail('draft.save', { doc: bad, revision: r1.revision })).code).toBe('INVALID_DOCUMENT');
      const d1 = await ok<DraftState>('draft.get', {});
      expect(d1.revision).toBe(r1.revision);
      expect(JSON.stringify(d1.doc)).toContain('JUDUL SATU');
    });

    it('version.save/list/get/restore keep every version and lose nothing', async () => {
      const v1 = await ok<VersionInfo>('version.save', { label: 'Naskah awal', stage: 'Naskah awal' });
      expect(v1).toMatchObject({ label: 'Naskah awal', stage: 'Naskah awal', author: 'Perancang', parentId: null });
      const d = await ok<DraftState>('draft.get', {});
      await ok('draft.save', { doc: withTitle(d.doc, 'JUDUL BARU'), revision: d.revision });
      const v2 = await ok<VersionInfo>('version.save', { label: 'Hasil rapat' });
      expect(v2.parentId).toBe(v1.id);
      expect(v2.hash).not.toBe(v1.hash);
      expect((await ok<VersionInfo[]>('version.list', {})).map((v) => v.label)).toEqual(['Naskah awal', 'Hasil rapat']);
      const got = await ok<{ version: VersionInfo; doc: DocJson }>('version.get', { id: v1.id });
      expect(JSON.stringify(got.doc)).toContain('JUDUL SATU');
      expect((await fail('version.get', { id: 999 })).code).toBe('NOT_FOUND');

      const r = await ok<{ draft: DraftState; savedCurrentAs: VersionInfo }>('version.restore', { id: v1.id });
      expect(r.savedCurrentAs.label).toContain('Naskah awal');
      expect(r.draft.doc).toEqual(got.doc);
      const kept = await ok<{ doc: DocJson }>('version.get', { id: r.savedCurrentAs.id });
      expect(JSON.stringify(kept.doc)).toContain('JUDUL BARU');
      expect(await ok<VersionInfo[]>('version.list', {})).toHaveLength(3);
    });

    it('base.set works once; the second is BASE_ALREADY_SET', async () => {
      expect(await ok('base.get', {})).toEqual({ doc: null, source: null });
      const d = await ok<DraftState>('draft.get', {});
      const set = await ok<{ hash: string }>('base.set', { doc: d.doc, source: 'perda-2015.txt' });
      expect(set.hash).toMatch(/^[0-9a-f]{64}$/);
      expect((await fail('base.set', { doc: d.doc })).code).toBe('BASE_ALREADY_SET');
      expect(await ok('base.get', {})).toEqual({ doc: d.doc, source: 'perda-2015.txt' });
      expect((await ok<ProjectInfo>('project.info', {})).hasBase).toBe(true);
    });

    it('settings.update validates and merges; audit.list records who did what', async () => {
      const s = await ok<{ title: string; amendmentCount: number }>('settings.update', { patch: { amendmentCount: 1 } });
      expect(s.amendmentCount).toBe(1);
      expect((await fail('settings.update', { patch: { mode: 'campuran' } })).code).toBe('INVALID_ARGS');
      const audit = await ok<Array<{ action: string; actor: string }>>('audit.list', {});
      const actions = audit.map((a) => a.action);
      for (const a of ['project.create', 'version.save', 'version.restore', 'base.set', 'settings.update']) {
        expect(actions).toContain(a);
      }
      expect(audit[0]).toMatchObject({ action: 'settings.update', actor: 'Perancang' });
    });

    it('project.close, open read-only (writes refused), recent list', async () => {
      expect(await ok('project.close', {})).toEqual({ closed: true });
      const info = await ok<ProjectInfo>('project.open', { path: file, readOnly: true });
      expect(info).toMatchObject({ readOnly: true, versions: 3, hasBase: true });
      const d = await ok<DraftState>('draft.get', {});
      expect((await fail('draft.save', { doc: d.doc })).code).toBe('READ_ONLY');
      expect((await fail('version.save', { label: 'x' })).code).toBe('READ_ONLY');
      const recent = await ok<Array<{ path: string }>>('project.recent', {});
      expect(recent[0]?.path).toBe(file);
    });

    it('project.open refuses a file that is not a project, and leaves it alone', async () => {
      const other = path.join(c.tmpDir, 'bukan-proyek.rancang');
      fs.writeFileSync(other, 'PERATURAN DAERAH KOTA BATAM');
      const e = await fail('project.open', { path: other });
      expect(e.code).toBe('NOT_A_PROJECT');
      expect(fs.readFileSync(other, 'utf8')).toBe('PERATURAN DAERAH KOTA BATAM');
    });

    it('project.sample opens the real sample project (Surabaya pair)', async () => {
      const info = await ok<ProjectInfo>('project.sample', {});
      expect(info.title).toMatch(/Contoh/);
      expect(info.title).toMatch(/Surabaya/);
      expect(info.counts.pasal).toBe(41);
      expect(info.hasBase).toBe(true);
      const again = await ok<ProjectInfo>('project.sample', {});
      expect(again.path).toBe(info.path);
      await ok('project.close', {});
    });
  });
}
