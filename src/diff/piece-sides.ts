/**
 * The old side of the rows of a split or a merge.
 *
 * Split: what each piece took of the old Pasal. A split row compares its new piece with that
 * portion only (old ayat (3) beside the new Pasal 18 it became), not with the whole old Pasal,
 * which would show the old Pasal once per piece, mostly struck through. The old Pasal is cut at
 * its top-level parts (an ayat with its items, a lead paragraph with its list); each goes to the
 * piece that holds most of its words, and a part found in no piece (deleted in the split) stays
 * with the piece of the part before it.
 *
 * Merge: every old Pasal that went into the new one, in order, each after the first under a line
 * with its own heading ("Pasal 4"), which the merge removed.
 */
import type { PartUnit, PasalUnit } from './extract';
import { joinParts } from './extract';
import { containment, gramsFor, gramsOf } from './similarity';
import { tokenize } from './tokenize';

/** Share of a part's grams a piece must hold to take the part. */
const HELD = 0.5;

/** The old parts one piece took, and the old parts before them (in the old Pasal's order). */
export interface SplitPortion {
  parts: readonly PartUnit[];
  before: readonly PartUnit[];
}

/** The parts of `whole` cut into top-level groups: a part at depth 0 and the deeper ones after it. */
function topLevelGroups(whole: PasalUnit): PartUnit[][] {
  const groups: PartUnit[][] = [];
  for (const p of whole.parts) {
    const last = groups[groups.length - 1];
    if (p.depth === 0 || !last) groups.push([p]);
    else last.push(p);
  }
  return groups;
}

/** The piece holding the most of `group` (at least `HELD` of its grams), or -1. */
function holder(group: readonly PartUnit[], pieceGrams: readonly Uint32Array[]): number {
  const grams = gramsOf(joinParts(group));
  let best = -1;
  let bestHeld = 0;
  pieceGrams.forEach((g, i) => {
    const held = containment(grams, g);
    if (held >= HELD && held > bestHeld) {
      best = i;
      bestHeld = held;
    }
  });
  return best;
}

/**
 * For `whole` split into `pieces` (in new-document order), the portion of it each piece took;
 * null, so that each piece is compared with the whole Pasal, when it cannot be cut so (one
 * top-level part, a piece that takes nothing, or a piece whose parts are not one run).
 */
export function splitPortions(whole: PasalUnit, pieces: readonly PasalUnit[]): SplitPortion[] | null {
  const groups = topLevelGroups(whole);
  if (groups.length < 2) return null;
  const pieceGrams = pieces.map((p) => gramsFor(p.tokens));
  const pieceOf: number[] = [];
  for (const group of groups) {
    const found = holder(group, pieceGrams);
    pieceOf.push(found >= 0 ? found : (pieceOf[pieceOf.length - 1] ?? 0));
  }
  const portions: SplitPortion[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const first = pieceOf.indexOf(i);
    const last = pieceOf.lastIndexOf(i);
    if (first < 0 || pieceOf.slice(first, last + 1).some((p) => p !== i)) return null;
    portions.push({ parts: groups.slice(first, last + 1).flat(), before: groups.slice(0, first).flat() });
  }
  return portions;
}

/** The parts of the old Pasal `merged` (in order) as one old side: each after the first led by a line with its heading. */
export function mergedParts(merged: readonly PasalUnit[]): PartUnit[] {
  const out: PartUnit[] = [];
  merged.forEach((p, i) => {
    if (i > 0) out.push({ uid: p.uid, kind: 'para', label: p.label, marker: '', depth: 0, indent: 0, tokens: tokenize(p.label) });
    out.push(...p.parts);
  });
  return out;
}
