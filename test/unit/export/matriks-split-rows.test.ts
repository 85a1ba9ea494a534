/**
 * The matriks rows of a split Pasal print their items as the Perda does, the marker hanging, on
 * both sides: the real Surabaya 3/2018 Pasal 7 (a lead sentence and huruf a-l) split before huruf
 * g into a new Pasal 8, whose row sets old huruf g-l beside new huruf a-f.
 */
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/index';
import { comparisonTable } from '../../../src/export/table/index';
import { parseText } from '../../../src/parse';
import { listSplit, readCorpus } from '../diff/corpus-edits';

describe('the matriks row of a later piece of a split', () => {
  const sby = readCorpus('perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt');
  const split = listSplit(sby, sby.heads.findIndex((h) => h.n === 7), 6, 'Penyelenggaraan Tempat Parkir di dalam Ruang Milik Jalan juga dilarang dilakukan di:')!;
  const table = comparisonTable(compareDocs(parseText(sby.text).doc, parseText(split.text).doc), { oldLabel: 'lama', newLabel: 'baru', changesOnly: true });
  const row = table.rows.find((r) => r.kind === 'row' && (r.cells[2] ?? [])[0]?.runs.map((x) => x.text).join('') === 'Pasal 8');

  it('hangs the old items\' letters and the new ones\', the text after them', () => {
    if (row?.kind !== 'row') throw new Error('the row of Pasal 8 was not found');
    const labels = (cell: number) => (row.cells[cell] ?? []).map((p) => p.label ?? '');
    expect(labels(1)).toEqual(['', 'g.', 'h.', 'i.', 'j.', 'k.', 'l.']);
    expect(labels(2)).toEqual(['', '', 'a.', 'b.', 'c.', 'd.', 'e.', 'f.']);
    expect((row.cells[1] ?? [])[1]?.runs.map((x) => x.text).join('')).toMatch(/^tempat yang mendekati perlintasan sebidang;$/);
  });
});
