/**
 * The old side of the rows of a split or a merge.
 *
 * Split: what each piece took of the old Pasal. A split row compares its new piece with that
 * portion only (old ayat (3) beside the new Pasal 18 it became), not with the whole old Pasal,
 * which would show the old Pasal once per piece, mostly struck through. The old Pasal is cut at
 * its top-level parts (an ayat with its items, a lead paragraph with its list), or at its list's
 * items when it is one lead paragraph and its list; each goes to the piece that holds most of its
 * words, and a part found in no piece (deleted in the split) stays with the piece of the part
 * before it.
 *
 * Merge: every old Pasal that went into the new one, in order, each after the first under a line
 * with its own heading ("Pasal 4"), which the merge removed.
 */
import type { PasalUnit } from './extract';
import { joinParts, type PartUnit } from './pasal-parts';
import { mappedKeys, type RefMaps } from './references';
import { containment, gramsFor, gramsOf, type Grams } from './similarity';
import { tokenize, type Token } from './tokenize';

/** Share of a part's grams a piece must hold to take the part. */
const HELD = 0.5;

/** The old parts one piece took, and the old parts before them (in the old Pasal's order). */
export interface SplitPortion {
  parts: readonly PartUnit[];
  before: readonly PartUnit[];
}

/** The parts of `whole` cut into groups: each part at most `depth` deep with the deeper ones after it. */
function groupsAt(whole: PasalUnit, depth: number): PartUnit[][] {
  const groups: PartUnit[][] = [];
  for (const p of whole.parts) {
    const last = groups[groups.length - 1];
    if (p.depth <= depth || !last) groups.push([p]);
    else last.push(p);
  }
  return groups;
}

/**
 * The parts of `whole` cut where a split may fall: at its top-level parts (an ayat with its
 * items), or, for a Pasal that is one lead sentence and its list, at the list's items.
 */
function cutGroups(whole: PasalUnit): PartUnit[][] {
  const top = groupsAt(whole, 0);
  return top.length >= 2 ? top : groupsAt(whole, 1);
}

/** The piece holding the most of `group` (at least `HELD` of its grams), or -1. */
function holder(group: readonly PartUnit[], pieceGrams: readonly Grams[]): number {
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
 * part, a piece that takes nothing, or a piece whose parts are not one run).
 */
export function splitPortions(whole: PasalUnit, pieces: readonly PasalUnit[]): SplitPortion[] | null {
  const groups = cutGroups(whole);
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

/** The old side of a merge: its parts, their tokens, and the keys they are compared by. */
export interface MergedSide {
  parts: PartUnit[];
  tokens: Token[];
  keys: string[];
}

/**
 * The old Pasal `merged` (in order) as one old side, each after the first led by a line with its
 * heading; the tokens are keyed with the references mapped to new numbers (`mappedKeys`, with
 * `ownPasal` the first Pasal's number), except the headings', which keep the number they print.
 */
export function mergedSide(merged: readonly PasalUnit[], maps: RefMaps, ownPasal: string): MergedSide {
  const parts: PartUnit[] = [];
  const headings = new Set<Token>();
  merged.forEach((p, i) => {
    if (i > 0) {
      const tokens = tokenize(p.label);
      for (const t of tokens) headings.add(t);
      parts.push({ uid: p.uid, kind: 'para', label: p.label, marker: '', depth: 0, indent: 0, tokens, heading: true });
    }
    parts.push(...p.parts);
  });
  const tokens = joinParts(parts);
  const keys = mappedKeys(tokens, maps, ownPasal);
  tokens.forEach((t, i) => {
    if (headings.has(t)) keys[i] = t.k;
  });
  return { parts, tokens, keys };
}
