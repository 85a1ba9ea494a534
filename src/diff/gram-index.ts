/**
 * Posting lists of rare grams for the aligner's candidate search: for each gram held by at most
 * `maxDf` of the indexed units, those units in ascending order, built by sorting (gram, unit)
 * pairs packed in one typed array (no per-gram arrays).
 */
import type { Grams } from './similarity';

/** Postings of rare grams; `runOf` gives a gram's range of `units`. */
export interface GramIndex {
  /** The units of each posting list, list after list. */
  units: Uint32Array;
  /** The range [start, end) of `units` holding the units with `gram`, packed as end * RUN_SCALE + start; -1 when the gram is not indexed. */
  runOf(gram: number): number;
}

/** Packing of a run [start, end) in one number: end * RUN_SCALE + start. */
export const RUN_SCALE = 2 ** 26;

/** Index the grams of the units `grams(i)` for every `i` in `unitIds` (ascending). */
export function gramIndex(unitIds: readonly number[], grams: (i: number) => Grams, maxDf: number): GramIndex {
  let total = 0;
  for (const i of unitIds) total += grams(i).length;
  // gram * 2^20 + unit index fits a double exactly (52 bits).
  const pairs = new Float64Array(total);
  let k = 0;
  for (const i of unitIds) {
    const gs = grams(i);
    for (let x = 0; x < gs.length; x++) pairs[k++] = (gs[x] as number) * 1048576 + i;
  }
  pairs.sort();
  const units = new Uint32Array(total);
  const runs = new Map<number, number>();
  let start = 0;
  for (let p = 0; p <= total; p++) {
    const g = p < total ? Math.floor((pairs[p] as number) / 1048576) : -1;
    if (p > 0 && (p === total || g !== Math.floor((pairs[start] as number) / 1048576))) {
      if (p - start <= maxDf) runs.set(Math.floor((pairs[start] as number) / 1048576), p * RUN_SCALE + start);
      start = p;
    }
    if (p < total) units[p] = (pairs[p] as number) % 1048576;
  }
  return { units, runOf: (gram) => runs.get(gram) ?? -1 };
}
