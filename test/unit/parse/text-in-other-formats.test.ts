/**
 * The six corpus texts set as PDFs (LibreOffice prints each text in a monospaced font on A4, so
 * its longest lines wrap, the e-signature footer's too) and as Word files, new (.docx) and old
 * (.doc: a paragraph per line, the layout in leading spaces, as a PDF converted to Word gives it),
 * imported through the PDF, DOCX and DOC readers: each compares with its own text unchanged in
 * every unit outside the Lampiran, and in all but a thousandth of a Lampiran's lines (compared
 * line by line, where the PDF wraps the long lines of Banjarnegara's tariff tables). These are the
 * paths a Perda takes when a drafter or a DPRD member opens the file
 * the region published or an office kept. A Word file whose lists Word numbered itself, saved as
 * .doc, loses those numbers, and the import says so.
 */
import { execFileSync } from 'node:child_process';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph } from 'docx';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { comparisonToJson } from '../../../src/diff/json';
import type { Comparison } from '../../../src/diff/types';
import { parseText } from '../../../src/parse';
import { docBodyText } from '../../../src/parse/doc-text';
import { importFile } from '../../../src/parse/import-file';
import { corpusDir } from '../../helpers/paths';
import { toolsAvailable } from '../export/tools';

const FILES = fs.readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort();
const FORMATS = ['pdf', 'docx', 'doc'];

/** Every row of the comparison outside the Lampiran that is not unchanged, by its labels and status. */
function changes(c: Comparison): string[] {
  const rows = [...c.pasal, ...c.konsiderans, ...c.dasarHukum, ...c.headings, ...c.penjelasan, ...c.judul, ...c.diktum, ...c.penutup];
  return rows.filter((r) => r.status !== 'unchanged').map((r) => `${r.old?.label ?? '-'} -> ${r.new?.label ?? '-'}: ${r.status}`);
}

describe.runIf(toolsAvailable('libreoffice'))('a corpus text set as a PDF or a Word file and imported', () => {
  let dir = '';

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rancang-pdf-text-'));
    const texts = FILES.map((f) => {
      const lines = fs.readFileSync(path.join(corpusDir, f), 'utf8').split('\n');
      const out = path.join(dir, f);
      fs.writeFileSync(out, lines.slice(lines.findIndex((l) => l.startsWith('# ---')) + 1).join('\n'));
      return out;
    });
    for (const format of FORMATS) execFileSync('libreoffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', format, '--outdir', dir, ...texts], { stdio: 'ignore', timeout: 170_000 });
  }, 540_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each(FILES.flatMap((f) => FORMATS.map((format) => [f, format])))('%s: the %s compares with its text unchanged', async (f, format) => {
    const file = path.join(dir, f.replace(/\.txt$/, `.${format}`));
    expect(fs.existsSync(file)).toBe(true);
    const text = parseText(fs.readFileSync(path.join(corpusDir, f), 'utf8'));
    const imported = await importFile(file);
    expect(imported.kind).toBe(text.kind);
    const c = compareDocs(text.doc, imported.doc);
    expect(c.pasal.length).toBeGreaterThan(1);
    expect(changes(c)).toEqual([]);
    // The Lampiran line by line: where the PDF wraps a tariff table's long lines, each wrapped line
    // reads as the line it was (Banjarnegara: 1 of 5,951 rows left changed; 4,549 before).
    const lampiran = c.lampiran.filter((r) => r.status !== 'unchanged');
    expect(lampiran.length).toBeLessThanOrEqual(Math.ceil(c.lampiran.length / 1000));
  }, 60_000);

  it('a .doc imports with a note on what the format does not tell, and no warning where every list prints its markers', async () => {
    const imported = await importFile(path.join(dir, `${FILES[0]!.replace(/\.txt$/, '')}.doc`));
    expect(imported.diagnostics.map((d) => d.code)).toContain('DOC_LEGACY');
    expect(imported.diagnostics.map((d) => d.code)).not.toContain('DOC_NUMBERING_LOST');
  });

  it('a .doc keeps its quotation marks, apostrophes and dashes as written, not made plain', async () => {
    const f = FILES.find((x) => x.includes('banjarnegara')) as string;
    const lines = fs.readFileSync(path.join(corpusDir, f), 'utf8').split('\n');
    const written = lines.slice(lines.findIndex((l) => l.startsWith('# ---')) + 1).join('\n');
    const marks = (t: string) => (t.match(/[“”‘’–—]/g) ?? []).join('');
    const body = await docBodyText(fs.readFileSync(path.join(dir, f.replace(/\.txt$/, '.doc'))), f);
    expect(marks(written).length).toBeGreaterThan(20);
    expect(marks(body)).toBe(marks(written));
  });

  it('a Word file whose list Word numbered itself, saved as .doc: the import warns that the numbers were lost', async () => {
    const p = (text: string) => new Paragraph({ text });
    const children = [p('PERATURAN DAERAH KOTA BATAM'), p('NOMOR 1 TAHUN 2026'), p('TENTANG'), p('PERIZINAN USAHA'), p('BAB I'), p('KETENTUAN UMUM'), p('Pasal 1'), p('Perizinan meliputi:')];
    for (const text of ['izin lokasi;', 'izin usaha; dan', 'izin operasional.']) children.push(new Paragraph({ text, numbering: { reference: 'huruf', level: 0 } }));
    children.push(p('Pasal 2'), p('Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.'));
    const numbered = new Document({ numbering: { config: [{ reference: 'huruf', levels: [{ level: 0, format: LevelFormat.LOWER_LETTER, text: '%1.', alignment: AlignmentType.START }] }] }, sections: [{ children }] });
    const docx = path.join(dir, 'bernomor.docx');
    fs.writeFileSync(docx, await Packer.toBuffer(numbered));
    execFileSync('libreoffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'doc', '--outdir', dir, docx], { stdio: 'ignore', timeout: 170_000 });
    const fromDocx = await importFile(docx);
    const fromDoc = await importFile(path.join(dir, 'bernomor.doc'));
    expect(fromDocx.diagnostics.map((d) => d.code)).not.toContain('DOC_NUMBERING_LOST');
    const lost = fromDoc.diagnostics.find((d) => d.code === 'DOC_NUMBERING_LOST');
    expect(lost?.severity).toBe('warning');
    expect(lost?.message).toContain('Perizinan meliputi: izin lokasi; izin usaha; dan izin operasional.');
  }, 180_000);

  it('the replacement pair as PDFs (Surabaya 2009 -> 2018) gives the Pasal rows of the pair as texts', async () => {
    const [old, neu] = ['perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir', 'perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran'];
    const rows = (c: Comparison) => comparisonToJson(c).units.map((u) => `${u.status} ${u.old ?? '-'} -> ${u.new ?? '-'}`);
    const fromText = rows(compareDocs(parseText(fs.readFileSync(path.join(corpusDir, `${old}.txt`), 'utf8')).doc, parseText(fs.readFileSync(path.join(corpusDir, `${neu}.txt`), 'utf8')).doc));
    const fromPdf = rows(compareDocs((await importFile(path.join(dir, `${old}.pdf`))).doc, (await importFile(path.join(dir, `${neu}.pdf`))).doc));
    expect(fromText.length).toBeGreaterThan(60);
    expect(fromPdf).toEqual(fromText);
  }, 60_000);
});
