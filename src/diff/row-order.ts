/**
 * Row order of a comparison: the order of the new document, with every deleted unit placed right
 * after the row holding the nearest earlier old unit that survived (so it appears "at its old
 * place"), or first when nothing before it survived.
 */

/** One row position: a new unit, an old unit, or both. */
export interface RowSlot {
  o: number | null;
  n: number | null;
}

/** Order slots for `newCount` new units, `oldCount` old units and the matches between them (`depths`: of parts, placed as `orderPartRows` says). */
export function orderRows(oldCount: number, newCount: number, matches: ReadonlyArray<{ o: number; n: number }>, hiddenOld: ReadonlySet<number> = new Set(), depths?: PartDepths): RowSlot[] {
  const oldOf = new Int32Array(newCount).fill(-1);
  const newOf = new Int32Array(oldCount).fill(-1);
  for (const m of matches) {
    oldOf[m.n] = m.o;
    newOf[m.o] = m.n;
  }
  const after = new Map<number, number[]>();
  let anchorNew = -1;
  for (let o = 0; o < oldCount; o++) {
    if ((newOf[o] as number) >= 0) anchorNew = newOf[o] as number;
    else if (!hiddenOld.has(o)) {
      if (depths) anchorNew = partAnchor(depths, o, newOf);
      const l = after.get(anchorNew);
      if (l) l.push(o); else after.set(anchorNew, [o]);
    }
  }
  const rows: RowSlot[] = [];
  for (const o of after.get(-1) ?? []) rows.push({ o, n: null });
  for (let n = 0; n < newCount; n++) {
    const o = oldOf[n] as number;
    rows.push({ o: o >= 0 ? o : null, n });
    for (const d of after.get(n) ?? []) rows.push({ o: d, n: null });
  }
  return rows;
}

/**
 * The rows of the parts (ayat, items) of a Pasal pair: as `orderRows`, but a deleted part follows
 * the nearest earlier old part of its own depth or shallower: a sibling after all the parts nested
 * in that one's new counterpart, so a deleted ayat never stands between two items of another ayat
 * (items swapped inside the ayat before it); its parent right after it, so a deleted first item
 * stays first under the ayat it belonged to, not after the items that follow it.
 */
export function orderPartRows(oldDepths: readonly number[], newDepths: readonly number[], matches: ReadonlyArray<{ o: number; n: number }>): RowSlot[] {
  return orderRows(oldDepths.length, newDepths.length, matches, new Set(), { old: oldDepths, new: newDepths });
}

/** The depths of the parts of a Pasal pair, by position on each side. */
interface PartDepths {
  old: readonly number[];
  new: readonly number[];
}

/** The new part after whose row deleted old part `o` stands (`orderPartRows`); -1: first. */
function partAnchor(depths: PartDepths, o: number, newOf: Int32Array): number {
  const depth = depths.old[o] as number;
  for (let k = o - 1; k >= 0; k--) {
    const n = newOf[k] as number;
    const d = depths.old[k] as number;
    // A deleted part under a deleted parent follows that parent.
    if (n < 0 && d < depth) return partAnchor(depths, k, newOf);
    if (n < 0 || d > depth) continue;
    // Its parent survived: it comes first under the parent, where it stood.
    if (d < depth) return n;
    let end = n;
    while (end + 1 < depths.new.length && (depths.new[end + 1] as number) > (depths.new[n] as number)) end++;
    return end;
  }
  return -1;
}

