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

  it('keeps a table column of numbers and a year on a line of its own; removes numbers that count pages', () => {
    let said = 0;
    const filler = (n: number) => Array.from({ length: n }, () => `ketentuan urutan ${said++} dilaksanakan;`);
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
});
