/**
 * The comparison table as print HTML (and the review reports through the same table): landscape
 * F4 @page, a repeated thead, del/ins marks that are not colour only, escaping; the DIM and the
 * comment report tables as DOCX with their headers.
 */
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportComparison, exportReport, reportPrintTable, tableToHtml } from '../../../src/export/table/index';
import { parseText } from '../../../src/parse';
import type { ReportTable } from '../../../src/review/report-table';
import { corpusDir } from '../../helpers/paths';

const read = (f: string) => fs.readFileSync(path.join(corpusDir, f), 'utf8');

describe('comparison table HTML', () => {
  it('prints on landscape F4 with a repeated header and struck / underlined-bold changes', async () => {
    const oldDoc = parseText(read('perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt')).doc;
    const newDoc = parseText(read('perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt')).doc;
    const html = (await exportComparison(oldDoc, newDoc, 'html')) as string;
    expect(html).toContain('@page { size: 330mm 215mm;');
    expect(html).toMatch(/thead \{ display: table-header-group; \}/);
    expect(html).toMatch(/del \{ text-decoration: line-through; \}/);
    expect(html).toMatch(/ins \{ text-decoration: underline; font-weight: bold; \}/);
    expect(html).toContain('<del>standart</del>');
    expect(html).toContain('<ins>standar</ins>');
    expect(html).toContain('<thead><tr><th>No</th><th>Teks Lama<br>(semula)</th><th>Teks Baru<br>(menjadi)</th><th>Keterangan</th></tr></thead>');
    expect((html.match(/<tr class="group">/g) ?? []).length).toBe(7);
  });

  it('escapes text', () => {
    const html = tableToHtml({ docTitle: '<x>', title: ['A & B'], intro: [], columns: [{ header: ['<h>'], widthMm: 280 }], rows: [{ kind: 'row', cells: [[{ runs: [{ text: '<script>' }] }]] }] });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<h1>A &amp; B</h1>');
  });
});

const DIM: ReportTable = {
  title: 'DAFTAR INVENTARISASI MASALAH',
  subtitle: ['Pencegahan Narkotika', 'Naskah: Naskah kerja'],
  headers: ['No', 'Rancangan Peraturan Daerah', 'Tanggapan/Usulan', 'Keterangan'],
  rows: [
    ['1', 'Pasal 5\n(1) Pemerintah Daerah melaksanakan fasilitasi.\n(2) Fasilitasi meliputi:\na. sosialisasi; dan\nb. deteksi dini.', 'Fraksi Golkar:\nAndi (Anggota DPRD): tambahkan rehabilitasi.\n\nFraksi PKS:\nBudi (Anggota DPRD): cukup.', '2 tanggapan (2 terbuka, 0 selesai)'],
  ],
};

describe('review reports as tables', () => {
  it('gives the DIM narrow No column, wide text columns, fraksi captions in bold, ayat labels hanging', () => {
    const t = reportPrintTable(DIM);
    const widths = t.columns.map((c) => c.widthMm);
    expect(widths[0]).toBeLessThanOrEqual(28);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(280, 0);
    expect(widths[1]).toBeGreaterThan(widths[3]!);
    const tanggapan = t.rows[0]!.kind === 'row' ? t.rows[0]!.cells[2]! : [];
    expect(tanggapan.filter((p) => p.runs[0]?.bold).map((p) => p.runs[0]!.text)).toEqual(['Fraksi Golkar:', 'Fraksi PKS:']);
    const rumusan = t.rows[0]!.kind === 'row' ? t.rows[0]!.cells[1]! : [];
    expect(rumusan.map((p) => [p.label ?? '', p.level ?? 0])).toEqual([['', 0], ['(1)', 1], ['(2)', 1], ['a.', 2], ['b.', 2]]);
  });

  it('writes the DIM as landscape DOCX with the DIM headers in a repeated header row', async () => {
    const bytes = (await exportReport(DIM, 'docx')) as Uint8Array;
    const xml = (await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('w:orient="landscape"');
    const first = /<w:tr>[\s\S]*?<\/w:tr>/.exec(xml)?.[0] ?? '';
    expect(first).toContain('<w:tblHeader/>');
    for (const h of DIM.headers) expect(first).toContain(`>${h}<`);
    expect(xml).toContain('>DAFTAR INVENTARISASI MASALAH<');
  });
});
