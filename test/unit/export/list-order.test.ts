/**
 * The order of a list part in a redline that writes moves (`list-order.ts`): an item's old place
 * read from its number, and the items out of their old order written at both places.
 */
import { describe, expect, it } from 'vitest';
import type { BodyRow } from '../../../src/diff/body-order';
import { labelPlace, listOrder } from '../../../src/export/redline/list-order';

/** A Mengingat row: old item `o` and new item `n` by number (null: that side has none). */
const item = (o: number | null, n: number | null): BodyRow => ({
  kind: 'dasarHukum',
  old: o === null ? null : { uid: `o${o}`, label: `Mengingat angka ${o}` },
  new: n === null ? null : { uid: `n${n}`, label: `Mengingat angka ${n}` },
});
const read = (order: ReturnType<typeof listOrder>['order']) => order.map(({ row, side }) => `${row.old?.uid ?? '-'}>${row.new?.uid ?? '-'}${side ? ' (o)' : ''}`);

describe('labelPlace', () => {
  it('reads the number of a list item or a Penjelasan entry, letters and inserted numbers in their place', () => {
    expect(labelPlace('Mengingat angka 13')).toBe(13);
    expect(labelPlace('Menimbang huruf c')).toBe(3);
    expect(labelPlace('Menimbang huruf aa')).toBe(27);
    expect(labelPlace('Penjelasan Pasal 7A')).toBeGreaterThan(7);
    expect(labelPlace('Penjelasan Pasal 7A')).toBeLessThan(8);
    expect(labelPlace('Penjelasan Pasal II')).toBe(2);
    expect(labelPlace('Penjelasan Umum')).toBeNull();
  });
});

describe('listOrder', () => {
  it('leaves a list whose items kept their order as the comparison gives it', () => {
    const rows = [item(1, 1), item(null, 2), item(2, 3), item(3, null)];
    const { order, moved } = listOrder(rows);
    expect(moved.size).toBe(0);
    expect(read(order)).toEqual(['o1>n1', '->n2', 'o2>n3', 'o3>-']);
  });

  it('writes an item that moved up at its new place and again at its old one (Surabaya: old Mengingat 7 is new 5)', () => {
    // Old 1 2 3 4 5 6 7; new: 7 moved between 2 and 3, old 4 deleted.
    const rows = [item(1, 1), item(2, 2), item(7, 3), item(3, 4), item(4, null), item(5, 5), item(6, 6)];
    const { order, moved } = listOrder(rows);
    expect([...moved].map((r) => r.old?.uid)).toEqual(['o7']);
    expect(read(order)).toEqual(['o1>n1', 'o2>n2', 'o7>n3', 'o3>n4', 'o4>-', 'o5>n5', 'o6>n6', 'o7>n3 (o)']);
  });

  it('takes, of two items that swapped, the one it is told to read moved', () => {
    const rows = [item(2, 1), item(1, 2)];
    expect([...listOrder(rows, (r) => r.old?.uid === 'o1').moved].map((r) => r.old?.uid)).toEqual(['o1']);
    expect([...listOrder(rows, (r) => r.old?.uid === 'o2').moved].map((r) => r.old?.uid)).toEqual(['o2']);
  });

  it('moves nothing where the old numbers cannot tell the order (a label without a number)', () => {
    const rows: BodyRow[] = [{ kind: 'penjelasanUmum', old: { uid: 'u', label: 'Penjelasan Umum' }, new: { uid: 'v', label: 'Penjelasan Umum' } }, item(2, 1), item(1, 2)];
    expect(listOrder(rows).moved.size).toBe(0);
  });
});
