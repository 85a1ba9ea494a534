/**
 * The `data-key` of a part row (an ayat, item or paragraph of a Pasal shown part by part) and
 * its reading back: the key of the Pasal's row and the part's index in its `partRows`.
 */

/** The `data-key` of part `i` of the row with `rowKey` (F8 scrolls to it). */
export function partKey(rowKey: string, i: number): string {
  return `${rowKey}-p${i}`;
}

/** The row key and part index a part row's `data-key` was made of, or null for a row's own key. */
export function partOfKey(key: string): { rowKey: string; part: number } | null {
  const m = /^(.+)-p(\d+)$/.exec(key);
  return m ? { rowKey: m[1] as string, part: Number(m[2]) } : null;
}
