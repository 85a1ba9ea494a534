/**
 * `rancang import INPUT --into FILE [--as base|draft]` in-process, on the real Surabaya pair:
 * a new project is created with the text as its base (draft started from it); importing as
 * draft keeps the previous draft as the version "Draf sebelum impor"; a second base is refused
 * and changes nothing; bad arguments and bad files give Indonesian messages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeContext, createContext, dispatch } from '../../../src/api/dispatch';
import type { DraftState, ImportCommitResult, VersionInfo } from '../../../src/api/contract';
import { runCli } from '../../../src/cli/main';
import { parseDocJson } from '../../../src/model/validate';
import { outlineOfDoc } from '../../../src/parse/outline';
import { captureIo } from '../../helpers/cli-io';
import { corpusDir, fixturesDir } from '../../helpers/paths';
import { makeTmpDir, type TmpDir } from '../../helpers/tmp-dir';

const OLD = path.join(corpusDir, 'perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt');
const NEW = path.join(corpusDir, 'perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt');

let tmp: TmpDir;
let env: Record<string, string>;

async function run(...argv: string[]) {
  const c = captureIo(env);
  const code = await runCli(argv, c.io);
  return { code, out: c.stdout(), err: c.stderr() };
}

/** Read a project directly through the API. */
async function inspect(file: string) {
  const ctx = createContext({ userDataDir: path.join(tmp.path, 'inspect') });
  try {
    const get = async <T,>(method: string, args: unknown = {}): Promise<T> => {
      const r = await dispatch(ctx, method, args);
      if (!r.ok) throw new Error(r.error.message);
      return r.value as T;
    };
    await get('project.open', { path: file, readOnly: true });
    const draft = await get<DraftState>('draft.get');
    const base = await get<{ doc: unknown; source: string | null }>('base.get');
    const versions = await get<VersionInfo[]>('version.list');
    const versionDocs = await Promise.all(versions.map((v) => get<{ doc: unknown }>('version.get', { id: v.id })));
    return { draft, base, versions, versionDocs: versionDocs.map((v) => v.doc) };
  } finally {
    closeContext(ctx);
  }
}

beforeAll(() => {
  tmp = makeTmpDir('cli-import');
  env = { RANCANG_USER_DATA: path.join(tmp.path, 'user-data'), RANCANG_AUTHOR: 'Penguji' };
});
afterAll(() => tmp.cleanup());

describe('rancang import', () => {
  const file = () => path.join(tmp.path, 'parkir.rancang');

  it('creates a project with the text as its base, the draft started from it', async () => {
    const r = await run('import', OLD, '--into', file());
    expect(r.code).toBe(0);
    expect(r.out).toContain('Proyek dibuat');
    expect(r.out).toContain('naskah dasar');
    expect(r.out).toMatch(/21 BAB, 44 Pasal/);
    const p = await inspect(file());
    expect(p.base.source).toBe(path.basename(OLD));
    const base = outlineOfDoc(parseDocJson(p.base.doc));
    expect(base.pasal).toHaveLength(44);
    expect(outlineOfDoc(parseDocJson(p.draft.doc))).toEqual(base);
    expect(parseDocJson(p.base.doc).attrs.mode).toBe('perubahan');
  }, 120_000);

  it('imports as draft: the previous draft is kept as the version "Draf sebelum impor"', async () => {
    const before = await inspect(file());
    const r = await run('import', NEW, '--into', file(), '--as', 'draft', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as ImportCommitResult & { outline: { pasal: unknown[] } };
    expect(json).toMatchObject({ as: 'draft', savedCurrentAs: { label: 'Draf sebelum impor' } });
    expect(json.outline.pasal).toHaveLength(41);
    const after = await inspect(file());
    const kept = after.versions.findIndex((v) => v.id === json.savedCurrentAs!.id);
    expect(after.versionDocs[kept]).toEqual(before.draft.doc);
    expect(outlineOfDoc(parseDocJson(after.draft.doc)).pasal).toHaveLength(41);
    expect(after.base).toEqual(before.base);
  }, 120_000);

  it('refuses a second base text and leaves the project as it was', async () => {
    const before = await inspect(file());
    const r = await run('import', NEW, '--into', file(), '--as', 'base');
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/Naskah dasar sudah ditetapkan/);
    const after = await inspect(file());
    expect(after.base).toEqual(before.base);
    expect(after.draft.revision).toBe(before.draft.revision);
  }, 120_000);

  it('imports a PDF (the Sulawesi Utara fixture) as the draft of a new project', async () => {
    const pdf = path.join(fixturesDir, 'parse/sulut-2014-minuman-beralkohol.pdf');
    const target = path.join(tmp.path, 'minol.rancang');
    const r = await run('import', pdf, '--into', target, '--as', 'draft');
    expect(r.code).toBe(0);
    const p = await inspect(target);
    expect(p.base.doc).toBeNull();
    expect(outlineOfDoc(parseDocJson(p.draft.doc)).pasal.length).toBeGreaterThan(0);
  }, 120_000);

  it('imports a scanned PDF by text recognition, telling on stderr each page as it is read', async () => {
    const scan = path.join(fixturesDir, 'parse/scan-surabaya-2018-hal-5-7.pdf');
    const target = path.join(tmp.path, 'pindai.rancang');
    const r = await run('import', scan, '--into', target);
    expect(r.code).toBe(0);
    expect(r.err.split('\n').filter((l) => l.includes('mengenali teks hasil pindai'))).toEqual([1, 2, 3].map((n) => `scan-surabaya-2018-hal-5-7.pdf: mengenali teks hasil pindai (OCR), halaman ${n} dari 3`));
    const p = await inspect(target);
    expect(outlineOfDoc(parseDocJson(p.base.doc)).pasal.map((x) => x.num)).toEqual(['2', '3', '4', '5', '6', '7', '8', '9', '10']);
  }, 120_000);

  it('explains bad arguments and bad files in Indonesian', async () => {
    const noInto = await run('import', OLD);
    expect(noInto.err).toMatch(/Opsi --into wajib diisi/);
    const badAs = await run('import', OLD, '--into', file(), '--as', 'lampiran');
    expect(badAs.err).toMatch(/Nilai --as tidak dikenal/);
    const missing = await run('import', path.join(tmp.path, 'tidak-ada.txt'), '--into', file());
    expect(missing.err).toMatch(/tidak ditemukan/);
    const oldWord = path.join(tmp.path, 'lama.doc');
    fs.writeFileSync(oldWord, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const target = path.join(tmp.path, 'x.rancang');
    const asDoc = await run('import', oldWord, '--into', target);
    expect(asDoc.code).not.toBe(0);
    expect(asDoc.err).toMatch(/Word lama \(\.doc\)/);
    expect(fs.existsSync(target)).toBe(false);
  }, 120_000);

  it('applies an amending instrument imported as the draft with --apply: the draft is the consolidated text (UU 20/2001 on UU 31/1999)', async () => {
    const target = path.join(tmp.path, 'tipikor.rancang');
    const base = path.join(fixturesDir, 'amend/uu-1999-31-tipikor.txt');
    const instrument = path.join(fixturesDir, 'amend/uu-2001-20-perubahan-tipikor.txt');
    expect((await run('import', base, '--into', target)).code).toBe(0);
    const plain = await run('import', instrument, '--into', target, '--as', 'draft');
    expect(plain.out).toContain('impor dengan --apply');
    expect(outlineOfDoc(parseDocJson((await inspect(target)).draft.doc)).pasal).toHaveLength(2);
    const refused = await run('import', instrument, '--into', target, '--as', 'base', '--apply');
    expect(refused.err).toMatch(/--apply hanya berlaku bersama --as draft/);
    const r = await run('import', instrument, '--into', target, '--as', 'draft', '--apply');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Perubahan diterapkan pada naskah dasar: 7 dari 8 butir');
    expect(r.out).toContain('Butir 1 tidak diterapkan');
    const pasal = outlineOfDoc(parseDocJson((await inspect(target)).draft.doc)).pasal;
    // Ten Pasal added: 12A-12C, 26A, 37A (Pasal 37 split), 38A-38C, 43A (with BAB VIA) and 43B.
    expect(pasal).toHaveLength(45 + 10);
  }, 120_000);
});
