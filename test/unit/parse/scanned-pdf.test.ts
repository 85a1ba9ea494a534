/**
 * A scanned PDF read by text recognition (`pdf-ocr.ts`). The fixture
 * test/fixtures/parse/scan-surabaya-2018-hal-5-7.pdf is pages 5 to 7 of Perda Kota Surabaya 3/2018
 * (the corpus text) as Rancang exports it to Word in the official layout (Bookman Old Style 12 on
 * F4), printed to PDF and taken as images alone, as a scanner gives them: pages 5 and 6 one bit
 * deep at 300 dpi (Flate), page 7 a JPEG at 150 dpi, which is enlarged before it is read. It
 * holds BAB II and part of BAB III, Pasal 2 to the head of Pasal 10.
 * scan-strips-surabaya-2018-hal-6.pdf is page 6 of the same, cut into four strips, each an image
 * set at its place (as some scanners write a page), text lines cut through at the seams.
 * scan-skewed-surabaya-2018-hal-5.pdf is page 5 of the same (one bit, 300 dpi) laid on the glass
 * askew: turned 4 degrees, its lines rising to the right. scan-holes-surabaya-2018-hal-5.pdf is the
 * same page as a filed copy gives it (grey): two punch holes in the left margin, dark edges where
 * the copier's lid did not close, turned 1 degree. scan-upside-down-and-scribbled.pdf is page 5
 * fed upside down (one bit, 300 dpi), then a page of scribbles no way up reads as text.
 * scan-stored-sideways-surabaya-2018-hal-5.pdf is page 5 stored sideways and shown upright by the
 * matrix that places it (as some scanners write a page). scan-stamped-surabaya-2018-hal-5.pdf is
 * page 5 scanned in colour with a blue stamp over Pasal 2 and 3 and a red seal over Pasal 4 and 5.
 * scan-shadowed-surabaya-2018-hal-5.pdf is page 5 as a photograph in poor light gives it (grey,
 * 300 dpi): grey paper and ink, the light falling off towards the lower right corner and a
 * shadow over the lower right of the page, the paper there half as bright.
 * scan-specked-surabaya-2018-hal-5.pdf is page 5 as a dirty photocopy gives it (one bit, 300
 * dpi): about 5,000 specks of 2 by 2 pixels scattered over the page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { comparisonToJson } from '../../../src/diff/json';
import { importFile, parseText } from '../../../src/parse';
import type { ImportResult } from '../../../src/parse/types';
import { corpusDir, fixturesDir } from '../../helpers/paths';

const SCAN = path.join(fixturesDir, 'parse', 'scan-surabaya-2018-hal-5-7.pdf');
const printed = parseText(fs.readFileSync(path.join(corpusDir, 'perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt'), 'utf8')).doc;

/** The fixture `name` (in test/fixtures/parse) imported. */
const importScan = (name: string) => importFile(path.join(fixturesDir, 'parse', name));

/** Each Pasal of `doc` (read from a scan) as the printed text's Pasal it pairs with and its status there. */
function pairedWithPrinted(doc: ImportResult['doc']): string[] {
  return comparisonToJson(compareDocs(printed, doc)).units.filter((u) => u.new).map((u) => `${u.old} ${u.status}`);
}

/**
 * Page 5 read well: Pasal 2 to 4 word for word ("renumbered": the page's text, opening at Pasal 2,
 * is numbered from 1); Pasal 5 goes on past the page's foot.
 */
const PAGE_5_READ = ['Pasal 2 renumbered', 'Pasal 3 renumbered', 'Pasal 4 renumbered', 'Pasal 5 changed'];

let read: Promise<ImportResult> | null = null;
/** The fixture imported once for all the tests below (text recognition takes a few seconds a page). */
const scanned = () => (read ??= importFile(SCAN));

describe('a scanned PDF', () => {
  it('is read by text recognition, with a warning that says so', async () => {
    const r = await scanned();
    const ocr = r.diagnostics.filter((d) => d.code === 'OCR_READ');
    expect(ocr).toHaveLength(1);
    expect(ocr[0]!.severity).toBe('warning');
    expect(ocr[0]!.message).toMatch(/^3 halaman PDF ini berupa gambar hasil pindai/);
  }, 120_000);

  it('reads its BAB, Bagian and Pasal as printed, and removes its page numbers', async () => {
    const r = await scanned();
    const units: string[] = [];
    r.doc.descendants((n) => {
      if (['bab', 'bagian', 'pasal'].includes(n.type.name)) units.push(`${n.type.name} ${String(n.attrs.baseNum)}`);
      return n.type.name !== 'pasal';
    });
    expect(units).toEqual(['bab II', 'pasal 2', 'pasal 3', 'bab III', 'bagian Kesatu', 'pasal 4', 'bagian Kedua', 'pasal 5', 'pasal 6', 'pasal 7', 'pasal 8', 'pasal 9', 'bagian Ketiga', 'pasal 10']);
    // Page 7's "- 7 -", read "9s" in the coarse scan, goes too.
    expect(r.removed.map((x) => `${x.page} ${x.reason}`)).toEqual(['1 nomor halaman', '2 nomor halaman', '3 nomor halaman']);
  }, 120_000);

  it('compared with the printed text, pairs every Pasal with its own and reads most of them word for word', async () => {
    const j = comparisonToJson(compareDocs(printed, (await scanned()).doc));
    const pairs = j.units.filter((u) => u.new).map((u) => u.old);
    expect(pairs).toEqual(['Pasal 2', 'Pasal 3', 'Pasal 4', 'Pasal 5', 'Pasal 6', 'Pasal 7', 'Pasal 8', 'Pasal 9', 'Pasal 10']);
    // The scan's Pasal read 1 to 9 (a text that opens at Pasal 2 is numbered from 1), so
    // "renumbered" is a Pasal read with the same words. Pasal 10 is cut at the page's foot; the
    // others that differ carry a slip of text recognition (Pasal 5 "Progresifl"), which the
    // comparison shows as a change, as it should. Pasal 7's "berdekatan", read "Dberdekatan", is
    // read back (`stray-capitals.ts`).
    const sameWords = j.units.filter((u) => u.new && u.status === 'renumbered').map((u) => u.old);
    expect(sameWords).toEqual(expect.arrayContaining(['Pasal 2', 'Pasal 3', 'Pasal 4', 'Pasal 6', 'Pasal 7', 'Pasal 8', 'Pasal 9']));
    expect(j.units.find((u) => u.old === 'Pasal 10')?.status).toBe('changed');
  }, 120_000);

  it('reads a page cut into strips as the page they make together', async () => {
    const strips = await importScan('scan-strips-surabaya-2018-hal-6.pdf');
    const j = comparisonToJson(compareDocs(printed, strips.doc));
    // The page holds the end of Pasal 5, and Pasal 6 and 7 whole, each read word for word.
    expect(j.units.filter((u) => u.new).map((u) => `${u.old} ${u.status}`)).toEqual(['Pasal 6 renumbered', 'Pasal 7 renumbered']);
  }, 120_000);

  it('reads a page scanned askew (turned 4 degrees) as it reads the page laid straight', async () => {
    const skewed = await importScan('scan-skewed-surabaya-2018-hal-5.pdf');
    const units: string[] = [];
    skewed.doc.descendants((n) => {
      if (['bab', 'bagian', 'pasal'].includes(n.type.name)) units.push(`${n.type.name} ${String(n.attrs.baseNum)}`);
      return n.type.name !== 'pasal';
    });
    expect(units).toEqual(['bab II', 'pasal 2', 'pasal 3', 'bab III', 'bagian Kesatu', 'pasal 4', 'bagian Kedua', 'pasal 5']);
    expect(pairedWithPrinted(skewed.doc)).toEqual(PAGE_5_READ);
  }, 120_000);

  it('reads a page fed upside down turned the right way up, says so, and warns of a page it cannot read', async () => {
    const r = await importScan('scan-upside-down-and-scribbled.pdf');
    // What the second page's scribbles were read as runs on into Pasal 5 (kept, never dropped): the warning says where to look.
    expect(pairedWithPrinted(r.doc).slice(0, 3)).toEqual(PAGE_5_READ.slice(0, 3));
    const notes = r.diagnostics.filter((d) => d.code.startsWith('OCR_'));
    expect(notes.map((d) => `${d.code} ${d.severity} ${d.page}`)).toEqual(['OCR_READ warning undefined', 'OCR_TURNED info 1', 'OCR_ILLEGIBLE warning 2']);
    expect(notes[1]!.message).toBe('Halaman 1 (terbalik) hasil pindai tidak tegak; teksnya dibaca setelah halaman itu diputar.');
    expect(notes[2]!.message).toMatch(/^Pengenal teks \(OCR\) tidak yakin akan tulisan pada halaman 2: periksa/);
  }, 120_000);

  it('reads a page stored sideways as its matrix shows it, upright, with no note of a page turned', async () => {
    const r = await importScan('scan-stored-sideways-surabaya-2018-hal-5.pdf');
    expect(r.diagnostics.map((d) => d.code).filter((c) => c.startsWith('OCR_'))).toEqual(['OCR_READ']);
    expect(pairedWithPrinted(r.doc)).toEqual(PAGE_5_READ);
  }, 120_000);

  // Page 5 as a scan with one fault each, read as the clean page is. What each fault cost before:
  // - a filed copy's punch holes: the upper hole beside "Pasal 3" was read "O Pasal 3", the heading lost and Pasal 3 run into Pasal 2;
  // - a coloured stamp over the text: Pasal 2 and 3 read as one (the stamp over Pasal 3's heading);
  // - a shadow (read with one threshold for the page): Pasal 4 with slips, Pasal 5, in the shadow, lost;
  // - specks: the lines strewn with "Co", "oo" and "EE", no Pasal found.
  it.each([
    ['a filed copy\'s page, its punch holes not read into the lines beside them', 'scan-holes-surabaya-2018-hal-5.pdf'],
    ['the text under a coloured stamp, as if the stamp were not there', 'scan-stamped-surabaya-2018-hal-5.pdf'],
    ['the lines under a shadow as those in the light', 'scan-shadowed-surabaya-2018-hal-5.pdf'],
    ['a page thick with specks', 'scan-specked-surabaya-2018-hal-5.pdf'],
  ])('reads %s', async (_fault, fixture) => {
    const r = await importScan(fixture);
    expect(pairedWithPrinted(r.doc)).toEqual(PAGE_5_READ);
  }, 120_000);

  it('can be cancelled between pages, and then gives CANCELLED', async () => {
    const abort = new AbortController();
    const stages: string[] = [];
    const run = importFile(SCAN, {
      signal: abort.signal,
      onProgress: (p) => {
        stages.push(`${p.stage} ${p.done}/${p.total}`);
        if (p.stage === 'mengenali teks hasil pindai (OCR)' && p.done === 1) abort.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(stages).toContain('mengekstrak teks PDF 3/3');
    // Pages read at once by other workers may finish; no page is begun after the cancel.
    expect(stages).not.toContain('mengenali teks hasil pindai (OCR) 3/3');
  }, 120_000);
});
