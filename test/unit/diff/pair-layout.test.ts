/**
 * The real replacement pair (Surabaya 2009 -> 2018) compares the same whatever layout either text
 * comes in: re-wrapped at 60 columns, without indentation, without blank lines. Each Pasal row
 * (status, old and new Pasal) equals the one of the texts as taken from their PDFs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { comparisonToJson } from '../../../src/diff/json';
import { parseText } from '../../../src/parse';
import { corpusDir } from '../../helpers/paths';
import { rewrapped, unindented, withoutBlankLines } from '../../helpers/relayout';

const read = (f: string) => fs.readFileSync(path.join(corpusDir, f), 'utf8');
const sby09 = read('perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt');
const sby18 = read('perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt');
const rows = (a: string, b: string) => comparisonToJson(compareDocs(parseText(a).doc, parseText(b).doc)).units.map((u) => `${u.status} ${u.old ?? '-'} -> ${u.new ?? '-'}`);

describe('the Surabaya pair in other layouts', () => {
  const printed = rows(sby09, sby18);

  it.each([
    ['re-wrapped at 60 columns', (t: string) => rewrapped(t, 60)],
    ['without indentation', unindented],
    ['without blank lines', withoutBlankLines],
  ])('%s: the same Pasal rows', (_name, relayout) => {
    expect(printed.length).toBeGreaterThan(60);
    expect(rows(relayout(sby09), relayout(sby18))).toEqual(printed);
  });
});
