/**
 * Page numbers of a text copied without its blank lines (as a PDF viewer copies it): a bare
 * number stands apart no longer, but the page numbers still count up a page apart, so they and
 * the running footer beside them are removed, and the comparison with the printed text finds
 * nothing changed. A table's "No" column and a year wrapped onto its own line stay text, and so
 * does every bare number of lines that come from a Word file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { parseText } from '../../../src/parse';
import { normalizeLines } from '../../../src/parse/normalize-lines';
import { removeFurniture } from '../../../src/parse/page-furniture';
import { corpusDir } from '../../helpers/paths';
import { withoutBlankLines } from '../../helpers/relayout';

const read = (f: string) => fs.readFileSync(path.join(corpusDir, f), 'utf8');
const sby09 = read('perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt');
const sby18 = read('perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt');

describe('page numbers without blank lines', () => {
  it.each([
    ['Surabaya 2009', sby09],
    ['Surabaya 2018 (its Penjelasan counts pages afresh)', sby18],
  ])('%s copied without blank lines reads as printed: no Pasal, Mengingat item or Penjelasan entry changed', (_name, text) => {
    const c = compareDocs(parseText(text).doc, parseText(withoutBlankLines(text)).doc);
    const changed = [...c.pasal, ...c.dasarHukum, ...c.penjelasan].filter((r) => r.status !== 'unchanged').map((r) => r.old?.label);
    expect(changed).toEqual([]);
  });

  let said = 0;
  const filler = (n: number) => Array.from({ length: n }, () => `ketentuan urutan ${said++} dilaksanakan;`);

  it('keeps a table column of numbers and a year on a line of its own; removes numbers that count pages', () => {
    const text = [
      ...filler(12), 'sebagaimana telah diubah dengan Undang-Undang Nomor 9 Tahun', '2015', ...filler(12),
      '2', ...filler(15), '3', ...filler(15), 'No', '1', '2', '3', 'Retribusi', ...filler(15), '4', ...filler(5),
    ].join('\n');
    const { lines, removed } = removeFurniture(normalizeLines(text), true);
    const kept = lines.map((l) => l.text);
    expect(kept).toContain('2015');
    expect(kept.slice(kept.indexOf('No'), kept.indexOf('Retribusi'))).toEqual(['No', '1', '2', '3']);
    expect(removed.map((r) => r.text)).toEqual(['2', '3', '4']);
    // Lines from a Word file: a bare number is never a page number unless it stands apart.
    expect(removeFurniture(normalizeLines(text), false).removed).toEqual([]);
  });

  it('keeps a bare number right after a page number that it does not follow: a page has one number (Sulut 2/2018: "-6-", then its change item "2" without a full stop)', () => {
    const lines = fs.readFileSync(path.join(corpusDir, 'perda-prov-sulut-2018-02-perubahan-rpjmd.txt'), 'utf8').split('\n');
    const at = lines.findIndex((l) => /^ 2 {3}Pasal 3 diubah/.test(l));
    // The item's number alone on its line, its words on the next, as a page taken apart by word sets it.
    const text = [...lines.slice(0, at), ' 2', '', lines[at]!.replace(/^ 2/, '  '), ...lines.slice(at + 1)].join('\n');
    const { removed, lines: kept } = removeFurniture(normalizeLines(text), true);
    expect(removed.filter((r) => r.reason === 'nomor halaman').map((r) => r.text)).toEqual(['-2-', '-3-', '-4-', '-5-', '-6-', '-7-', '-8-', '-9-']);
    expect(kept.map((l) => l.text)).toContain('2');
    // The next page's number set at its head after the last one's foot is still one.
    const twice = removeFurniture(normalizeLines([...filler(12), '5', '', '6', ...filler(12)].join('\n')), true);
    expect(twice.removed.map((r) => r.text)).toEqual(['5', '6']);
  });
});


describe('the page a text opens on', () => {
  it('is page 1 when the text opens with its page\'s number (a page taken from the middle of a Perda, numbered at its head)', () => {
    // BAB II of Surabaya 2018 to the head of Pasal 5, as a page of its print holds them: its number at the head, then its text.
    const all = sby18.split('\n');
    const text = all.slice(all.findIndex((l) => l.trim() === 'BAB II'), all.findIndex((l) => l.trim() === 'Pasal 5'));
    const { lines, removed } = removeFurniture(normalizeLines(['                         - 8 -', '', ...text].join('\n')), false);
    expect(removed.map((r) => `${r.page} ${r.text}`)).toEqual(['1 - 8 -']);
    expect(lines.length).toBeGreaterThan(20);
    expect(new Set(lines.map((l) => l.page))).toEqual(new Set([1]));
  });
});
