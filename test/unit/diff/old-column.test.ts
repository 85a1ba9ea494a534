/**
 * The old column quotes the old Perda (the real Surabaya 2009 -> 2018 pair): an ayat kept under
 * a new number shows its old marker ("(1)", not the new "(2)"), a citation that followed the
 * renumbering shows the old number ("Pasal 4 ayat (1)", not "Pasal 11 ayat (2)"), and a Pasal
 * whose parts changed order is quoted as written, unmarked, in the table, the export and the view
 * the Perbandingan tab gets.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { partName } from '../../../src/diff/part-elsewhere';
import { readsAsWritten, sideSegments } from '../../../src/diff/side-text';
import type { PasalRow } from '../../../src/diff/types';
import { comparisonTable } from '../../../src/export/table/index';
import { parseText } from '../../../src/parse';
import { corpusDir } from '../../helpers/paths';

const read = (f: string) => parseText(fs.readFileSync(path.join(corpusDir, f), 'utf8')).doc;
const c = compareDocs(read('perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt'), read('perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt'));
const row = (old: string) => c.pasal.find((r) => r.old?.label === old) as PasalRow;
const oldSide = (r: PasalRow) => sideSegments(r.segments, 'old').map((s) => s.text).join('');
const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the old column', () => {
  it('prints kept ayat with their old markers', () => {
    const r = row('Pasal 4');
    expect(r.new?.label).toBe('Pasal 11');
    expect(readsAsWritten(r.segments, r.old?.text ?? '')).toBe(true);
    expect(squeeze(oldSide(r))).toMatch(/^\(1\) Penyelenggaraan tempat parkir dapat dilakukan/);
    expect(squeeze(oldSide(r))).toContain('(2) Untuk memperoleh izin');
  });

  it('prints citations with the numbers the old text has', () => {
    const r = row('Pasal 41');
    expect(squeeze(r.old?.text ?? '')).toContain('sebagaimana dimaksud dalam Pasal 4 ayat (1)');
    expect(squeeze(oldSide(r))).toContain('sebagaimana dimaksud dalam Pasal 4 ayat (1)');
    expect(readsAsWritten(r.segments, r.old?.text ?? '')).toBe(true);
  });

  it('quotes a Pasal whose parts changed order as written, in the export too', () => {
    const r = row('Pasal 1');
    expect(readsAsWritten(r.segments, r.old?.text ?? '')).toBe(false);
    const table = comparisonTable(c, { oldLabel: 'lama', newLabel: 'baru' });
    const cells = table.rows.flatMap((t) => (t.kind === 'row' ? [t.cells] : [])).find((cells) => cells[1]?.[0]?.runs.map((x) => x.text).join('') === 'Pasal 1');
    const oldCell = (cells?.[1] ?? []).slice(1);
    expect(oldCell.some((p) => p.runs.some((x) => x.change))).toBe(false);
    // The export sets list markers apart from the runs (hanging indent): compare the words.
    const words = (t: string) => squeeze(t.replace(/(^|\n)\s*\d+\.\s+/g, '$1'));
    expect(words(oldCell.map((p) => p.runs.map((x) => x.text).join('')).join('\n'))).toBe(words(r.old?.text ?? ''));
    // Every other paired Pasal reads as written with its marks.
    const notAsWritten = c.pasal.filter((p) => p.old && p.new && !readsAsWritten(p.segments, p.old.text)).map((p) => p.old?.label);
    expect(notAsWritten).toEqual(['Pasal 1', 'Pasal 2', 'Pasal 7', 'Pasal 16']);
  });

  it('names a part that changed number with both numbers in the notes', () => {
    expect(partName('Pasal 4', 'Pasal 11', 'Pasal 4 ayat (1)', 'Pasal 11 ayat (2)')).toBe('ayat (2) (semula ayat (1))');
    expect(partName('Pasal 4', 'Pasal 11', 'Pasal 4 ayat (3)', 'Pasal 11 ayat (3)')).toBe('ayat (3)');
    expect(partName('Pasal 4', 'Pasal 11', 'Pasal 4 ayat (3)', undefined)).toBe('ayat (3)');
    const table = comparisonTable(c, { oldLabel: 'lama', newLabel: 'baru' });
    const notes = table.rows.flatMap((t) => (t.kind === 'row' ? t.cells[3]!.map((p) => p.runs.map((x) => x.text).join('')) : []));
    expect(notes.find((n) => n.includes('ayat (2) (semula ayat (1)) diubah'))).toBeDefined();
  });
});
