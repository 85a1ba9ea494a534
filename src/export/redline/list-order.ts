/**
 * The order of a list part in a redline that writes moves: Menimbang and Mengingat items and the
 * Penjelasan's entries. The comparison lists them in the new text's order, removed ones at their
 * old place; the items out of their old order (the heaviest chain of old numbers, `order.ts`,
 * leaves them out) come twice, at their new place and at their old one, so that the old items
 * read in their old order as the new ones read in theirs. An item's old place is read from its
 * number ("Mengingat angka 13", "Menimbang huruf c", "Penjelasan Pasal 7A").
 */
import { orderBody, type BodyRow, type OrderedRow } from '../../diff/body-order';
import { heaviestChain } from '../../diff/order';
import { fromRoman } from '../../model/roman';

/** Where a label's number puts its unit in its list (7A after 7, huruf aa after z), or null for a label without one. */
export function labelPlace(label: string): number | null {
  const arabic = /(\d+)([A-Z]*)$/.exec(label);
  if (arabic) return Number(arabic[1]) + letterPlace((arabic[2] ?? '').toLowerCase()) / 1000;
  const huruf = /huruf ([a-z]+)$/.exec(label);
  if (huruf) return letterPlace(huruf[1] as string);
  const roman = /Pasal ([IVXLC]+)$/.exec(label);
  return roman ? fromRoman(roman[1] as string) : null;
}

/** a = 1, z = 26, aa = 27 …; "" = 0. */
function letterPlace(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 96);
  return n;
}

/**
 * `rows` of one list part in redline order, with the rows out of their old order (`side` 'old')
 * at their old place too; `moved` tells which rows that is (empty where every row kept its order,
 * or where the old numbers cannot tell: a label without a number, two alike). Where rows could
 * read moved either way, those `rather` says yes to are taken (a Penjelasan entry whose Pasal the
 * batang tubuh shows moved).
 */
export function listOrder<T extends BodyRow>(rows: readonly T[], rather: (row: T) => boolean = () => false): { order: Array<OrderedRow<T>>; moved: ReadonlySet<T> } {
  const asThey = { order: rows.map((row) => ({ row, bab: null })), moved: new Set<T>() };
  const olds = rows.filter((r) => r.old);
  const places = olds.map((r) => labelPlace((r.old as { label: string }).label));
  if (places.some((p) => p === null) || new Set(places).size !== places.length) return asThey;
  const rank = new Map(olds.map((r, i) => [r, places[i] as number]));
  const rankOf = new Map([...rank.values()].sort((a, b) => a - b).map((p, i) => [p, i]));
  const oldPos = new Map<string, number>();
  for (const [r, p] of rank) oldPos.set((r.old as { uid: string }).uid, rankOf.get(p) as number);
  const newPos = new Map<string, number>();
  rows.forEach((r) => r.new && newPos.set(r.new.uid, newPos.size));
  const both = rows.filter((r) => r.old && r.new);
  const chain = heaviestChain(both.map((r) => ({ o: oldPos.get((r.old as { uid: string }).uid) as number, n: newPos.get((r.new as { uid: string }).uid) as number, w: rather(r) ? 2 : 3 })));
  const moved = new Set(both.filter((_, i) => !chain.has(i)));
  if (moved.size === 0) return asThey;
  return { order: orderBody({ old: oldPos, new: newPos }, rows, (r) => moved.has(r)), moved };
}
