/**
 * The reading order of a redline that writes moves (`orderBody` with `apart`): a unit that moved
 * stands at its new place and again at its old one, and the removed units after it follow its old
 * place, so that the old units read in their old order and the new ones in their new order.
 */
import { describe, expect, it } from 'vitest';
import { orderBody, type BodyRow } from '../../../src/diff/body-order';

const ref = (uid: string) => ({ uid, label: uid });
/** A row of old unit `o` and new unit `n` (null: that side has none). */
const row = (o: string | null, n: string | null, kind = 'pasal'): BodyRow => ({ kind, old: o ? ref(o) : null, new: n ? ref(n) : null });
const positions = (uids: string[]) => new Map(uids.map((u, i) => [u, i]));

/** The order read as "old>new" names, an old place written "(o)". */
function names(rows: BodyRow[], pos: { old: Map<string, number>; new: Map<string, number> }, apart?: (r: BodyRow) => boolean): string[] {
  return orderBody(pos, rows, apart).map(({ row: r, side }) => `${r.old?.uid ?? '-'}>${r.new?.uid ?? '-'}${side ? ' (o)' : ''}`);
}

describe('orderBody with moves written apart', () => {
  // Old: P1 P2 P3 P4. New: P1 P4 P2. P2 moved after P4, P3 was deleted.
  const rows = [row('o1', 'n1'), row('o4', 'n2'), row('o2', 'n3'), row('o3', null)];
  const pos = { old: positions(['o1', 'o2', 'o3', 'o4']), new: positions(['n1', 'n2', 'n3']) };
  const moved = (r: BodyRow) => r.old?.uid === 'o2';

  it('places a removed unit after the moved one, at the moved one\'s new place, when moves are not apart', () => {
    expect(names(rows, pos)).toEqual(['o1>n1', 'o4>n2', 'o2>n3', 'o3>-']);
  });

  it('shows the moved unit at its old place too, with the removed unit that followed it there', () => {
    const order = names(rows, pos, moved);
    expect(order).toEqual(['o1>n1', 'o2>n3 (o)', 'o3>-', 'o4>n2', 'o2>n3']);
    // Read as the old text (old places, removed and kept units) and as the new one (new places).
    const entries = orderBody(pos, rows, moved);
    expect(entries.filter((e) => e.side === 'old' || (e.row.old && !moved(e.row))).map((e) => e.row.old?.uid)).toEqual(['o1', 'o2', 'o3', 'o4']);
    expect(entries.filter((e) => e.row.new && !e.side).map((e) => e.row.new?.uid)).toEqual(['n1', 'n2', 'n3']);
  });

  it('puts a Pasal that went to the next BAB back before that BAB\'s title at its old place', () => {
    // Old: BAB I, P1, P2, BAB II, P3. New: BAB I, P1, BAB II, P2, P3 (P2 now opens BAB II).
    const withBab = [row('b1', 'c1', 'bab'), row('o1', 'n1'), row('b2', 'c2', 'bab'), row('o2', 'n2'), row('o3', 'n3')];
    const p = { old: positions(['b1', 'o1', 'o2', 'b2', 'o3']), new: positions(['c1', 'n1', 'c2', 'n2', 'n3']) };
    expect(names(withBab, p, (r) => r.old?.uid === 'o2')).toEqual(['b1>c1', 'o1>n1', 'o2>n2 (o)', 'b2>c2', 'o2>n2', 'o3>n3']);
  });
});
