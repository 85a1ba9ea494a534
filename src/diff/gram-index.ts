/**
 * Posting lists of rare grams for the aligner's candidate search: for each gram held by at most
 * `maxDf` of the indexed units, those units in ascending order. Two builds with the same result:
 * a hash table for small inputs (the parts of one Pasal: it stays in cache), a sort of packed
 * numbers for large ones (the Pasal of a document: a big table would miss the cache on every
 * probe).
 */
import { GramCounts } from './gram-counts';
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

/** Inputs (grams of all indexed units) up to which the hash-table build is used. */
const SMALL_INDEX = 4096;

/** Index the grams of the units `grams(i)` for every `i` in `unitIds` (ascending). */
export function gramIndex(unitIds: readonly number[], grams: (i: number) => Grams, maxDf: number): GramIndex {
  let total = 0;
  for (const i of unitIds) total += grams(i).length;
  return total <= SMALL_INDEX ? tableIndex(unitIds, grams, maxDf, total) : sortedIndex(unitIds, grams, maxDf, total);
}

/** Count each gram in a hash table, give each rare one its range, then fill the ranges in unit order. */
function tableIndex(unitIds: readonly number[], grams: (i: number) => Grams, maxDf: number, total: number): GramIndex {
  const table = new GramCounts(total);
  for (const i of unitIds) table.addAll(grams(i));
  const start = new Int32Array(table.slots).fill(-1);
  let next = 0;
  for (let slot = 0; slot < table.slots; slot++) {
    const n = table.countAt(slot);
    if (n === 0 || n > maxDf) continue;
    start[slot] = next;
    next += n;
  }
  const units = new Uint32Array(next);
  const filled = new Int32Array(table.slots);
  for (const i of unitIds) {
    const gs = grams(i);
    for (let x = 0; x < gs.length; x++) {
      const slot = table.slotOf(gs[x] as number);
      const at = start[slot] as number;
      if (at < 0) continue;
      units[at + (filled[slot] as number)] = i;
      filled[slot] = (filled[slot] as number) + 1;
    }
  }
  return {
    units,
    runOf(gram) {
      const slot = table.slotOf(gram);
      const at = slot < 0 ? -1 : (start[slot] as number);
      return at < 0 ? -1 : (at + table.countAt(slot)) * RUN_SCALE + at;
    },
  };
}

/** Sort (gram, unit) pairs packed in one typed array, then cut it into runs. */
function sortedIndex(unitIds: readonly number[], grams: (i: number) => Grams, maxDf: number, total: number): GramIndex {
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
