/**
 * The notes on the parts of a Pasal row (real Surabaya 3/2018 Pasal 3, "Walikota" written
 * "Wali Kota"): a part changed in spelling only says so, and parts are grouped by what their note
 * says, so a part whose words changed is not hidden among them. The matriks marks the words spelt
 * otherwise in such a row, though no word of it was struck or inserted.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/index';
import { partNotes } from '../../../src/export/table/part-notes';
import { comparisonTable } from '../../../src/export/table/index';
import { parseText } from '../../../src/parse';
import { corpusDir } from '../../helpers/paths';

const text = fs.readFileSync(path.join(corpusDir, 'perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt'), 'utf8');
const pasal3 = (edited: string) => {
  const row = compareDocs(parseText(text).doc, parseText(edited).doc).pasal.find((r) => r.new?.label === 'Pasal 3');
  if (!row) throw new Error('Pasal 3 not found');
  return row;
};

describe('part notes of a change of form', () => {
  it('say "hanya ejaan" of the parts spelt otherwise, and group them apart from a part reworded', () => {
    const respelled = text.replaceAll('Walikota', 'Wali Kota');
    expect(partNotes(pasal3(respelled))).toEqual(['ayat (1), (2) diubah; hanya ejaan']);
    const line = 'Walikota dapat melimpahkan kewenangan pengaturan';
    expect(text.split(line).length - 1).toBe(1);
    const reworded = text.replace(line, 'Walikota dapat menyerahkan kewenangan pengaturan').replaceAll('Walikota', 'Wali Kota');
    expect(partNotes(pasal3(reworded))).toEqual(['ayat (1) diubah; hanya ejaan', 'ayat (2) diubah']);
  });

  it('mark the words spelt otherwise in the matriks, in a row whose words are all kept', () => {
    const c = compareDocs(parseText(text).doc, parseText(text.replaceAll('Walikota', 'Wali Kota')).doc);
    const table = comparisonTable(c, { oldLabel: 'lama', newLabel: 'baru', changesOnly: true });
    const row = table.rows.find((r) => r.kind === 'row' && (r.cells[2] ?? [])[0]?.runs.map((x) => x.text).join('') === 'Pasal 3');
    if (row?.kind !== 'row') throw new Error('Pasal 3 row not found');
    const marked = (cell: number) => (row.cells[cell] ?? []).flatMap((p) => p.runs).filter((x) => x.change).map((x) => `${x.change}:${x.text}`);
    expect(marked(1)).toEqual(['delete:Walikota', 'delete:Walikota']);
    expect(marked(2)).toEqual(['insert:Wali Kota', 'insert:Wali Kota']);
  });
});
