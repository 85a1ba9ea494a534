/**
 * The parts of a Pasal pair as the table lists them (Surabaya 2009 -> 2018, old Pasal 16 -> new
 * Pasal 17, whose huruf a and b swapped and whose ayat (3) was deleted): a deleted ayat follows
 * the ayat before it with all its items, never standing between two of them; and a deleted part
 * whose number a new part now bears is named as the old one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { newPartNames, partName } from '../../../src/diff/part-elsewhere';
import { parseText } from '../../../src/parse';
import { corpusDir } from '../../helpers/paths';

const read = (f: string) => parseText(fs.readFileSync(path.join(corpusDir, f), 'utf8')).doc;
const c = compareDocs(read('perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt'), read('perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt'));
const row = c.pasal.find((r) => r.new?.label === 'Pasal 17')!;

describe('parts of a Pasal pair', () => {
  it('a deleted ayat stands after the ayat before it and its (swapped) items', () => {
    expect(row.old?.label).toBe('Pasal 16');
    expect(row.parts.map((p) => `${p.status} ${p.old?.label ?? '-'} > ${p.new?.label ?? '-'}`)).toEqual([
      'inserted - > Pasal 17 ayat (1)',
      'changed Pasal 16 ayat (2) > Pasal 17 ayat (2)',
      'renumbered Pasal 16 ayat (2) huruf b > Pasal 17 ayat (2) huruf a',
      'changed Pasal 16 ayat (2) huruf a > Pasal 17 ayat (2) huruf b',
      'deleted Pasal 16 ayat (3) > -',
      'changed Pasal 16 ayat (1) > Pasal 17 ayat (3)',
      'inserted - > Pasal 17 ayat (4)',
    ]);
  });

  it('names the deleted old ayat (3) "ayat (3) lama", apart from the new ayat (3)', () => {
    const names = newPartNames(row.new?.label, row.parts);
    const name = (i: number) => partName(row.old?.label, row.new?.label, row.parts[i]!.old?.label, row.parts[i]!.new?.label, names);
    expect(name(4)).toBe('ayat (3) lama');
    expect(name(5)).toBe('ayat (3) (semula ayat (1))');
    // Without the new side's names, as before: the old number alone.
    expect(partName(row.old?.label, row.new?.label, 'Pasal 16 ayat (3)', undefined)).toBe('ayat (3)');
  });
});
