/**
 * The reading order of the batang tubuh of a comparison: Pasal rows and BAB/Bagian/Paragraf title
 * rows interleaved in the order of the new text, removed units at their old place, and the BAB
 * each row is filed under (the table's BAB filter). One order for the Perbandingan tab and the
 * exported matriks, so the two never disagree.
 *
 * A removed unit stands right after the nearest earlier old unit that survived. Removed whole
 * BAB are the exception: from the first removed BAB title on, the removed run moves forward to
 * the next BAB boundary of the new text (when that comes no later than the next survivor), so
 * the chapters a replacement Perda dropped stand between two new BAB instead of splitting one,
 * and they are filed under their own (removed) BAB, not under the new BAB they would interrupt.
 */
import type { Node } from 'prosemirror-model';

/** Memo of `bodyOrder` per (immutable) document, so the UI's recompare of a draft with one base walks the base once. */
const orders = new WeakMap<Node, ReadonlyMap<string, number>>();

/** Document order of the BAB/Bagian/Paragraf/Pasal of a document's batang tubuh, by uid. */
export function bodyOrder(doc: Node): ReadonlyMap<string, number> {
  let order = orders.get(doc);
  if (order === undefined) {
    order = positionsIn(doc);
    orders.set(doc, order);
  }
  return order;
}

function positionsIn(doc: Node): Map<string, number> {
  const order = new Map<string, number>();
  doc.forEach((top) => {
    if (top.type.name !== 'batangTubuh') return;
    top.descendants((n) => {
      const name = n.type.name;
      if (name === 'bab' || name === 'bagian' || name === 'paragraf' || name === 'pasal') {
        order.set(String(n.attrs.uid), order.size);
        return name !== 'pasal';
      }
      return false;
    });
  });
  return order;
}

/** How the BAB filter names a removed BAB ("BAB IX (dihapus)"), apart from the new BAB of that number. */
export function removedBabLabel(label: string): string {
  return `${label} (dihapus)`;
}

/** Sort key of each removed unit (by old uid), given the new position of every surviving one. */
function removedKeys(oldPos: ReadonlyMap<string, number>, survivorKey: ReadonlyMap<string, number>, removedBab: ReadonlySet<string>, newBabPositions: readonly number[]): Map<string, number> {
  const keys = new Map<string, number>();
  let anchor = -1;
  let run: string[] = [];
  const place = (next: number) => {
    const firstBab = run.findIndex((uid) => removedBab.has(uid));
    // The next BAB boundary after the anchor, if the run may move there without passing a survivor.
    const boundary = firstBab < 0 ? undefined : newBabPositions.find((p) => p > anchor && p <= next);
    run.forEach((uid, i) => {
      if (boundary !== undefined && i >= firstBab) keys.set(uid, boundary - 0.5 + (i + 1) / 1_000_000);
      else keys.set(uid, anchor + (i + 1) / 10_000);
    });
    run = [];
  };
  for (const [uid] of [...oldPos].sort((a, b) => a[1] - b[1])) {
    const k = survivorKey.get(uid);
    if (k === undefined) {
      run.push(uid);
      continue;
    }
    place(k);
    anchor = k;
  }
  place(Number.MAX_SAFE_INTEGER);
  return keys;
}

/** What the ordering reads of a row: its kind, its sides, and the other old units it stands for. */
export interface BodyRow {
  kind?: string;
  old: { uid: string; label: string } | null;
  new: { uid: string; label: string } | null;
  /** Old units merged into this row's new one (a Pasal row), placed with it. */
  oldAll?: ReadonlyArray<{ uid: string }>;
}

/** The positions `bodyOrder` gives the units of the two documents. */
export interface BodyPositions {
  old: ReadonlyMap<string, number>;
  new: ReadonlyMap<string, number>;
}

/** A row in reading order: `side` 'old' is the old place of a row read apart (`orderBody`'s `apart`). */
export interface OrderedRow<T> {
  row: T;
  bab: string | null;
  side?: 'old';
}

/**
 * `rows` (the Pasal rows and title rows of a comparison) in reading order, each with the BAB
 * label it is filed under: its own BAB's for a row of the new text; for a removed row the removed
 * BAB before it ("BAB IX (dihapus)"), if one stands between it and the last row of the new text,
 * else the new text's BAB too.
 *
 * A row `apart` says yes to (a moved unit, in a redline that writes moves) comes twice: at its new
 * place, and at its old place (`side` 'old') placed as a removed unit is; it anchors no removed
 * unit. So the old units read in their old order wherever the new ones stand.
 */
export function orderBody<T extends BodyRow>(pos: BodyPositions, rows: readonly T[], apart?: (row: T) => boolean): Array<OrderedRow<T>> {
  const survivorKey = new Map<string, number>();
  const removedBab = new Set<string>();
  const newBabPositions: number[] = [];
  for (const r of rows) {
    const n = r.new ? pos.new.get(r.new.uid) : undefined;
    if (n === undefined) {
      if (r.kind === 'bab' && r.old) removedBab.add(r.old.uid);
      continue;
    }
    if (r.kind === 'bab') newBabPositions.push(n);
    if (apart?.(r)) continue;
    for (const o of [r.old, ...(r.oldAll ?? [])]) if (o) survivorKey.set(o.uid, n);
  }
  newBabPositions.sort((a, b) => a - b);
  const removedKey = removedKeys(pos.old, survivorKey, removedBab, newBabPositions);
  const oldKey = (r: T) => (r.old ? removedKey.get(r.old.uid) : undefined) ?? Number.MAX_SAFE_INTEGER;
  const keyOf = (r: T) => (r.new ? pos.new.get(r.new.uid) : undefined) ?? oldKey(r);
  const entries: Array<{ r: T; k: number; i: number; side?: 'old' }> = rows.map((r, i) => ({ r, k: keyOf(r), i }));
  if (apart) rows.forEach((r, i) => r.new && r.old && apart(r) && entries.push({ r, k: oldKey(r), i, side: 'old' }));
  entries.sort((a, b) => a.k - b.k || a.i - b.i);
  let bab: string | null = null;
  let removed: string | null = null;
  return entries.map(({ r, side }) => {
    if (side) {
      if (r.kind === 'bab' && r.old) removed = removedBabLabel(r.old.label);
      return { row: r, bab: removed ?? bab, side };
    }
    if (r.new) {
      removed = null;
      if (r.kind === 'bab') bab = r.new.label;
      return { row: r, bab };
    }
    if (r.kind === 'bab' && r.old) removed = removedBabLabel(r.old.label);
    return { row: r, bab: removed ?? bab };
  });
}
