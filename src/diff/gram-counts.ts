/**
 * A count per gram hash in flat typed arrays (open addressing): how many units hold each gram,
 * which the aligner needs to weigh grams by rarity. Gram hashes are 32-bit FNV values, mostly
 * beyond the small-integer range, so a `Map<number, number>` boxes every key; this table does not.
 */
import type { Grams } from './similarity';

/** Counts of gram hashes. */
export class GramCounts {
  readonly #keys: Uint32Array;
  readonly #counts: Int32Array;
  readonly #mask: number;

  /** A table for at most `capacity` distinct grams. */
  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.#keys = new Uint32Array(size);
    this.#counts = new Int32Array(size);
    this.#mask = size - 1;
  }

  /** The slot of `gram`: where it is counted, or the empty slot where it would go. */
  #find(gram: number): number {
    const keys = this.#keys;
    const counts = this.#counts;
    let i = (gram ^ (gram >>> 16)) & this.#mask;
    while (counts[i] !== 0 && keys[i] !== gram) i = (i + 1) & this.#mask;
    return i;
  }

  /** Count `gram` once more. */
  add(gram: number): void {
    const i = this.#find(gram);
    this.#keys[i] = gram;
    this.#counts[i] = (this.#counts[i] as number) + 1;
  }

  /** Count every gram of a sorted, de-duplicated set once. */
  addAll(grams: Grams): void {
    for (let i = 0; i < grams.length; i++) this.add(grams[i] as number);
  }

  /** How often `gram` was counted (0 when never). */
  count(gram: number): number {
    return this.#counts[this.#find(gram)] as number;
  }
}

/**
 * One table kept for the life of the module. V8 keeps an object shape made by adding fields (a
 * class's instances) only while an object has it; when the last table of a comparison is
 * collected, every compiled function that reads tables is discarded with it and compiled again
 * in the next comparison. This one keeps the shape alive.
 */
export const KEPT_GRAM_COUNTS_SHAPE = new GramCounts(0);
