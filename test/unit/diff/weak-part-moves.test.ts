/**
 * Inside a matched Pasal, a part out of order pairs only when it reads clearly alike or shares a
 * word of its own with its counterpart (the real Surabaya pair).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { parseText } from '../../../src/parse';
import { corpusDir } from '../../helpers/paths';

const read = (f: string) => parseText(fs.readFileSync(path.join(corpusDir, f), 'utf8')).doc;

describe('weakly alike parts out of order', () => {
  const c = compareDocs(read('perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt'), read('perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt'));
  const partsOf = (label: string) => c.pasal.find((r) => r.new?.label === label)!.parts;

  it('old 15 huruf a (service at the entrance) does not pair with new 19 huruf i (report to the Dinas) on common words', () => {
    const parts = partsOf('Pasal 19');
    expect(parts.find((p) => p.old?.label === 'Pasal 15 huruf a')?.status).toBe('deleted');
    expect(parts.find((p) => p.new?.label === 'Pasal 19 huruf i')?.status).toBe('inserted');
    // The pairs in order stay.
    expect(parts.filter((p) => p.old && p.new).map((p) => `${p.old!.label} -> ${p.new!.label}`)).toEqual([
      'Pasal 15 teks pembuka -> Pasal 19 teks pembuka',
      'Pasal 15 huruf b -> Pasal 19 huruf e',
      'Pasal 15 huruf c -> Pasal 19 huruf g',
    ]);
  });

  it('old 7(2) huruf c, swapped with huruf d and reworded, stays paired by its own words ("kelestarian", "lingkungan")', () => {
    const d = partsOf('Pasal 13').find((p) => p.new?.label === 'Pasal 13 ayat (3) huruf d')!;
    expect([d.status, d.old?.label]).toEqual(['changed', 'Pasal 7 ayat (2) huruf c']);
  });
});
