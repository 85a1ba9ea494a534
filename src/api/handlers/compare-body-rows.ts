/**
 * The batang tubuh of the comparison table in reading order, each row filed under its BAB (the
 * table's BAB filter): the order is the core's (`diff/body-order.ts`), shared with the matriks.
 */
import type { Comparison } from '../../diff/index';
import { orderBody } from '../../diff/body-order';
import type { CompareRowView } from '../contract';

/** Lay out `rows` (the Pasal and title rows of `c`) in reading order and set the BAB each stands under (`bab`). */
export function bodyRows(c: Comparison, rows: CompareRowView[]): CompareRowView[] {
  return orderBody(c.bodyOrder, rows).map(({ row, bab }) => {
    row.bab = bab;
    return row;
  });
}
