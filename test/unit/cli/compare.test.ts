/**
 * `rancang compare` in-process: the real Surabaya replacement pair (2009 -> 2018) against the
 * golden fixture, and project inputs `FILE@base`, `FILE@<version label>`, `FILE` (the draft).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeContext, createContext, dispatch } from '../../../src/api/dispatch';
import type { ComparisonJson } from '../../../src/diff/index';
import { runCli } from '../../../src/cli/main';
import { baseDoc, editedDraft } from '../../api/compare-fixture';
import { captureIo } from '../../helpers/cli-io';
import { corpusDir, fixturesDir } from '../../helpers/paths';
import { makeTmpDir, type TmpDir } from '../../helpers/tmp-dir';
import { trackedDocx } from '../parse/helpers/tracked-docx';

const OLD = path.join(corpusDir, 'perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt');
const NEW = path.join(corpusDir, 'perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt');
const golden = JSON.parse(fs.readFileSync(path.join(fixturesDir, 'diff/surabaya-2009-2018.golden.json'), 'utf8')) as {
  matched: Array<[string, string, string]>;
  summary: Record<string, number>;
};

let tmp: TmpDir;
let env: Record<string, string>;
let project: string;

async function run(...argv: string[]) {
  const c = captureIo(env);
  const code = await runCli(argv, c.io);
  return { code, out: c.stdout(), err: c.stderr() };
}

/** A project whose base is the 2018 text, with a version "Hasil harmonisasi" and an edited draft. */
async function makeProject(file: string): Promise<void> {
  const ctx = createContext({ userDataDir: path.join(tmp.path, 'setup'), author: 'Penguji' });
  const call = async (method: string, args: unknown) => {
    const res = await dispatch(ctx, method, args);
    if (!res.ok) throw new Error(`${method}: ${res.error.message}`);
    return res.value as { revision: number };
  };
  const base = baseDoc();
  await call('project.create', { path: file, title: 'Penyelenggaraan Perparkiran' });
  await call('base.set', { doc: base });
  let draft = await call('draft.get', {});
  await call('draft.save', { doc: base, revision: draft.revision });
  await call('version.save', { label: 'Hasil harmonisasi' });
  draft = await call('draft.get', {});
  await call('draft.save', { doc: editedDraft(base).doc, revision: draft.revision });
  closeContext(ctx);
}

beforeAll(async () => {
  tmp = makeTmpDir('cli-compare');
  env = { RANCANG_USER_DATA: path.join(tmp.path, 'user-data') };
  project = path.join(tmp.path, 'parkir.rancang');
  await makeProject(project);
});
afterAll(() => tmp.cleanup());

describe('rancang compare warns on stderr, and leaves the JSON as it is', () => {
  it('when one input is an amending instrument that does not name the other as the Perda it amends', async () => {
    const r = await run('compare', path.join(corpusDir, 'perda-prov-sulut-2014-04-minuman-beralkohol.txt'), path.join(corpusDir, 'perda-prov-sulut-2018-02-perubahan-rpjmd.txt'), '--json');
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^Peringatan: perda-prov-sulut-2018-02-perubahan-rpjmd\.txt adalah Perda perubahan, tetapi judulnya tidak menyebut perda-prov-sulut-2014-04-minuman-beralkohol\.txt/);
    const json = JSON.parse(r.out) as ComparisonJson & { appliedInstrument?: unknown };
    expect(json.appliedInstrument).toBeUndefined();
    expect(json.units.map((u) => u.new)).toContain('Pasal I');
  });

  it('when the old input is an amending instrument (to be applied first)', async () => {
    const r = await run('compare', path.join(corpusDir, 'perda-prov-sulut-2018-02-perubahan-rpjmd.txt'), path.join(corpusDir, 'perda-prov-sulut-2016-03-rpjmd-2016-2021.txt'), '--json');
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^Peringatan: perda-prov-sulut-2018-02-perubahan-rpjmd\.txt adalah Raperda\/Perda perubahan .*"rancang apply"/);
    expect(() => JSON.parse(r.out) as unknown).not.toThrow();
  });

  it('when a source prints a Pasal number twice (its units are numbered by their order)', async () => {
    const sulut = fs.readFileSync(path.join(corpusDir, 'perda-prov-sulut-2014-04-minuman-beralkohol.txt'), 'utf8');
    const lines = sulut.split('\n');
    const at = lines.findIndex((l) => l.trim() === 'Pasal 13');
    lines[at] = lines[at]!.replace('Pasal 13', 'Pasal 12');
    const twice = path.join(tmp.path, 'dua-kali.txt');
    fs.writeFileSync(twice, lines.join('\n'));
    const r = await run('compare', path.join(corpusDir, 'perda-prov-sulut-2014-04-minuman-beralkohol.txt'), twice, '--json');
    expect(r.code).toBe(0);
    expect(r.err).toContain('Peringatan: penomoran dalam dua-kali.txt tidak berurutan');
    expect(r.err).toContain('Pasal 12 muncul dua kali');
  });

  it('when an input holds no Pasal at all (a letter, not a Perda)', async () => {
    const letter = path.join(tmp.path, 'surat.txt');
    fs.writeFileSync(letter, 'Dengan hormat,\nBersama ini kami sampaikan undangan rapat pembahasan.\n');
    const r = await run('compare', OLD, letter, '--json');
    expect(r.code).toBe(0);
    expect(r.err).toContain('Peringatan: dalam surat.txt tidak ditemukan satu pun Pasal; periksa apakah berkas ini naskah Perda.');
    expect(r.err).not.toContain('perda-kota-surabaya');
    expect((JSON.parse(r.out) as ComparisonJson).summary).toMatchObject({ deleted: 44, unchanged: 0 });
  });

  it('when a Word file still holds tracked changes (compared as accepted)', async () => {
    const [clean, tracked] = [path.join(tmp.path, 'bersih.docx'), path.join(tmp.path, 'revisi.docx')];
    fs.writeFileSync(clean, await trackedDocx(false));
    fs.writeFileSync(tracked, await trackedDocx(true));
    const r = await run('compare', clean, tracked, '--json');
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^Peringatan: revisi\.docx: Berkas Word ini masih memuat perubahan terlacak \(Track Changes: 2 sisipan, 1 hapusan\)/);
    expect(r.err).not.toContain('bersih.docx');
    expect((JSON.parse(r.out) as ComparisonJson).summary).toMatchObject({ unchanged: 1, changed: 0 });
  });

  it('when a PDF is a scan read by text recognition (told page by page as it is read)', async () => {
    const scan = path.join(fixturesDir, 'parse', 'scan-surabaya-2018-hal-5-7.pdf');
    const r = await run('compare', scan, NEW, '--json');
    expect(r.code).toBe(0);
    const lines = r.err.split('\n');
    expect(lines.filter((l) => l.includes('mengenali teks hasil pindai'))).toEqual([1, 2, 3].map((n) => `scan-surabaya-2018-hal-5-7.pdf: mengenali teks hasil pindai (OCR), halaman ${n} dari 3`));
    expect(lines.filter((l) => l.startsWith('Peringatan: scan-surabaya-2018-hal-5-7.pdf: 3 halaman PDF ini berupa gambar hasil pindai'))).toHaveLength(1);
    expect(r.err).not.toContain(path.basename(NEW));
    expect((JSON.parse(r.out) as ComparisonJson).units.filter((u) => u.old).map((u) => u.old)).toEqual(['Pasal 2', 'Pasal 3', 'Pasal 4', 'Pasal 5', 'Pasal 6', 'Pasal 7', 'Pasal 8', 'Pasal 9', 'Pasal 10']);
  }, 120_000);
});

describe('rancang compare on text files', () => {
  it('--json prints the units and the summary of the golden fixture for the Surabaya pair', async () => {
    const r = await run('compare', OLD, NEW, '--json');
    expect(r).toMatchObject({ code: 0, err: '' });
    const j = JSON.parse(r.out) as ComparisonJson;
    expect(j.summary).toEqual(golden.summary);
    for (const u of j.units) {
      expect(Object.keys(u)).toEqual(expect.arrayContaining(['status', 'old', 'new', 'keterangan']));
      expect(u.old === null || u.old.startsWith('Pasal ')).toBe(true);
    }
    expect(j.units.filter((u) => u.old && u.new).map((u) => [u.status, u.old, u.new])).toEqual(golden.matched);
    expect(j.units.length).toBe(Object.values(golden.summary).reduce((a, b) => a + b, 0));
    expect(j.units.find((u) => u.old === 'Pasal 40')).toMatchObject({ status: 'renumbered', new: 'Pasal 38', keterangan: 'Nomor berubah (semula Pasal 40)' });
    // A deleted Pasal's ayat reworded into another Pasal names it (a hint, not a pairing).
    expect(j.units.find((u) => u.old === 'Pasal 5')).toMatchObject({ status: 'deleted', parts: [{ status: 'deleted', old: 'Pasal 5 ayat (1)', new: null, alike: 'Pasal 11 ayat (6)' }] });
    // A Pasal that is one paragraph on both sides lists no part: its only part is the Pasal itself (old 39, new 37).
    const p39 = j.units.find((u) => u.old === 'Pasal 39');
    expect(p39).toMatchObject({ status: 'changed', new: 'Pasal 37' });
    expect(p39?.parts).toBeUndefined();
    // One with an opening text and a list still names its parts.
    expect(j.units.find((u) => u.old === 'Pasal 37')?.parts?.map((p) => p.old)).toContain('Pasal 37 teks pembuka');
  });

  it('without --json prints an Indonesian table and the summary', async () => {
    const r = await run('compare', OLD, NEW);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('Perbandingan: perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt (lama) -> perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt (baru)');
    expect(lines[2]).toMatch(/^No\.\s+Pasal lama\s+Pasal baru\s+Keterangan$/);
    expect(lines.find((l) => /^\d+\s+Pasal 40\s+Pasal 38\s+Nomor berubah \(semula Pasal 40\)$/.test(l))).toBeDefined();
    expect(r.out).toContain('Ringkasan (66 baris Pasal): 17 diubah, 22 disisipkan, 25 dihapus, 2 nomor berubah.');
    const only = await run('compare', OLD, NEW, '--hanya-perubahan');
    expect(only.out).not.toMatch(/\bTetap\b/);
    // Under each Pasal, the notes on its ayat and items, as the matriks words them.
    const rows = only.out.split('\n');
    const at = rows.findIndex((l) => /^\d+\s+Pasal 2\s+Pasal 4\s+Diubah \(semula Pasal 2\)$/.test(l));
    expect(rows.slice(at + 1, at + 5).map((l) => l.trim())).toEqual([
      'ayat (1), (2) diubah',
      'ayat (3) dipindahkan dari Pasal 3 ayat (1)',
      'ayat (3) huruf a diubah dan dipindahkan dari Pasal 3 ayat (1) huruf a',
      'ayat (3) huruf b diubah dan dipindahkan dari Pasal 3 ayat (1) huruf b',
    ]);
    expect(rows[at + 5]).toMatch(/^\d+\s+-\s+Pasal 5\s+Disisipkan$/);
    // Old Pasal 3 is new Pasal 10 (its ayat (1) went to Pasal 4, as the row above says).
    expect(rows.find((l) => /^\d+\s+Pasal 3\s+Pasal 10\s+Diubah \(semula Pasal 3\)$/.test(l))).toBeDefined();
  });

  it('reports a missing file and a @label on a text file as user errors (exit 1)', async () => {
    const missing = await run('compare', path.join(tmp.path, 'tidak-ada.txt'), NEW);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^Galat: Berkas tidak ditemukan: .*tidak-ada\.txt/);
    const label = await run('compare', `${NEW}@base`, NEW);
    expect(label.code).toBe(1);
    expect(label.err).toMatch(/Penanda "@base" hanya berlaku untuk berkas proyek/);
    const few = await run('compare', NEW);
    expect(few.code).toBe(1);
  });
});

describe('rancang compare on project inputs', () => {
  it('FILE@base vs FILE (the draft): one Pasal changed, one inserted, matched by uid', async () => {
    const r = await run('compare', `${project}@base`, project, '--json');
    expect(r).toMatchObject({ code: 0, err: '' });
    const j = JSON.parse(r.out) as ComparisonJson;
    expect(j.matchedBy).toBe('uid');
    expect(j.summary).toEqual({ unchanged: 9, changed: 1, inserted: 1, deleted: 0, moved: 0, renumbered: 31, split: 0, merged: 0 });
    expect(j.units.filter((u) => u.status === 'changed' || u.status === 'inserted').map((u) => [u.status, u.old, u.new])).toEqual([
      ['changed', 'Pasal 5', 'Pasal 5'],
      ['inserted', null, 'Pasal 11'],
    ]);
  });

  it('a Perda against its consolidated text after an amendment, both files: paired by number, and it says so', async () => {
    const base = path.join(fixturesDir, 'amend/uu-1999-31-tipikor.txt');
    const consolidated = path.join(tmp.path, 'tipikor-konsolidasi.txt');
    const applied = await run('apply', base, path.join(fixturesDir, 'amend/uu-2001-20-perubahan-tipikor.txt'), '--out', consolidated);
    expect(applied.code).toBe(0);
    expect(fs.existsSync(consolidated)).toBe(true);
    const r = await run('compare', base, consolidated, '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as ComparisonJson;
    expect(j.matchedBy).toBe('number');
    expect(j.units.filter((u) => u.status === 'changed').map((u) => `${u.old}>${u.new}`)).toEqual([5, 6, 7, 8, 9, 10, 11, 12].map((n) => `Pasal ${n}>Pasal ${n}`));
    expect(r.err).toContain('Pasal dipasangkan menurut nomornya');
    // A replacement pair says nothing of the kind.
    expect((await run('compare', OLD, NEW, '--json')).err).not.toContain('dipasangkan menurut nomornya');
  });

  it('FILE@<version label> vs FILE@draft and a text file vs FILE@base', async () => {
    const v = await run('compare', `${project}@Hasil harmonisasi`, `${project}@draft`, '--json');
    expect(v.code).toBe(0);
    expect((JSON.parse(v.out) as ComparisonJson).summary).toMatchObject({ changed: 1, inserted: 1 });
    const t = await run('compare', NEW, `${project}@base`, '--json');
    expect(t.code).toBe(0);
    const j = JSON.parse(t.out) as ComparisonJson;
    expect(j.matchedBy).toBe('content');
    expect(j.summary.unchanged).toBe(41);
    const human = await run('compare', `${project}@base`, project, '--hanya-perubahan');
    expect(human.out.split('\n')[0]).toBe('Perbandingan: parkir.rancang@base (lama) -> parkir.rancang (baru)');
    expect(human.out).toMatch(/1\s+Pasal 5\s+Pasal 5\s+Diubah/);
  });

  it('an unknown version label is NOT_FOUND with the labels that exist (exit 1)', async () => {
    const r = await run('compare', `${project}@Naskah akhir`, project);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Galat: Versi "Naskah akhir" tidak ditemukan');
    expect(r.err).toContain('"Hasil harmonisasi"');
  });
});

describe('rancang compare with an amending instrument as the new text', () => {
  it('applies the real Sulawesi Utara instrument (2/2018) to the Perda it amends (3/2016) and lists the Pasal it changes', async () => {
    const r = await run('compare', path.join(corpusDir, 'perda-prov-sulut-2016-03-rpjmd-2016-2021.txt'), path.join(corpusDir, 'perda-prov-sulut-2018-02-perubahan-rpjmd.txt'), '--json');
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^Catatan: perda-prov-sulut-2018-02-perubahan-rpjmd\.txt adalah Perda perubahan; .*\(3 dari 3 butir diterapkan\)/);
    const json = JSON.parse(r.out) as ComparisonJson & { appliedInstrument: { label: string; report: Array<{ item: number; status: string }> } };
    // Pasal I changes Pasal 1, 3 and 4 ("Ketentuan Pasal 1 diubah ..."); the other six stay.
    expect(json.units.map((u) => [u.old, u.new, u.status])).toEqual([
      ['Pasal 1', 'Pasal 1', 'changed'],
      ['Pasal 2', 'Pasal 2', 'unchanged'],
      ['Pasal 3', 'Pasal 3', 'changed'],
      ['Pasal 4', 'Pasal 4', 'changed'],
      ['Pasal 5', 'Pasal 5', 'unchanged'],
      ['Pasal 6', 'Pasal 6', 'unchanged'],
      ['Pasal 7', 'Pasal 7', 'unchanged'],
      ['Pasal 8', 'Pasal 8', 'unchanged'],
      ['Pasal 9', 'Pasal 9', 'unchanged'],
    ]);
    expect(json.appliedInstrument.label).toBe('perda-prov-sulut-2018-02-perubahan-rpjmd.txt');
    expect(json.appliedInstrument.report.map((x) => x.status)).toEqual(['applied', 'applied', 'applied']);
    const human = await run('compare', path.join(corpusDir, 'perda-prov-sulut-2016-03-rpjmd-2016-2021.txt'), path.join(corpusDir, 'perda-prov-sulut-2018-02-perubahan-rpjmd.txt'), '--hanya-perubahan');
    expect(human.out).toContain('perda-prov-sulut-2018-02-perubahan-rpjmd.txt diterapkan pada naskah lama (baru)');
    expect(human.out).toContain('Ringkasan (9 baris Pasal): 3 diubah, 6 tetap.');
  });
});

describe('rancang compare with an instrument whose items do not apply', () => {
  it('compares with the Perda unchanged and marks the Pasal the items name, instead of reading Pasal I as a whole text', async () => {
    const file = path.join(tmp.path, 'perubahan-minol.txt');
    fs.writeFileSync(file, `PERATURAN DAERAH PROVINSI SULAWESI UTARA
NOMOR 7 TAHUN 2019
TENTANG
PERUBAHAN ATAS PERATURAN DAERAH PROVINSI SULAWESI UTARA NOMOR 4 TAHUN 2014 TENTANG PENGENDALIAN DAN PENGAWASAN MINUMAN BERALKOHOL DI PROVINSI SULAWESI UTARA

Pasal I
Beberapa ketentuan dalam Peraturan Daerah Provinsi Sulawesi Utara Nomor 4 Tahun 2014 diubah sebagai berikut:
1. Ketentuan Pasal 3 dipindahkan ke dalam BAB III.
2. Ketentuan Pasal 12 huruf d dihapus.

Pasal II
Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.
`);
    const base = path.join(corpusDir, 'perda-prov-sulut-2014-04-minuman-beralkohol.txt');
    const r = await run('compare', base, file, '--json');
    expect(r.code).toBe(0);
    expect(r.err).toContain('(0 dari 2 butir diterapkan)');
    expect(r.err).toContain('Butir 2 tidak diterapkan: Pasal 12 tidak memuat huruf d.');
    const json = JSON.parse(r.out) as ComparisonJson;
    expect(json.summary).toMatchObject({ unchanged: 37, deleted: 0, inserted: 0 });
    expect(json.units.filter((u) => u.unappliedItems).map((u) => [u.old, u.unappliedItems, u.keterangan])).toEqual([
      ['Pasal 3', [1], 'Tetap; butir 1 Perda perubahan tidak diterapkan, periksa'],
      ['Pasal 12', [2], 'Tetap; butir 2 Perda perubahan tidak diterapkan, periksa'],
    ]);
    const human = await run('compare', base, file, '--hanya-perubahan');
    expect(human.out).toMatch(/2\s+Pasal 12\s+Pasal 12\s+Tetap; butir 2 Perda perubahan tidak diterapkan, periksa/);
  });
});

describe('rancang compare with a draft that deleted a Pasal and did not renumber', () => {
  /** Sulawesi Utara 4/2014 without the lines of Pasal `n` (up to the next Pasal heading); `flat` strips the layout's indentation. */
  function without(n: number, flat: boolean): string {
    const lines = fs.readFileSync(SULUT, 'utf8').split('\n');
    const at = (k: number) => lines.findIndex((l) => new RegExp(`^\\s*Pasal ${k}\\s*$`).test(l));
    const kept = [...lines.slice(0, at(n)), ...lines.slice(at(n + 1))].map((l) => (flat ? l.trimStart() : l));
    const file = path.join(tmp.path, `tanpa-pasal-${n}${flat ? '-rata' : ''}.txt`);
    fs.writeFileSync(file, kept.join('\n'));
    return file;
  }
  const SULUT = path.join(corpusDir, 'perda-prov-sulut-2014-04-minuman-beralkohol.txt');

  it('names every Pasal by its printed number: one deleted, the rest unchanged', async () => {
    const r = await run('compare', SULUT, without(13, false), '--json');
    expect(r.err).toContain('setiap unit disebut dengan nomor yang tercetak');
    const json = JSON.parse(r.out) as ComparisonJson;
    expect(json.summary).toMatchObject({ deleted: 1, unchanged: 36, renumbered: 0, changed: 0 });
    expect(json.units.find((u) => u.status === 'deleted')?.old).toBe('Pasal 13');
    expect(json.units.find((u) => u.old === 'Pasal 14')?.new).toBe('Pasal 14');
  });

  it('reads "Pasal 7" right after a Bagian title as a heading although Pasal 6 is missing (text laid out flat)', async () => {
    const r = await run('compare', SULUT, without(6, true), '--json');
    const json = JSON.parse(r.out) as ComparisonJson;
    expect(json.units.filter((u) => u.status !== 'unchanged').map((u) => [u.old, u.new, u.status])).toEqual([['Pasal 6', null, 'deleted']]);
  });
});
