/**
 * `rancang export` in-process on a project created in a temporary folder: a DOCX written with
 * --out is a valid package with word/document.xml; the redline holds Word revisions; a saved version is chosen by label; wrong
 * choices give Indonesian messages and exit code 1.
 */
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main';
import { captureIo } from '../../helpers/cli-io';
import { corpusDir } from '../../helpers/paths';
import { makeTmpDir, type TmpDir } from '../../helpers/tmp-dir';

let tmp: TmpDir;
let env: Record<string, string>;
let file: string;

beforeEach(() => {
  tmp = makeTmpDir('cli-export');
  env = { RANCANG_USER_DATA: path.join(tmp.path, 'user-data') };
  file = path.join(tmp.path, 'narkotika.rancang');
});
afterEach(() => tmp.cleanup());

async function run(...argv: string[]) {
  const c = captureIo(env);
  const code = await runCli(argv, c.io);
  return { code, out: c.stdout(), err: c.stderr() };
}

describe('rancang export', () => {
  it('exports the matriks of the changes of content only (--content-only): the real Surabaya 3/2018 text written with "Wali Kota"', async () => {
    const text = fs.readFileSync(path.join(corpusDir, 'perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt'), 'utf8');
    const respelled = path.join(tmp.path, 'ejaan.txt');
    fs.writeFileSync(respelled, text.replaceAll('Walikota', 'Wali Kota').replace('ditetapkan oleh Wali Kota.', 'ditetapkan oleh Wali Kota setelah mendapat pertimbangan forum lalu lintas.'));
    await run('new', file, '--title', 'Penyelenggaraan Perparkiran', '--mode', 'penggantian');
    expect((await run('import', path.join(corpusDir, 'perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt'), '--into', file, '--as', 'base')).code).toBe(0);
    expect((await run('import', respelled, '--into', file, '--as', 'draft')).code).toBe(0);
    const html = async (flag: string) => {
      const out = path.join(tmp.path, `matriks${flag}.html`);
      expect((await run('export', file, '--what', 'comparison', flag, '--format', 'html', '--out', out)).code).toBe(0);
      return fs.readFileSync(out, 'utf8');
    };
    const changes = await html('--changes-only');
    const content = await html('--content-only');
    expect(changes.split('hanya ejaan').length - 1).toBeGreaterThan(15);
    expect(content).not.toContain('hanya ejaan');
    expect(content).toContain('pertimbangan forum lalu lintas');
    expect(content).toMatch(/Matriks ini memuat perubahan isi saja: \d+ baris tanpa perubahan isi/);
    // The same changes as Word revisions (--what redline): the old spelling deleted, the new inserted.
    const redline = path.join(tmp.path, 'terlacak.docx');
    expect((await run('export', file, '--what', 'redline', '--format', 'docx', '--out', redline)).code).toBe(0);
    const xml = (await (await JSZip.loadAsync(fs.readFileSync(redline))).file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toMatch(/<w:del [^>]*><w:r><w:delText xml:space="preserve">Walikota\.<\/w:delText><\/w:r><\/w:del><w:ins [^>]*><w:r><w:t xml:space="preserve">Wali Kota\.<\/w:t><\/w:r><\/w:ins>/);
    expect(xml).toMatch(/<w:ins [^>]*><w:r><w:t xml:space="preserve"> Wali Kota setelah mendapat pertimbangan forum lalu lintas<\/w:t><\/w:r><\/w:ins>/);
  });

  it('writes the draft as DOCX: a zip with word/document.xml holding the judul', async () => {
    expect((await run('new', file, '--title', 'Pencegahan Narkotika')).code).toBe(0);
    const out = path.join(tmp.path, 'X.docx');
    const r = await run('export', file, '--what', 'draft', '--format', 'docx', '--out', out);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toContain(`Berkas ekspor ditulis: ${out}`);
    const bytes = fs.readFileSync(out);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string');
    expect(xml).toContain('PENCEGAHAN NARKOTIKA');
    expect(xml).toContain('w:orient="portrait"');
  });

  it('exports a version chosen by its label, as HTML', async () => {
    await run('new', file, '--title', 'Pencegahan Narkotika');
    expect((await run('version', 'save', file, '--label', 'Naskah awal uji')).code).toBe(0);
    const out = path.join(tmp.path, 'versi.html');
    const r = await run('export', file, '--what', 'version', '--version', 'Naskah awal uji', '--format', 'html', '--out', out, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ path: out, fileName: 'versi-pencegahan-narkotika-naskah-awal-uji.html' });
    expect(fs.readFileSync(out, 'utf8')).toContain('PENCEGAHAN NARKOTIKA');
  });

  it('refuses unknown choices, a missing version, a comparison without base, --changes-only on a document and --against where nothing is compared, in Indonesian', async () => {
    await run('new', file, '--title', 'Pencegahan Narkotika');
    const out = path.join(tmp.path, 'y.docx');
    const badWhat = await run('export', file, '--what', 'semua', '--format', 'docx', '--out', out);
    expect(badWhat.code).toBe(1);
    expect(badWhat.err).toContain('Nilai --what tidak dikenal: "semua"');
    const noVersion = await run('export', file, '--what', 'version', '--version', 'tidak-ada', '--format', 'docx', '--out', out);
    expect(noVersion.err).toContain('Versi "tidak-ada" tidak ditemukan');
    const noBase = await run('export', file, '--what', 'comparison', '--format', 'docx', '--out', out);
    expect(noBase.err).toContain('Naskah dasar (Perda lama) belum ditetapkan');
    const notTable = await run('export', file, '--what', 'draft', '--changes-only', '--format', 'docx', '--out', out);
    expect(notTable.code).toBe(1);
    expect(notTable.err).toContain('Opsi --changes-only hanya berlaku untuk --what comparison');
    const notTable2 = await run('export', file, '--what', 'base', '--content-only', '--format', 'docx', '--out', out);
    expect(notTable2.code).toBe(1);
    expect(notTable2.err).toContain('Opsi --content-only hanya berlaku untuk --what comparison');
    const notCompared = await run('export', file, '--what', 'draft', '--against', 'Naskah awal', '--format', 'docx', '--out', out);
    expect(notCompared.code).toBe(1);
    expect(notCompared.err).toContain('Opsi --against hanya berlaku untuk --what comparison dan --what redline');
    const noSuchVersion = await run('export', file, '--what', 'redline', '--against', 'tidak-ada', '--format', 'docx', '--out', out);
    expect(noSuchVersion.err).toContain('Versi "tidak-ada" tidak ditemukan');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('compares with a saved version instead of the base (--against): a project without base text', async () => {
    await run('new', file, '--title', 'Pencegahan Narkotika');
    expect((await run('version', 'save', file, '--label', 'Naskah awal')).code).toBe(0);
    const out = path.join(tmp.path, 'terlacak.html');
    const r = await run('export', file, '--what', 'redline', '--against', 'Naskah awal', '--format', 'html', '--out', out, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ fileName: 'perubahan-terlacak-pencegahan-narkotika-naskah-kerja-terhadap-naskah-awal.html' });
    const html = fs.readFileSync(out, 'utf8');
    expect(html).toContain('(versi &quot;Naskah awal&quot;)');
    expect(html).not.toMatch(/<(ins|del)>/);
  });
});
