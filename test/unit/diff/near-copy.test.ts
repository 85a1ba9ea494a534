/**
 * Drafts of the real Surabaya 3/2018 text that a reader must not misread:
 * - Pasal 39 raises its penalty, and a copy of the old Pasal 39 citing Pasal 11 ayat (4) instead
 *   of ayat (2) is inserted beside it: the old Pasal pairs with the one that still cites what it
 *   cited (changed), the copy is inserted, and the copy is no piece of a split either;
 * - the last item of a list still ends "; dan" where the next Pasal starts: the heading stays a
 *   heading (it used to be read as a reference wrapped to the next line, merging two Pasal);
 * - a reduplicated word written "bangunan- bangunan": the Pasal is unchanged and no note says
 *   that only its references changed;
 * - a Pasal that only cites another ayat reads changed with a similarity below 1 (content
 *   fingerprints leave reference numbers out; the share of equal words does not).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { comparisonToJson } from '../../../src/diff/json';
import { parseText } from '../../../src/parse';
import { corpusDir } from '../../helpers/paths';
import { once } from './sulut-edits';

const original = fs.readFileSync(path.join(corpusDir, 'perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt'), 'utf8');
const PASAL_39 = `(1)   Pelanggaran terhadap ketentuan sebagaimana dimaksud
                  dalam Pasal 11 ayat (2) dipidana dengan pidana kurungan
                  paling lama 3 (tiga) bulan atau denda paling banyak
                  Rp.50.000.000,- (lima puluh juta rupiah).

            (2)   Tindak Pidana sebagaimana dimaksud pada ayat (1)
                  adalah pelanggaran.
`;

/** The body's Pasal 40 and 41 headings renumbered 41 and 42 (the Penjelasan left as it is). */
function shiftLastTwo(text: string): string {
  const body = text.indexOf('PENJELASAN');
  return text.slice(0, body).replace(/^(\s+)Pasal 41\s*$/m, '$1Pasal 42').replace(/^(\s+)Pasal 40\s*$/m, '$1Pasal 41') + text.slice(body);
}

const rows = (oldText: string, newText: string) =>
  compareDocs(parseText(oldText).doc, parseText(newText).doc).pasal.filter((r) => r.status !== 'unchanged').map((r) => `${r.status} ${r.old?.label ?? '-'} -> ${r.new?.label ?? '-'}`);

describe('drafts that are easy to misread', () => {
  /** Pasal 39 with its penalty raised, and a copy of the old one citing ayat (4) as a new Pasal before or after it. */
  function withCopy(copyFirst: boolean): string {
    const edited = PASAL_39.replace('paling lama 3 (tiga) bulan', 'paling lama 6 (enam) bulan');
    const copy = PASAL_39.replace('Pasal 11 ayat (2)', 'Pasal 11 ayat (4)');
    const [first, second] = copyFirst ? [copy, edited] : [edited, copy];
    return shiftLastTwo(once(original, PASAL_39, `${first}\n                                Pasal 40\n\n            ${second}`));
  }
  const RENUMBERED = ['renumbered Pasal 40 -> Pasal 41', 'renumbered Pasal 41 -> Pasal 42'];

  it('a copy citing another ayat, inserted after the edited original, is the inserted one', () => {
    expect(rows(original, withCopy(false))).toEqual(['changed Pasal 39 -> Pasal 39', 'inserted - -> Pasal 40', ...RENUMBERED]);
  });

  it('and so is one inserted before it', () => {
    expect(rows(original, withCopy(true))).toEqual(['inserted - -> Pasal 39', 'changed Pasal 39 -> Pasal 40', ...RENUMBERED]);
  });

  it('a list item ending "; dan" before the next Pasal heading leaves the heading a heading', () => {
    const draft = once(original, `pelatihan, hubungan kerja dan sanksi dalam hubungan
      kerja.`, `pelatihan, hubungan kerja dan sanksi dalam hubungan
      kerja; dan`);
    expect(rows(original, draft)).toEqual(['changed Pasal 18 -> Pasal 18']);
    const flat = (t: string) => t.split('\n').map((l) => l.trimStart()).join('\n');
    expect(rows(flat(original), flat(draft))).toEqual(['changed Pasal 18 -> Pasal 18']);
  });

  it('"bangunan- bangunan" for "bangunan-bangunan" changes nothing and is no reference change', () => {
    const draft = once(original, `bangunan-
      bangunan umum`, 'bangunan- bangunan umum');
    const c = compareDocs(parseText(original).doc, parseText(draft).doc);
    expect(c.pasal.filter((r) => r.status !== 'unchanged' || r.refsOnly).map((r) => r.old?.label)).toEqual([]);
  });

  it('a Pasal that only cites another ayat is changed, with a similarity below 1', () => {
    const draft = once(original, PASAL_39, PASAL_39.replace('Pasal 11 ayat (2)', 'Pasal 11 ayat (4)'));
    const units = comparisonToJson(compareDocs(parseText(original).doc, parseText(draft).doc)).units.filter((u) => u.status !== 'unchanged');
    expect(units.map((u) => [u.old, u.status])).toEqual([['Pasal 39', 'changed']]);
    expect(units[0]?.similarity).toBeGreaterThan(0.9);
    expect(units[0]?.similarity).toBeLessThan(1);
  });
});
