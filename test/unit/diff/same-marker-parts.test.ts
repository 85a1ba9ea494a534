/**
 * A list item rewritten at its place, in a Pasal whose shape changed (sub-items dropped), pairs
 * with its counterpart of the same marker when they share a word of their own; a definition at
 * the same number that defines another term does not, and stays first under its opening words.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { parseText } from '../../../src/parse';
import { buildPerda, type ItemSpec } from '../../../src/model/doc-builders';
import { corpusDir } from '../../helpers/paths';

const read = (f: string) => fs.readFileSync(path.join(corpusDir, f), 'utf8');

describe('same-marker part pairing', () => {
  it('Surabaya old Pasal 13 / new Pasal 23: huruf a rewritten (its sub-items gone) is "diubah", listed before huruf b', () => {
    const c = compareDocs(
      parseText(read('perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt')).doc,
      parseText(read('perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt')).doc,
    );
    const row = c.pasal.find((r) => r.new?.label === 'Pasal 23')!;
    const a = row.parts.find((p) => p.new?.label === 'Pasal 23 huruf a')!;
    expect([a.status, a.old?.label]).toEqual(['changed', 'Pasal 13 ayat (1) huruf a']);
    const oldOrder = row.parts.flatMap((p) => (p.old ? [p.old.label] : []));
    expect(oldOrder.indexOf('Pasal 13 ayat (1) huruf a')).toBeLessThan(oldOrder.indexOf('Pasal 13 ayat (1) huruf b'));
  });

  it('a definition at the same number that defines another term is deleted and inserted, not "diubah"', () => {
    const pasal1 = (first: ItemSpec) =>
      buildPerda({
        babs: [{ title: 'KETENTUAN UMUM', pasal: [{ uid: 'p1', text: 'Dalam Peraturan Daerah ini yang dimaksud dengan:', list: [first, 'Daerah adalah Kota Batam.', 'Wali Kota adalah Wali Kota Batam.'] }] }],
      });
    const old = pasal1({ text: 'Narkotika adalah zat atau obat yang berasal dari tanaman atau bukan tanaman sebagaimana dimaksud dalam undang-undang mengenai narkotika, terdiri atas:', list: ['golongan I;', 'golongan II; dan', 'golongan III.'] });
    const neu = pasal1('Rehabilitasi adalah proses kegiatan pemulihan secara terpadu bagi pecandu.');
    const row = compareDocs(old, neu).pasal[0]!;
    const first = row.parts.filter((p) => p.old?.label.endsWith('huruf a') || p.new?.label.endsWith('huruf a'));
    expect(first.map((p) => p.status).sort()).toEqual(['deleted', 'inserted']);
    // The deleted first item (and its sub-items) stands where it stood: first under the opening words.
    expect(row.parts.map((p) => `${p.status} ${(p.old ?? p.new)!.label.replace('Pasal 1 ', '')}`)).toEqual([
      'unchanged teks pembuka', 'deleted huruf a', 'deleted huruf a angka 1', 'deleted huruf a angka 2', 'deleted huruf a angka 3',
      'inserted huruf a', 'unchanged huruf b', 'unchanged huruf c',
    ]);
  });
});
