/**
 * Layout noise of real text layers that is no change: each text below is a real corpus text with
 * one kind of noise a PDF or a scan brings, and its comparison with the text as printed finds
 * nothing changed (Pasal, titles, Penjelasan). Cases found by probing the comparison with noisy
 * copies of the corpus; two cover whole texts: set again at another width, and broken into pages
 * with page numbers and running headers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { parseText } from '../../../src/parse';
import { corpusDir } from '../../helpers/paths';

const read = (f: string) => fs.readFileSync(path.join(corpusDir, f), 'utf8');
const sby09 = read('perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt');
const sby18 = read('perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt');
const rpjmd = read('perda-prov-sulut-2016-03-rpjmd-2016-2021.txt');
const sulut = read('perda-prov-sulut-2014-04-minuman-beralkohol.txt');

/** The lines of the regulation text, after the corpus header block (ending "# ---"). */
function bodyStart(lines: string[]): number {
  return lines.findIndex((l) => l.startsWith('# ---')) + 1;
}

/**
 * `text` set again at `width` columns, as another PDF of the same Perda would be: the lines of
 * each run of prose joined and wrapped anew at the indent of its first line; short lines
 * (headings, numbers) and lines that open a unit ("(2)", "a.", "Pasal 5") start a new run.
 */
function setAgain(text: string, width: number): string {
  const lines = text.split('\n');
  const start = bodyStart(lines);
  const out = lines.slice(0, start);
  let run: string[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const indent = /^\s*/.exec(run[0] as string)?.[0] ?? '';
    let line = '';
    for (const word of run.join(' ').trim().split(/\s+/)) {
      if (line && indent.length + line.length + 1 + word.length > width) {
        out.push(indent + line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(indent + line);
    run = [];
  };
  for (const line of lines.slice(start)) {
    const opens = /^\s*(?:\(\d+\)|[a-z]\.|\d+\.|Pasal|BAB)/.test(line);
    if (line.trim().length < 45 || opens) {
      flush();
      if (line.trim().length >= 45) run = [line];
      else out.push(line);
    } else run.push(line);
  }
  flush();
  return out.join('\n');
}

/** `text` with a page break every `every` lines, set as `breakLines` gives the lines of the break before page `page`. */
function withPageBreaks(text: string, every: number, breakLines: (page: number) => string[]): string {
  const lines = text.split('\n');
  const start = bodyStart(lines);
  const out = lines.slice(0, start);
  let page = 2;
  lines.slice(start).forEach((line, i) => {
    out.push(line);
    if ((i + 1) % every === 0) out.push(...breakLines(page++));
  });
  return out.join('\n');
}

/** `text` with a page break every `every` lines: a page number, then `header` at the top of the next page. */
function pageBreaks(text: string, every: number, header: string): string {
  return withPageBreaks(text, every, (page) => ['', '', `                                   - ${page} -`, '', header, '']);
}

/**
 * `text` as a scanned print's text layer sets its pages (Perpres 70/2023): a page break every
 * `every` lines, a serial number at the foot of each page ("SK No 191076 A", a number of its own
 * per sheet, not in page order), the page number (`pageNumberAsScanned`), and the running header
 * at the top of the next page as text recognition reads it, a letter or two misread or cut off on
 * some pages ("REPUBUK INDONESIA", "BLIK INDONESIA", "REPUBLIK INDONES").
 */
function scannedPageBreaks(text: string, every: number, header: string): string {
  const misread = headerAsScanned(header);
  return withPageBreaks(text, every, (page) => [
    `SK No ${191070 + ((page * 37) % 41)}${page % 2 === 0 ? ' ' : ''}A`, '', `                                   ${pageNumberAsScanned(page)}`, '', misread[page % misread.length] as string, '',
  ]);
}

/** A page number as text recognition reads it (Perpres 70/2023: "-L4-", "_t2_" for "-14-", "-12-"), a 1 misread on some pages. */
function pageNumberAsScanned(page: number): string {
  if (page % 3 === 1) return `-${String(page).replace('1', 'L')}-`;
  return page % 3 === 2 ? `_${String(page).replace('1', 't')}_` : `- ${page} -`;
}

/**
 * A running header as text recognition reads it page by page: on one page in four a letter
 * misread or the line cut short at either end (Perpres 70/2023: 5 of 16 pages), else as printed.
 */
function headerAsScanned(header: string): string[] {
  return [header.replace('L', 'I'), header.slice(3), header.replace('A', '4'), header.slice(0, -2)].flatMap((misread) => [header, header, header, misread]);
}

/** `text` with `from` (which must occur exactly once) replaced by `to`. */
function once(text: string, from: string, to: string): string {
  expect(text.split(from)).toHaveLength(2);
  return text.replace(from, to);
}

/** The rows of a comparison of `printed` with `noisy` that are not unchanged. */
function changes(printed: string, noisy: string): string[] {
  expect(noisy).not.toBe(printed);
  const c = compareDocs(parseText(printed).doc, parseText(noisy).doc);
  return [...c.judul, ...c.konsiderans, ...c.dasarHukum, ...c.headings, ...c.pasal, ...c.penjelasan, ...c.lampiran]
    .filter((r) => r.status !== 'unchanged')
    .map((r) => `${r.status} ${r.old?.label ?? '-'} -> ${r.new?.label ?? '-'}`);
}

describe('layout noise that is no change', () => {
  it('a page break (page number) before the sentence that closes a list (Surabaya 2009 Pasal 42)', () => {
    const noisy = once(sby09, '                     Surabaya Tahun 2001 Nomor 2/B);\n\n                  dicabut dan dinyatakan tidak berlaku.', '                     Surabaya Tahun 2001 Nomor 2/B);\n\n\n                                            28\n\n                  dicabut dan dinyatakan tidak berlaku.');
    expect(changes(sby09, noisy)).toEqual([]);
  });

  it('a continuation line set back to the margin, with the list going on after it (Surabaya 2009 Pasal 30)', () => {
    const noisy = once(sby09, '/ berat yang sejenis,\n                        dikenakan retribusi sebesar Rp. 4.000,00 (empat ribu rupiah);\n                     3. kendaraan truck mini atau kendaraan lain yang sejenis, dikenakan', '/ berat yang sejenis,\n            dikenakan retribusi sebesar Rp. 4.000,00 (empat ribu rupiah);\n                     3. kendaraan truck mini atau kendaraan lain yang sejenis, dikenakan');
    expect(changes(sby09, noisy)).toEqual([]);
  });

  it('a Pasal heading whose 1 was read as a capital I ("Pasal I1", Surabaya 2018)', () => {
    const noisy = sby18.replace(/^(\s*)Pasal 11\s*$/m, '$1Pasal I1');
    expect(noisy).toMatch(/^\s*Pasal I1$/m);
    expect(changes(sby18, noisy)).toEqual([]);
  });

  it('ayat markers printed with spaces, "( 1 )", throughout (Surabaya 2018)', () => {
    const noisy = sby18.replace(/^(\s*)\((\d+)\)/gm, '$1( $2 )');
    expect(noisy.match(/^\s*\( \d+ \)/gm)?.length ?? 0).toBeGreaterThan(50);
    expect(changes(sby18, noisy)).toEqual([]);
  });

  it('the Tambahan Lembaran Daerah line wrapped before its "NOMOR 3" (Surabaya 2018)', () => {
    const noisy = once(sby18, 'TAMBAHAN LEMBARAN DAERAH KOTA SURABAYA NOMOR 3', 'TAMBAHAN LEMBARAN DAERAH KOTA SURABAYA\n    NOMOR 3');
    expect(changes(sby18, noisy)).toEqual([]);
  });

  it('an item wrapped back to its marker column after a comma, its text column again after (Surabaya 2009 Pasal 31)', () => {
    const noisy = once(sby09, '                     1. kendaraan bus, atau kendaraan lain yang sejenis, dikenakan\n                        retribusi sebesar Rp. 10.000,00', '                     1. kendaraan bus, atau kendaraan lain yang sejenis,\n                     dikenakan\n                        retribusi sebesar Rp. 10.000,00');
    expect(changes(sby09, noisy)).toEqual([]);
  });

  it('an item wrapped at its marker column after a comma, its list going on after it (Surabaya 2009 Pasal 6)', () => {
    const noisy = once(sby09, '                     a. menjaga keamanan, ketertiban dan kelancaran dalam kawasan\n                        lokasi parkir;', '                     a. menjaga keamanan,\n                     ketertiban dan kelancaran dalam kawasan\n                     lokasi parkir;');
    expect(changes(sby09, noisy)).toEqual([]);
  });

  it('the whole text set again at 70 columns, as another PDF of it would be (four corpus texts)', () => {
    for (const text of [sby09, sby18, sulut, rpjmd]) {
      const noisy = setAgain(text, 70);
      expect(noisy.split('\n').length).not.toBe(text.split('\n').length);
      expect(changes(text, noisy)).toEqual([]);
    }
  });

  it('a page break every 47 lines, with its page number and the running header, anywhere in a Pasal (three corpus texts)', () => {
    for (const [text, header] of [[sby09, 'WALI KOTA SURABAYA'], [sby18, 'WALI KOTA SURABAYA'], [sulut, 'GUBERNUR SULAWESI UTARA']] as const) {
      const noisy = pageBreaks(text, 47, header);
      expect(changes(text, noisy)).toEqual([]);
    }
  });

  it('a scanned print\'s pages: a serial number at each foot, the running header misread on some pages (three corpus texts)', () => {
    for (const [text, header] of [[sby09, 'WALI KOTA SURABAYA'], [sby18, 'WALI KOTA SURABAYA'], [sulut, 'GUBERNUR SULAWESI UTARA']] as const) {
      const noisy = scannedPageBreaks(text, 47, header);
      expect(changes(text, noisy)).toEqual([]);
      // Every serial and every header taken as running furniture, besides what the text as printed loses so.
      const running = (t: string) => parseText(t).removed.filter((r) => r.reason === 'kepala/kaki halaman berulang').map((r) => r.text);
      const before = running(text);
      const removed = running(noisy);
      const pages = noisy.split('\n').filter((l) => /^SK No/.test(l)).length;
      expect(pages).toBeGreaterThan(8);
      expect(removed.filter((t) => /^SK No/.test(t))).toHaveLength(pages);
      expect(removed.filter((t) => headerAsScanned(header).includes(t))).toHaveLength(pages + before.filter((t) => t === header).length);
    }
  });

  it('"Dengan Persetujuan / Bersama" and "Agar setiap / orang" wrapped by a narrow page (Sulawesi Utara 3/2016)', () => {
    const narrow = once(once(rpjmd, '                                     Dengan Persetujuan Bersama\n', '                                     Dengan Persetujuan\n                                     Bersama\n'),
      '                           Agar     setiap    orang    dapat    mengetahuinya,   memerintahkan\n', '                           Agar     setiap\n                           orang    dapat    mengetahuinya,   memerintahkan\n');
    expect(changes(rpjmd, narrow)).toEqual([]);
  });
});
