/**
 * File import: DOCX fixtures written from corpus texts (one with real Word numbering, so the
 * labels mammoth drops must be rebuilt; one with typed labels) and the committed PDF fixtures
 * (LibreOffice renderings of corpus texts) are imported back and compared with the TXT import;
 * bad files give typed errors with Indonesian messages.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCoreError } from '../../../src/core-error';
import { importBuffer, importFile } from '../../../src/parse/import-file';
import { outlineOf } from '../../../src/parse/outline';
import { parseText } from '../../../src/parse/parse-text';
import type { Outline } from '../../../src/parse/types';
import { corpusText, parseFixtures } from './helpers/corpus';
import { fixturesDir } from '../../helpers/paths';
import { writeDocx } from './helpers/docx-writer';
import { Document, Packer, Paragraph } from 'docx';
import { compareDocs } from '../../../src/diff/compare';
import { comparisonToJson } from '../../../src/diff/json';
import { writePdf } from './helpers/pdf-writer';

const structure = (o: Outline) => ({ ...o, diagnostics: [] });

describe('DOCX import', () => {
  for (const [file, realNumbering] of [
    ['perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt', true],
    ['perda-prov-sulut-2014-04-minuman-beralkohol.txt', true],
    ['perda-prov-sulut-2018-02-perubahan-rpjmd.txt', false],
    ['perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt', false],
  ] as const) {
    it(`${file} (${realNumbering ? 'Word numbering' : 'typed labels'}) gives the same outline as the text`, async () => {
      const fromText = parseText(corpusText(file));
      const bytes = await writeDocx(fromText.doc, { realNumbering });
      expect(bytes.length).toBeLessThan(200_000);
      const fromDocx = await importBuffer(bytes, 'naskah.docx');
      expect(structure(outlineOf(fromDocx))).toEqual(structure(outlineOf(fromText)));
    });
  }

  it('joins the lines of a file with one Word paragraph per printed line (a PDF or text converted to Word)', async () => {
    const text = corpusText('perda-prov-sulut-2014-04-minuman-beralkohol.txt');
    const body = text.slice(text.indexOf('# ---') + 5).split('\n').map((l) => l.trim());
    const bytes = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: body.map((l) => new Paragraph({ text: l })) }] })));
    const fromDocx = await importBuffer(bytes, 'naskah.docx');
    const c = comparisonToJson(compareDocs(parseText(text).doc, fromDocx.doc));
    expect(c.units.length).toBe(37);
    expect(c.units.filter((u) => u.status !== 'unchanged')).toEqual([]);
  });

  it('keeps a Word paragraph that opens "a, b, dan c" as text: a misread marker counts only where its list agrees', async () => {
    const paras = [
      'PERATURAN DAERAH KOTA BATAM', 'NOMOR 5 TAHUN 2010', 'TENTANG', 'PENCEGAHAN PENYALAHGUNAAN NARKOTIKA', 'DENGAN RAHMAT TUHAN YANG MAHA ESA', 'WALI KOTA BATAM,',
      'Menimbang : a. bahwa pertimbangan pertama;', 'b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Peraturan Daerah;',
      'Mengingat : 1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;', '2. Undang-Undang Nomor 35 Tahun 2009 tentang Narkotika;',
      'MEMUTUSKAN:', 'Menetapkan : PERATURAN DAERAH TENTANG PENCEGAHAN PENYALAHGUNAAN NARKOTIKA.',
      'Pasal 1', 'Pencegahan dilaksanakan oleh Pemerintah Daerah bersama masyarakat.', 'a, b, dan c dalam Peraturan Wali Kota memuat tata cara pencegahan.',
      'Pasal 2', 'Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.',
    ];
    const bytes = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: paras.map((text) => new Paragraph({ text })) }] })));
    const doc = (await importBuffer(bytes, 'naskah.docx')).doc;
    const kinds: string[] = [];
    doc.descendants((n) => { if (n.type.name === 'pasal' && n.attrs.baseNum === '1') n.forEach((c) => kinds.push(c.type.name)); return true; });
    expect(kinds).toEqual(['para', 'para']);
  });

  it('rebuilds ayat and list labels from Word numbering', async () => {
    const fromText = parseText(corpusText('perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt'));
    const fromDocx = await importBuffer(await writeDocx(fromText.doc, { realNumbering: true }), 'naskah.docx');
    const labels = (doc: typeof fromText.doc) => {
      const out: string[] = [];
      doc.descendants((n) => { if (n.type.name === 'ayat' || n.type.name === 'item') out.push(`${n.type.name}:${String(n.attrs.baseNum)}`); return true; });
      return out;
    };
    expect(labels(fromDocx.doc)).toEqual(labels(fromText.doc));
    expect(labels(fromDocx.doc).length).toBeGreaterThan(200);
  });
});

describe('PDF import', () => {
  it('imports a PDF of an original Perda (Sulut 4/2014)', async () => {
    const progress: string[] = [];
    const r = await importFile(path.join(parseFixtures, 'sulut-2014-minuman-beralkohol.pdf'), { onProgress: (p) => progress.push(p.stage) });
    const o = outlineOf(r);
    const t = outlineOf(parseText(corpusText('perda-prov-sulut-2014-04-minuman-beralkohol.txt')));
    expect(o.pasal.map((p) => [p.num, p.bab, p.ayat])).toEqual(t.pasal.map((p) => [p.num, p.bab, p.ayat]));
    expect(o.babs).toEqual(t.babs);
    expect(o.bagian_count).toBe(8);
    expect([o.menimbang, o.mengingat]).toEqual([4, 12]);
    expect(progress).toContain('mengekstrak teks PDF');
    expect(progress[progress.length - 1]).toBe('selesai');
  });

  it('imports a PDF of an amending instrument (Sulut 2/2018) with pages on diagnostics', async () => {
    const r = await importBuffer(readFileSync(path.join(parseFixtures, 'sulut-2018-perubahan-rpjmd.pdf')), 'perubahan.pdf');
    const o = outlineOf(r);
    expect(o.kind).toBe('amendment');
    expect(o.change_items.map((c) => c.units)).toEqual([['Pasal 1'], ['Pasal 3'], ['Pasal 4']]);
    expect(r.removed.some((x) => x.reason === 'nomor halaman' && x.page > 1)).toBe(true);
  });

  it('reads a simple generated text PDF page by page', async () => {
    const bytes = writePdf({ pages: [['PERATURAN DAERAH KOTA BATAM', 'NOMOR 1 TAHUN 2026', 'TENTANG', 'UJI', 'Pasal 1', 'Teks satu.', '- 1 -'], ['Pasal 2', '(1) Ayat satu.', '(2) Ayat dua.']] });
    const r = await importBuffer(bytes, 'uji.pdf');
    expect(outlineOf(r).pasal.map((p) => [p.num, p.ayat])).toEqual([['1', 0], ['2', 2]]);
    expect(r.removed).toEqual([{ line: 7, page: 1, text: '- 1 -', reason: 'nomor halaman' }]);
  });
});

describe('bad files', () => {
  const fails = async (bytes: Uint8Array, name: string, code: string, message: RegExp) => {
    const err = await importBuffer(bytes, name).then(() => null, (e: unknown) => e);
    expect(isCoreError(err)).toBe(true);
    expect((err as { code: string }).code).toBe(code);
    expect((err as Error).message).toMatch(message);
  };
  const enc = (s: string) => new TextEncoder().encode(s);

  it('an empty file', () => fails(new Uint8Array(0), 'kosong.txt', 'IMPORT_FAILED', /kosong/));
  it('a text file named .docx', () => fails(enc('Pasal 1\nTeks.'), 'naskah.docx', 'UNSUPPORTED_FILE', /bukan dokumen Word/));
  it('a corrupt zip named .docx', () => fails(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9]), 'rusak.docx', 'IMPORT_FAILED', /DOCX tidak dapat dibaca/));
  it('a zip that is not a DOCX', () => fails(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]), 'arsip.zip', 'UNSUPPORTED_FILE', /bukan dokumen Word/));
  it('a damaged old .doc file', () => fails(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'lama.doc', 'IMPORT_FAILED', /dokumen Word lama \(\.doc\).*\.docx/));
  it('an Excel file of the old format', () => fails(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'tarif.xls', 'UNSUPPORTED_FILE', /Office lain \(\.xls\)/));
  it('binary data', () => fails(new Uint8Array([1, 2, 3, 0, 255, 254, 7, 8]), 'data.bin', 'UNSUPPORTED_FILE', /bukan teks/));
  it('an encrypted PDF', () => fails(writePdf({ encrypted: true, pages: [['Pasal 1']] }), 'kunci.pdf', 'IMPORT_FAILED', /kata sandi/));
  it('an image-only PDF in which text recognition finds no writing is refused, and says so', () => fails(writePdf({ imageOnly: true, pages: [[''], ['']] }), 'pindai.pdf', 'IMPORT_FAILED', /pengenal teks \(OCR\) tidak menemukan tulisan/), 60_000);
  it('a damaged PDF', () => fails(enc('%PDF-1.4\nsampah'), 'rusak.pdf', 'IMPORT_FAILED', /PDF/));
  it('a file that does not exist', async () => {
    const err = await importFile(path.join(tmpdir(), 'tidak-ada-berkas-ini.txt')).catch((e: unknown) => e);
    expect((err as { code: string }).code).toBe('IMPORT_FAILED');
  });
  it('a cancelled import', async () => {
    const ac = new AbortController();
    ac.abort();
    const err = await importBuffer(enc('Pasal 1\nTeks.'), 'a.txt', { signal: ac.signal }).catch((e: unknown) => e);
    expect((err as { code: string }).code).toBe('CANCELLED');
  });
  it('reads a Windows-1252 text file\'s quotation marks and dashes (0x93 “, 0x94 ”, 0x96 –) as written: a real instrument saved so applies its quoted units', async () => {
    const utf8 = readFileSync(path.join(fixturesDir, 'amend', 'uu-2004-28-perubahan-yayasan.txt'), 'utf8');
    // The text in Windows-1252, byte by byte: its marks are 0x93 and 0x94, every other character Latin-1.
    const ansi = Uint8Array.from([...utf8], (ch) => (ch === '“' ? 0x93 : ch === '”' ? 0x94 : ch === '–' ? 0x96 : ch.charCodeAt(0)));
    expect([...utf8].every((ch) => '“”–'.includes(ch) || ch.charCodeAt(0) < 0x100)).toBe(true);
    const r = await importBuffer(ansi, 'perubahan.txt');
    const c = compareDocs(parseText(utf8).doc, r.doc);
    expect([...c.pasal, ...c.penjelasan, ...c.konsiderans, ...c.dasarHukum].filter((x) => x.status !== 'unchanged')).toEqual([]);
    let marks = 0;
    r.doc.descendants((n) => {
      if (n.isText && /[“”]/.test(n.text ?? '')) marks++;
      return true;
    });
    expect(marks).toBeGreaterThan(0);
  });
  it('reads a Windows-1252 text file from disk', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rancang-parse-'));
    const p = path.join(dir, 'naskah.txt');
    writeFileSync(p, Buffer.from('Pasal 1\nKetentuan ini berlaku \xb1 untuk semua.\n', 'latin1'));
    const r = await importFile(p);
    expect(outlineOf(r).pasal[0]!.first_words).toBe('Ketentuan ini berlaku ± untuk semua');
  });
});
