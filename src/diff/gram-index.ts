/**
 * Posting lists of rare grams for the aligner's candidate search: for each gram held by at most
 * `maxDf` of the indexed units, those units in ascending order, built by sorting (gram, unit)
 * pairs packed in one typed array (no per-gram arrays).
 */
import type { Grams } from './similarity';

/** Postings of rare grams; `runs` gives a gram's range of `units`. */
export interface GramIndex {
  /** The units of each posting list, list after list. */
  units: Uint32Array;
  /** By gram: the range [start, end) of `units` holding the units with it, packed as end * RUN_SCALE + start; none when the gram is not indexed. */
  runs: ReadonlyMap<number, number>;
}

/** Packing of a run [start, end) in one number: end * RUN_SCALE + start. */
export const RUN_SCALE = 2 ** 26;

/** Index the grams of the units: `grams[k]` are those of unit `unitIds[k]` (ids ascending). */
export function gramIndex(grams: readonly Grams[], unitIds: readonly number[], maxDf: number): GramIndex {
  let total = 0;
  for (const gs of grams) total += gs.length;
  // gram * 2^20 + unit index fits a double exactly (52 bits).
  const pairs = new Float64Array(total);
  let k = 0;
  for (let u = 0; u < unitIds.length; u++) {
    const gs = grams[u] as Grams;
    const i = unitIds[u] as number;
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
  return { units, runs };
}
