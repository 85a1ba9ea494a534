/**
 * Fast path of part alignment: two matched Pasal of the same shape (same number of parts, same
 * kinds and depths) whose parts were edited in place pair their parts by position, without the
 * aligner's search. That is how a drafter edits a Pasal, and it is the aligner's own answer
 * whenever nothing points elsewhere. A part reworded at its place, however much, pairs with its
 * counterpart: "huruf j" rewritten is "huruf j diubah", as an amending instrument would say it.
 * The guards below send every other case to the aligner:
 * - an edited part equals an edited part elsewhere on the other side (a shift: one part deleted,
 *   another inserted). A part that equals its own counterpart does not count: an edited item
 *   worded like another item kept in place (the same item in two lists of one Pasal) is no shift;
 * - two edited neighbours read clearly more like each other's counterpart than like their own
 *   (a shift with edits): by more than `SHIFT_MARGIN`, since edits can make two like items of one
 *   list ("pengawasan tempat hiburan;" / "... tempat usaha;") read a little more alike crosswise;
 * - with shared uids, a part's uid belongs to a part at another place.
 */
import type { Match } from './align';
import type { PartUnit, PasalUnit } from './extract';
import { dice, gramsFor } from './similarity';
import { sameWording, wordingHash } from './part-wording';
import { sameNeutral } from './unit-keys';

/** The aligner's minimum similarity of two parts between the same anchors (`alignParts`). */
export const PART_MIN_SIM = 0.25;

/** How much more alike (sum of two similarities) two neighbours must read crosswise to count as shifted. */
const SHIFT_MARGIN = 0.3;

/** The positional pairing of the parts of `oldP` and `newP`, or null when the aligner must decide. */
export function positionalParts(oldP: PasalUnit, newP: PasalUnit, useUids: boolean): Match[] | null {
  const a = oldP.parts;
  const b = newP.parts;
  if (a.length !== b.length) return null;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as PartUnit;
    const y = b[i] as PartUnit;
    if (x.kind !== y.kind || x.depth !== y.depth) return null;
  }
  if (useUids && uidsPointElsewhere(a, b)) return null;
  const whole = sameNeutral(oldP.tokens, newP.tokens);
  const out: Match[] = [];
  const edited: number[] = [];
  for (let i = 0; i < a.length; i++) {
    if (whole || sameNeutral((a[i] as PartUnit).tokens, (b[i] as PartUnit).tokens)) {
      out.push({ o: i, n: i, sim: 1, by: 'exact' });
      continue;
    }
    const sim = partSim(a[i] as PartUnit, b[i] as PartUnit);
    out.push({ o: i, n: i, sim, by: 'content' });
    edited.push(i);
  }
  if (edited.length === 0) return out;
  if (equalsElsewhere(a, b, edited) || equalsElsewhere(b, a, edited)) return null;
  for (const i of edited) {
    const sim = (out[i] as Match).sim;
    for (const j of [i - 1, i + 1]) {
      // An equal neighbour is the aligner's anchor: it never pairs with another part.
      if (j < 0 || j >= a.length || (out[j] as Match).by === 'exact') continue;
      const crossed = partSim(a[i] as PartUnit, b[j] as PartUnit) + partSim(a[j] as PartUnit, b[i] as PartUnit);
      if (crossed > sim + (out[j] as Match).sim + SHIFT_MARGIN) return null;
    }
  }
  return out;
}

function partSim(x: PartUnit, y: PartUnit): number {
  return dice(gramsFor(x.tokens), gramsFor(y.tokens));
}

/**
 * Some edited part of `xs` is worded (`sameWording`: whatever its punctuation and closing "dan")
 * like an edited part of `ys` at another place: "rehabilitasi." moved up a list is
 * "rehabilitasi; dan" there. Its own counterpart is left out (worded alike, it was only
 * re-punctuated in place), and so are the parts kept unchanged (an edited part worded like a part
 * kept in place repeats it, as the same item in two lists of one Pasal does): no shift.
 */
function equalsElsewhere(xs: readonly PartUnit[], ys: readonly PartUnit[], edited: readonly number[]): boolean {
  // By hash first: most edited parts are worded unlike every other, and then no wording is compared.
  const byHash = new Map<number, PartUnit[]>();
  for (const j of edited) {
    const y = ys[j] as PartUnit;
    const h = wordingHash(y.tokens);
    const same = byHash.get(h);
    if (same) same.push(y);
    else byHash.set(h, [y]);
  }
  for (const i of edited) {
    const x = xs[i] as PartUnit;
    const y = ys[i] as PartUnit;
    if (byHash.get(wordingHash(x.tokens))?.some((z) => z !== y && sameWording(x, z))) return true;
  }
  return false;
}

/** Some part's uid differs from its counterpart's and is found at another place on the other side. */
function uidsPointElsewhere(a: readonly PartUnit[], b: readonly PartUnit[]): boolean {
  let olds: Set<string> | null = null;
  let news: Set<string> | null = null;
  for (let i = 0; i < a.length; i++) {
    const x = (a[i] as PartUnit).uid;
    const y = (b[i] as PartUnit).uid;
    if (x === y) continue;
    olds ??= new Set(a.map((p) => p.uid));
    news ??= new Set(b.map((p) => p.uid));
    if (olds.has(y) || news.has(x)) return true;
  }
  return false;
}
