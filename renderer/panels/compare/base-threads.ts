/**
 * Comments on the old text in the comparison table (pure): which row shows a base unit (by the
 * unit's uid, or the first of its enclosing units that has a row), and the base-side threads
 * of each row, for the badge in the old column and for scrolling to a thread's row.
 */
import type { CompareRowView, ThreadView } from '../../../src/api/contract';

/** Row key of every base uid the rows show (the Pasal, the units of a split/merge, changed ayat). */
export function rowKeysByOldUid(rows: readonly CompareRowView[]): Map<string, string> {
  const out = new Map<string, string>();
  const add = (uid: string | undefined, key: string) => {
    if (uid && !out.has(uid)) out.set(uid, key);
  };
  for (const r of rows) {
    add(r.old?.uid, r.key);
    for (const s of r.oldAll) add(s.uid, r.key);
    for (const p of r.parts) add(p.old?.uid, r.key);
  }
  return out;
}

/** The uids to look for, innermost first: the unit the thread sits on, then its anchor's ancestors. */
export function focusUids(t: ThreadView): string[] {
  const own = t.placement.state === 'anchored' ? [t.placement.unitUid] : [];
  return [...own, t.anchor.unitUid, ...[...t.anchor.ancestors].reverse()];
}

/** The row key for the first of `uids` that has a row, or null. */
export function rowKeyFor(
  byUid: ReadonlyMap<string, string>,
  uids: readonly string[],
): string | null {
  for (const uid of uids) {
    const key = byUid.get(uid);
    if (key) return key;
  }
  return null;
}

/** The ids of the anchored base-side threads of each row (by row key). */
export function baseThreadsByRow(
  rows: readonly CompareRowView[],
  threads: readonly ThreadView[],
): Map<string, string[]> {
  const byUid = rowKeysByOldUid(rows);
  const out = new Map<string, string[]>();
  for (const t of threads) {
    if (t.side !== 'base' || t.placement.state !== 'anchored') continue;
    const key = rowKeyFor(byUid, focusUids(t));
    if (key) out.set(key, [...(out.get(key) ?? []), t.id]);
  }
  return out;
}
