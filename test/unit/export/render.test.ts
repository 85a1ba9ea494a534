/**
 * The exports as printed pages: the DOCX converted by LibreOffice and the print HTML rendered by
 * Chromium, checked with poppler (page size, no page ending with a lone heading), and rendered to
 * PNG for a human look (kept in the temp folder printed below).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../../src/export/export-docx';
import { exportHtml } from '../../../src/export/export-html';
import { exportPdf } from '../../../src/export/export-pdf';
import { isCoreError } from '../../../src/core-error';
import { parseText } from '../../../src/parse/parse-text';
import { corpusDir } from '../../helpers/paths';
import { makeTmpDir } from '../../helpers/tmp-dir';
import { longPerda, samplePerda } from '../../fixtures/export/sample-perda';
import { toolsAvailable } from './tools';

const tmp = makeTmpDir('export-render');
afterAll(() => tmp.cleanup());

const SURABAYA = { name: 'KOTA SURABAYA', place: 'Surabaya', head: 'WALIKOTA SURABAYA', gazette: 'Lembaran Daerah Kota Surabaya', secretary: 'SEKRETARIS DAERAH KOTA SURABAYA' };
const surabaya = () => parseText(fs.readFileSync(path.join(corpusDir, 'perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt'), 'utf8')).doc;

function pdfPages(pdf: string): { count: number; size: string; pages: string[] } {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const size = /Page size:\s+([\d.]+ x [\d.]+)/.exec(info)?.[1] ?? '';
  const pages = Array.from({ length: count }, (_, i) => execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', pdf, '-'], { encoding: 'utf8' }));
  return { count, size, pages };
}

/** Last non-empty line of each page that is a heading only (a heading orphaned at the foot). */
function orphanedHeadings(pages: string[]): string[] {
  const heading = /^(Pasal \d+[A-Z]?|BAB [IVXLC]+[A-Z]?|Bagian Ke\w+.*|Paragraf \d+[A-Z]?|RANCANGAN|PERATURAN DAERAH .*|TENTANG)$/;
  return pages
    .slice(0, -1)
    .map((p) => p.split('\n').map((l) => l.trim()).filter(Boolean).pop() ?? '')
    .filter((l) => heading.test(l));
}

const mm = (size: string) => size.split(' x ').map((v) => Math.round((Number(v) / 72) * 25.4));

describe('printed exports', () => {
  const withLibreOffice = toolsAvailable('libreoffice', 'pdfinfo', 'pdftotext', 'pdftoppm');
  const withChromium = toolsAvailable('/usr/bin/chromium', 'pdfinfo', 'pdftotext');

  it.runIf(withLibreOffice)('DOCX through LibreOffice: F4 pages, no orphaned heading, PNGs', { timeout: 120_000 }, async () => {
    for (const [name, doc, region] of [['surabaya', surabaya(), SURABAYA], ['long', longPerda(60), undefined]] as const) {
      const docx = path.join(tmp.path, `${name}.docx`);
      fs.writeFileSync(docx, await exportDocx(doc, region ? { region } : {}));
      execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', tmp.path, docx], { stdio: 'ignore', timeout: 100_000 });
      const { count, size, pages } = pdfPages(path.join(tmp.path, `${name}.pdf`));
      expect(mm(size)).toEqual([215, 330]);
      expect(count).toBeGreaterThan(5);
      expect(orphanedHeadings(pages)).toEqual([]);
      expect(pages[1]).toMatch(/^\s*-\s*2\s*-/);
      expect(pages[0]).not.toMatch(/^\s*-\s*1\s*-/);
      execFileSync('pdftoppm', ['-r', '50', '-png', '-f', '1', '-l', '3', path.join(tmp.path, `${name}.pdf`), path.join(tmp.path, name)]);
      expect(fs.readdirSync(tmp.path).filter((f) => f.startsWith(name) && f.endsWith('.png')).length).toBe(3);
    }
  });

  it('print HTML is self-contained with the F4 page rule and no scripts', () => {
    const html = exportHtml(samplePerda());
    expect(html).toContain('@page { size: 215mm 330mm; margin: 20mm 20mm 25mm 30mm;');
    expect(html).not.toMatch(/<script|<link|src=/i);
    expect(html).toContain('<span class="cap">Menimbang</span><span class="col">:</span><span class="lbl">a.</span>');
    expect(html).toContain('<span class="lbl">(1)</span>Pemerintah Daerah');
    expect(html).toContain('<i>rapid test</i>');
  });

  it.runIf(withChromium)('PDF through Chromium: F4 pages, page numbers from page 2, no orphaned heading', { timeout: 120_000 }, async () => {
    const pdf = path.join(tmp.path, 'surabaya-chromium.pdf');
    fs.writeFileSync(pdf, await exportPdf(surabaya(), { region: SURABAYA }));
    const { count, size, pages } = pdfPages(pdf);
    expect(mm(size)).toEqual([215, 330]);
    expect(count).toBeGreaterThan(5);
    expect(pages[1]).toMatch(/^\s*-\s*2\s*-/);
    expect(orphanedHeadings(pages)).toEqual([]);
  });

  it('PDF export fails with an Indonesian CoreError when Chromium is missing', async () => {
    const old = process.env.RANCANG_CHROMIUM;
    process.env.RANCANG_CHROMIUM = path.join(tmp.path, 'no-chromium');
    try {
      const err = await exportPdf(samplePerda()).catch((e: unknown) => e);
      expect(isCoreError(err)).toBe(true);
      expect((err as Error).message).toMatch(/Chromium tidak ditemukan/);
    } finally {
      if (old === undefined) delete process.env.RANCANG_CHROMIUM;
      else process.env.RANCANG_CHROMIUM = old;
    }
  });
});
