/**
 * `export.run` through `dispatch` on a real project in a temporary folder: base64 bytes for a
 * download, an atomic write to `outPath`, the comparison table, the redline, the instrument, the DIM, the
 * Akoma Ntoso refusal for tables, and the Indonesian EXPORT_UNAVAILABLE error without Chromium.
 */
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResponse, ExportRunResult } from '../../src/api/contract';
import { closeContext, createContext, dispatch, type ApiContext } from '../../src/api/dispatch';
import { perubahanSample, samplePerda } from '../fixtures/export/sample-perda';
import { makeTmpDir, type TmpDir } from '../helpers/tmp-dir';

let tmp: TmpDir;
let ctx: ApiContext;

async function ok<T>(method: string, args: unknown): Promise<T> {
  const res = (await dispatch(ctx, method, args)) as ApiResponse<T>;
  if (!res.ok) throw new Error(`${method}: ${res.error.code} ${res.error.message}`);
  return res.value;
}

async function documentXml(bytes: Uint8Array): Promise<string> {
  return (await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string')) ?? '';
}

beforeAll(async () => {
  tmp = makeTmpDir('export-api');
  ctx = createContext({ userDataDir: path.join(tmp.path, 'user'), author: 'Perancang Uji', appVersion: 'test' });
  await ok('project.create', { path: path.join(tmp.path, 'uji.rancang'), title: 'Fasilitasi Pencegahan Narkotika', mode: 'perubahan' });
  await ok('base.set', { doc: samplePerda({ deleteAyat: false }).toJSON() });
  await ok('draft.save', { doc: perubahanSample().toJSON() });
});

afterAll(() => {
  closeContext(ctx);
  tmp.cleanup();
});

describe('export.run', () => {
  it('returns the draft as base64 DOCX with a file name and MIME type', async () => {
    const r = await ok<ExportRunResult>('export.run', { what: 'draft', format: 'docx' });
    expect(r.fileName).toBe('rancangan-fasilitasi-pencegahan-narkotika.docx');
    expect(r.mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(r.path).toBeUndefined();
    const bytes = Buffer.from(r.base64!, 'base64');
    expect(bytes.byteLength).toBe(r.bytes);
    expect(await documentXml(bytes)).toContain('Pasal yang disisipkan di antara Pasal 3 dan Pasal 4.');
  });

  it('writes the comparison table to outPath atomically and returns the path', async () => {
    const out = path.join(tmp.path, 'out', 'matriks.docx');
    fs.mkdirSync(path.dirname(out));
    const r = await ok<ExportRunResult>('export.run', { what: 'comparison', format: 'docx', outPath: out });
    expect(r.path).toBe(out);
    expect(r.base64).toBeUndefined();
    expect(fs.readdirSync(path.dirname(out))).toEqual(['matriks.docx']);
    const xml = await documentXml(fs.readFileSync(out));
    expect(xml).toContain('w:orient="landscape"');
    expect(xml).toMatch(/: \d+ Pasal diubah, 1 disisipkan, 0 dihapus/);
    expect(xml).toContain('Pasal 3A');
  });

  it('exports the amending instrument with Pasal I items and Pasal II', async () => {
    const r = await ok<ExportRunResult>('export.run', { what: 'instrument', format: 'html' });
    const html = Buffer.from(r.base64!, 'base64').toString('utf8');
    expect(r.mime).toBe('text/html;charset=utf-8');
    expect(html).toContain('>Pasal I</p>');
    expect(html).toContain('Di antara Pasal 3 dan Pasal 4 disisipkan 1 (satu) pasal, yakni Pasal 3A');
    expect(html).toContain('>Pasal II</p>');
  });

  it('exports the draft with its changes from the base as Word revisions, and as print HTML', async () => {
    const r = await ok<ExportRunResult>('export.run', { what: 'redline', format: 'docx' });
    expect(r.fileName).toBe('perubahan-terlacak-fasilitasi-pencegahan-narkotika.docx');
    const bytes = Buffer.from(r.base64!, 'base64');
    const xml = await documentXml(bytes);
    // Pasal 3A is new as a whole: its heading and text are insertions, their paragraph marks too.
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="Rancang" w:date="[^"]+"><w:r><w:t xml:space="preserve">Pasal 3A<\/w:t>/);
    expect(xml).toMatch(/<w:rPr><w:ins [^>]*\/><\/w:rPr><\/w:pPr>/);
    expect(await (await JSZip.loadAsync(bytes)).file('word/header1.xml')?.async('string')).toContain('Perubahan terlacak:');
    const html = await ok<ExportRunResult>('export.run', { what: 'redline', format: 'html' });
    expect(Buffer.from(html.base64!, 'base64').toString('utf8')).toMatch(/<p class="h pasal whole-insert"><ins>Pasal 3A<\/ins><\/p>/);
    const akn = await dispatch(ctx, 'export.run', { what: 'redline', format: 'akn' });
    expect(akn).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS', message: 'Naskah dengan perubahan terlacak tidak dapat diekspor ke Akoma Ntoso; pilih DOCX, PDF, atau HTML.' } });
  });

  it('exports the DIM and the comment report as DOCX tables', async () => {
    await ok('thread.add', { unit: 'Pasal 2', body: 'Tambahkan rehabilitasi.', author: 'Andi', role: 'Anggota DPRD', fraksi: 'Fraksi Golkar' });
    const dim = await ok<ExportRunResult>('export.run', { what: 'dim', format: 'docx' });
    const dimXml = await documentXml(Buffer.from(dim.base64!, 'base64'));
    expect(dimXml).toContain('>Rancangan Peraturan Daerah<');
    expect(dimXml).toContain('Fraksi Golkar:');
    expect(dimXml).toContain('Tambahkan rehabilitasi.');
    const rep = await ok<ExportRunResult>('export.run', { what: 'comments', format: 'docx' });
    expect(await documentXml(Buffer.from(rep.base64!, 'base64'))).toContain('>LAPORAN KOMENTAR<');
  });

  it('compares with a saved version instead of the base when asked (againstVersionId): only what changed since that version', async () => {
    const v = await ok<{ id: number }>('version.save', { label: 'Hasil Pansus 1' });
    const edited = JSON.stringify(perubahanSample().toJSON()).replace('Pasal yang disisipkan di antara Pasal 3 dan Pasal 4.', 'Pasal yang disisipkan di antara Pasal 3 dan Pasal 4 setelah pembahasan.');
    await ok('draft.save', { doc: JSON.parse(edited) });
    try {
      const r = await ok<ExportRunResult>('export.run', { what: 'redline', format: 'docx', againstVersionId: v.id });
      expect(r.fileName).toBe('perubahan-terlacak-fasilitasi-pencegahan-narkotika-naskah-kerja-terhadap-hasil-pansus-1.docx');
      const xml = await documentXml(Buffer.from(r.base64!, 'base64'));
      // One revision: the version already held Pasal 3A.
      expect([...xml.matchAll(/<w:ins [^>]*><w:r><w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((m) => m[1])).toEqual([' setelah pembahasan']);
      expect(xml).not.toContain('<w:del ');
      const matriks = await ok<ExportRunResult>('export.run', { what: 'comparison', format: 'html', againstVersionId: v.id });
      const html = Buffer.from(matriks.base64!, 'base64').toString('utf8');
      expect(html).toContain('(versi &quot;Hasil Pansus 1&quot;)');
      expect(html).toMatch(/: 1 Pasal diubah, 0 disisipkan, 0 dihapus/);
    } finally {
      await ok('draft.save', { doc: perubahanSample().toJSON() });
    }
  });

  it('refuses Akoma Ntoso for a table and a version export without versionId', async () => {
    const akn = await dispatch(ctx, 'export.run', { what: 'comparison', format: 'akn' });
    expect(akn).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } });
    const noVersion = await dispatch(ctx, 'export.run', { what: 'version', format: 'docx' });
    expect(noVersion).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } });
  });

  it('reports EXPORT_UNAVAILABLE in Indonesian when Chromium is missing for PDF', async () => {
    const saved = process.env.RANCANG_CHROMIUM;
    process.env.RANCANG_CHROMIUM = path.join(tmp.path, 'tidak-ada-chromium');
    try {
      const r = await dispatch(ctx, 'export.run', { what: 'draft', format: 'pdf' });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('EXPORT_UNAVAILABLE');
        expect(r.error.message).toMatch(/^Ekspor PDF memerlukan Chromium/);
      }
    } finally {
      if (saved === undefined) delete process.env.RANCANG_CHROMIUM;
      else process.env.RANCANG_CHROMIUM = saved;
    }
  });
});
