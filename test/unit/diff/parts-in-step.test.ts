/**
 * Which changed Pasal the comparison table shows part by part. On the real Sulawesi Utara 4/2014
 * text: a word changed in angka 16 of Pasal 1 (37 definitions, about 5,000 characters) keeps the
 * parts in step, but the Pasal is longer than a screen, so it reads part by part and angka 16
 * stands in its own row; the same word changed in a short Pasal keeps it one block per side; an
 * ayat inserted in a short Pasal puts its parts out of step, so it reads part by part whatever
 * its length.
 */
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { LONG_PASAL_CHARS, partsOutOfStep, readsPartByPart } from '../../../src/diff/parts-in-step';
import type { PasalRow } from '../../../src/diff/types';
import { parseText } from '../../../src/parse';
import { ayatInserted, readCorpus } from './corpus-edits';

const t = readCorpus('perda-prov-sulut-2014-04-minuman-beralkohol.txt');
const base = parseText(t.text).doc;
const rowOf = (text: string, label: string): PasalRow => {
  const row = compareDocs(base, parseText(text).doc).pasal.find((r) => r.new?.label === label);
  if (!row) throw new Error(`no row for ${label}`);
  return row;
};

describe('a changed Pasal read part by part', () => {
  it('is a long Pasal whose parts stayed in step: Pasal 1 with one definition reworded', () => {
    const edited = t.text.replace('Distributor adalah Perusahaan yang ditunjuk', 'Distributor adalah badan usaha yang ditunjuk');
    expect(edited).not.toBe(t.text);
    const row = rowOf(edited, 'Pasal 1');
    expect(row.status).toBe('changed');
    expect(row.new!.text.length).toBeGreaterThan(LONG_PASAL_CHARS);
    expect(partsOutOfStep(row)).toBe(false);
    expect(readsPartByPart(row)).toBe(true);
    expect(row.parts.filter((p) => p.status !== 'unchanged').map((p) => [p.old?.label, p.new?.label, p.status])).toEqual([['Pasal 1 angka 16', 'Pasal 1 angka 16', 'changed']]);
  });

  it('is not a short Pasal with a word changed in place', () => {
    const row = rowOf(t.text.replace('Minuman beralkohol dikelompokkan dalam golongan', 'Minuman beralkohol digolongkan dalam golongan'), 'Pasal 3');
    expect(row.status).toBe('changed');
    expect(row.new!.text.length).toBeLessThan(LONG_PASAL_CHARS);
    expect(readsPartByPart(row)).toBe(false);
  });

  it('is a short Pasal whose parts are out of step: an ayat inserted', () => {
    const k = t.heads.findIndex((h) => h.n === 17);
    const edit = ayatInserted(t, k);
    expect(edit).not.toBeNull();
    const row = rowOf(edit!.text, 'Pasal 17');
    expect(row.parts.some((p) => p.status === 'inserted')).toBe(true);
    expect(partsOutOfStep(row)).toBe(true);
    expect(readsPartByPart(row)).toBe(true);
  });

  it('is not an unchanged Pasal, however long', () => {
    const row = rowOf(t.text, 'Pasal 1');
    expect(row.new!.text.length).toBeGreaterThan(LONG_PASAL_CHARS);
    expect(readsPartByPart(row)).toBe(false);
  });
});
