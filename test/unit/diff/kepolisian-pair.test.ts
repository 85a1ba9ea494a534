/**
 * A second real replacement pair, outside the corpus the comparison was tuned on: UU 28/1997 and
 * UU 2/2002 on the Kepolisian Negara Republik Indonesia (test/fixtures/diff, batang tubuh only).
 * Every Pasal was reworded, two swapped places, one was folded into its neighbour, BAB IV and VI
 * are new, and list items moved inside and between Pasal: checked by reading both texts.
 */
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { comparisonToJson } from '../../../src/diff/json';
import { comparisonRedline, redlineText } from '../../../src/export/redline/index';
import { parseText } from '../../../src/parse';
import { fixturePair, oldLabelsOf, pairedRows, readGolden } from '../../helpers/fixture-pair';

const { NEW, c, rowOf } = fixturePair('uu-1997-28-kepolisian.txt', 'uu-2002-02-kepolisian.txt');
const golden = readGolden('uu-kepolisian-1997-2002.golden.json');
const partsOf = (newLabel: string) => rowOf(newLabel).parts.map((p) => [p.status, p.old?.label ?? null, p.new?.label ?? null]);

describe('compareDocs on the real Kepolisian replacement pair (UU 28/1997 -> UU 2/2002)', () => {
  it('matches exactly the Pasal that correspond (golden fixture, checked by reading both texts)', () => {
    expect(c.matchedBy).toBe('content');
    expect(pairedRows(c)).toEqual(golden.matched);
    expect(c.summary).toEqual(golden.summary);
  });

  it('keeps every Pasal of both texts exactly once: the new ones inserted, old 27 and 28 deleted', () => {
    const j = comparisonToJson(c);
    expect(j.units.filter((u) => u.new).map((u) => u.new)).toEqual(Array.from({ length: 45 }, (_, i) => `Pasal ${i + 1}`));
    const olds = oldLabelsOf(c);
    expect([...olds].sort()).toEqual(Array.from({ length: 31 }, (_, i) => `Pasal ${i + 1}`).sort());
    const inserted = j.units.filter((u) => u.status === 'inserted').map((u) => Number(u.new!.slice(6)));
    expect(inserted).toEqual([20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 37, 38, 39, 40, 41]);
    expect(j.units.filter((u) => u.status === 'deleted').map((u) => u.old)).toEqual(['Pasal 27', 'Pasal 28']);
  });

  it('reads old Pasal 20 as folded into new Pasal 32, not as new Pasal 31 beside it in the gap', () => {
    // Old 20 and new 31 share enough words to pair in their gap (Dice 0.42); but old 20 lies inside
    // new 32 (containment 0.76) and opens as its ayat (2) does ("Pembinaan kemampuan profesi"), and
    // new 31 opens otherwise ("Pejabat Kepolisian …").
    const row = rowOf('Pasal 32');
    expect([row.status, row.oldAll.map((u) => u.label)]).toEqual(['merged', ['Pasal 20', 'Pasal 21']]);
    expect(rowOf('Pasal 31').status).toBe('inserted');
    // Each old Pasal, one paragraph, is named by its Pasal beside the ayat it became.
    expect(partsOf('Pasal 32').slice(0, 2)).toEqual([
      ['changed', 'Pasal 21', 'Pasal 32 ayat (1)'],
      ['changed', 'Pasal 20', 'Pasal 32 ayat (2)'],
    ]);
  });

  it('pairs the ayat and items as they moved: reordered lists, an opening text that became an ayat, items that went to another Pasal', () => {
    // Pasal 14's tasks were reordered (old huruf a, penyelidikan dan penyidikan, is new huruf g) and
    // new ones added; old Pasal 13 huruf e is now its last item, old 14 huruf k went to Pasal 15.
    const p14 = partsOf('Pasal 14');
    expect(p14).toContainEqual(['changed', 'Pasal 14 ayat (1) huruf a', 'Pasal 14 ayat (1) huruf g']);
    expect(p14).toContainEqual(['moved', 'Pasal 13 huruf e', 'Pasal 14 ayat (1) huruf l']);
    expect(p14).toContainEqual(['inserted', null, 'Pasal 14 ayat (1) huruf a']);
    expect(partsOf('Pasal 15')).toContainEqual(['changed', 'Pasal 14 ayat (1) huruf k', 'Pasal 15 ayat (2) huruf j']);
    // Old Pasal 15 opened with a sentence before its ayat (1); new ayat (1) holds both.
    expect(partsOf('Pasal 15')).toContainEqual(['merged', 'Pasal 15 ayat (1) teks pembuka', 'Pasal 15 ayat (1)']);
    // Old Pasal 16 had no ayat; its opening text is new ayat (1), and an ayat (2) was added.
    expect(partsOf('Pasal 16')).toEqual(expect.arrayContaining([
      ['changed', 'Pasal 16 teks pembuka', 'Pasal 16 ayat (1)'],
      ['inserted', null, 'Pasal 16 ayat (2)'],
    ]));
    // Pasal 1's definitions: two new ones inserted between, the two of the armed forces dropped.
    expect(partsOf('Pasal 1').filter(([s]) => s !== 'changed')).toEqual([
      ['inserted', null, 'Pasal 1 angka 2'],
      ['inserted', null, 'Pasal 1 angka 6'],
      ['deleted', 'Pasal 1 angka 12', null],
      ['deleted', 'Pasal 1 angka 13', null],
      ['inserted', null, 'Pasal 1 angka 14'],
    ]);
  });

  it('gives the new text back from its redline with every change accepted', () => {
    const red = comparisonRedline(c, { oldLabel: 'UU 28/1997', newLabel: 'UU 2/2002', date: '2026-12-07T00:00:00Z' });
    const back = compareDocs(NEW, parseText(redlineText(red.paras, 'new')).doc);
    expect(back.pasal).toHaveLength(45);
    expect(back.pasal.filter((r) => r.status !== 'unchanged' || r.parts.some((p) => p.status !== 'unchanged'))).toEqual([]);
  });
});
