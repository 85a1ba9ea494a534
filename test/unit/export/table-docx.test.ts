/**
 * The matriks perbandingan of the real Surabaya pair (Perda 1/2009 -> Perda 3/2018, parkir) as
 * DOCX, read like a reader would: landscape F4 page, the header row repeated, rows kept on a page,
 * the Pasal labels, the summary, and the changed words of old Pasal 8 -> new Pasal 12 as struck
 * (deleted) and underlined bold (inserted) runs. Then LibreOffice opens it and prints it on
 * 330 x 215 mm pages.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { comparisonPrintTable, comparisonTable, exportComparison, tableToDocx } from '../../../src/export/table/index';
import { parseText } from '../../../src/parse';
import { corpusDir } from '../../helpers/paths';
import { toolsAvailable } from './tools';

const read = (f: string) => fs.readFileSync(path.join(corpusDir, f), 'utf8');
const OLD = parseText(read('perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt')).doc;
const NEW = parseText(read('perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt')).doc;

/** Table rows of document.xml (outermost table) with their XML and plain text. */
function tableRows(xml: string): Array<{ xml: string; text: string }> {
  return [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => ({
    xml: m[0],
    text: [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  }));
}

/** The runs of an XML fragment: text with its run properties. */
function runs(xml: string): Array<{ props: string; text: string }> {
  return [...xml.matchAll(/<w:r>(?:<w:rPr>([\s\S]*?)<\/w:rPr>)?<w:t(?: [^>]*)?>([^<]*)<\/w:t><\/w:r>/g)].map((m) => ({ props: m[1] ?? '', text: m[2] ?? '' }));
}

let docXml = '';
let bytes: Uint8Array;

beforeAll(async () => {
  bytes = (await exportComparison(OLD, NEW, 'docx')) as Uint8Array;
  docXml = (await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string')) ?? '';
});

describe('comparison table DOCX (Surabaya 2009 -> 2018)', () => {
  it('lays out landscape F4 pages (330 x 215 mm) with the Perda margins', () => {
    expect(docXml).toContain('<w:pgSz w:w="18709" w:h="12189" w:orient="landscape"/>');
    expect(docXml).toMatch(/<w:pgMar w:top="1134" w:right="1134" w:bottom="1417" w:left="1701"/);
  });

  it('repeats the first row as a header on each page and keeps the other rows from splitting when they fit', () => {
    const rows = tableRows(docXml);
    expect(rows[0]!.xml).toContain('<w:tblHeader/>');
    expect(rows[0]!.text).toBe('NoTeks Lama(semula)Teks Baru(menjadi)Keterangan');
    expect(rows.slice(1).filter((r) => r.xml.includes('<w:tblHeader/>'))).toEqual([]);
    const kept = rows.filter((r) => r.xml.includes('<w:cantSplit/>')).length;
    expect(kept).toBeGreaterThan(rows.length * 0.8);
    expect(kept).toBeLessThan(rows.length); // Pasal 1 (the definitions) is too tall to keep whole
  });

  it('prints the summary and a legend that does not rely on colour', () => {
    expect(docXml).toContain('Matriks perbandingan PERATURAN DAERAH KOTA SURABAYA NOMOR 1 TAHUN 2009');
    expect(docXml).toMatch(/: 17 Pasal diubah, 22 disisipkan, 25 dihapus; 2 berubah nomor\./);
    expect(docXml).not.toContain('w:color w:val="FF0000"');
  });

  it('marks the changed words of old Pasal 8 -> new Pasal 12: deletions struck, insertions underlined bold', () => {
    const row = tableRows(docXml).find((r) => r.text.includes('Pasal 8') && r.text.includes('Pasal 12'));
    expect(row).toBeDefined();
    const rs = runs(row!.xml);
    const struck = rs.filter((r) => r.props.includes('<w:strike/>')).map((r) => r.text);
    const added = rs.filter((r) => r.props.includes('<w:u w:val="single"/>') && r.props.includes('<w:b/>')).map((r) => r.text);
    expect(struck).toEqual(['standart', 'untuk bangunan umum']);
    expect(added).toEqual(['standar']);
    expect(row!.text).toContain('Diubah dan dipindahkan dari Pasal 8');
    expect(row!.text).toContain('Rincian: ayat (1) diubah.');
  });

  it('shows a deleted Pasal as "Dihapus." in the new column and an inserted one with an empty old column', () => {
    const t = comparisonTable(compareDocs(OLD, NEW), { oldLabel: 'lama', newLabel: 'baru' });
    const dataRows = t.rows.filter((r) => r.kind === 'row');
    const deleted = dataRows.find((r) => r.cells[3]![0]!.runs[0]!.text === 'Dihapus' && r.cells[1]![0]!.runs[0]!.text.startsWith('Pasal'));
    expect(deleted!.cells[2]).toEqual([{ runs: [{ text: 'Dihapus.' }] }]);
    const inserted = dataRows.find((r) => r.cells[3]![0]!.runs[0]!.text === 'Disisipkan' && r.cells[2]![0]!.runs[0]!.text === 'Pasal 2');
    expect(inserted!.cells[1]).toEqual([]);
    // ayat keep their number as a hanging label
    expect(inserted!.cells[2]![1]).toMatchObject({ label: '(1)', level: 1 });
  });

  it('numbers the rows and puts every Pasal of both texts in the table once', () => {
    const t = comparisonPrintTable(OLD, NEW);
    const labels = t.rows.flatMap((r) => (r.kind === 'row' ? [r.cells[1]![0]?.runs[0]?.text ?? '', r.cells[2]![0]?.runs[0]?.text ?? ''] : []));
    for (let i = 1; i <= 44; i++) expect(labels.filter((l) => l === `Pasal ${i}`).length, `Pasal ${i}`).toBeGreaterThanOrEqual(1);
    // Rows of the parts of a Pasal printed part by part carry no number of their own.
    const nos = t.rows.flatMap((r) => (r.kind === 'row' && r.cells[0]!.length > 0 ? [Number(r.cells[0]![0]!.runs[0]!.text)] : []));
    expect(nos).toEqual(nos.map((_, i) => i + 1));
    expect(t.rows.filter((r) => r.kind === 'group').map((r) => r.kind === 'group' && r.runs[0]!.text)).toEqual(['Judul', 'Konsiderans (Menimbang)', 'Dasar Hukum (Mengingat)', 'Diktum (Menetapkan)', 'Batang Tubuh', 'Penutup', 'Penjelasan']);
  });

  it('is a small valid package even for an empty table', async () => {
    const out = await tableToDocx({ docTitle: 'x', title: ['X'], intro: [], columns: [{ header: ['A'], widthMm: 280 }], rows: [] });
    const zip = await JSZip.loadAsync(out);
    expect(await zip.file('word/document.xml')?.async('string')).toContain('<w:tblHeader/>');
  });
});

describe.runIf(toolsAvailable('libreoffice', 'pdfinfo'))('comparison table DOCX in LibreOffice', () => {
  it('converts to PDF on landscape F4 pages', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rancang-table-lo-'));
    try {
      const docx = path.join(dir, 'matriks.docx');
      fs.writeFileSync(docx, bytes);
      execFileSync('libreoffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'ignore', timeout: 170_000 });
      const info = execFileSync('pdfinfo', [path.join(dir, 'matriks.pdf')], { encoding: 'utf8' });
      const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? [];
      expect(Math.abs(Number(w) - (330 / 25.4) * 72)).toBeLessThan(2);
      expect(Math.abs(Number(h) - (215 / 25.4) * 72)).toBeLessThan(2);
      expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThan(20);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
