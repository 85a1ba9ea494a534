/**
 * The exported matriks lists the batang tubuh in the order of the Perbandingan tab (one core
 * order, `diff/body-order.ts`): on the real Surabaya pair, chapter titles stand before their
 * Pasal and the chapters a replacement Perda dropped stand together, in both.
 */
import { describe, expect, it } from 'vitest';
import { comparisonTable } from '../../../src/export/table/index';
import { surabayaComparison } from '../../helpers/surabaya-comparison';

const { comparison, result } = surabayaComparison();

/** The first line of a cell (a unit's label). */
const firstLine = (cell: ReadonlyArray<{ runs: ReadonlyArray<{ text: string }> }> | undefined) => (cell?.[0]?.runs.map((r) => r.text).join('') ?? '').trim();

/** A new cell's label; a removed unit's new cell reads "Dihapus.". */
const side = (label: string) => (label === '' || label === 'Dihapus.' ? '-' : label);

describe('the order of the matriks', () => {
  it('is the order of the Perbandingan tab, row by row', () => {
    const tab = result.rows.filter((r) => r.section === 'batangTubuh').map((r) => `${r.old?.label ?? '-'} | ${r.new?.label ?? '-'}`);
    const table = comparisonTable(comparison, { oldLabel: 'lama', newLabel: 'baru' }).rows;
    const start = table.findIndex((r) => r.kind === 'group' && r.runs.some((x) => x.text === 'Batang Tubuh'));
    const end = table.findIndex((r, i) => i > start && r.kind === 'group');
    const printed = table
      .slice(start + 1, end)
      .flatMap((r) => (r.kind === 'row' && firstLine(r.cells[0]) !== '' ? [`${firstLine(r.cells[1]) || '-'} | ${side(firstLine(r.cells[2]))}`] : []));
    expect(printed.length).toBe(tab.length);
    expect(printed).toEqual(tab);
    // New BAB II stands before new Pasal 2 (the reviewer found it printed after Pasal 11).
    expect(printed.indexOf('- | BAB II')).toBeLessThan(printed.indexOf('- | Pasal 2'));
  });
});
