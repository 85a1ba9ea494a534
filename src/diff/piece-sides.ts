/**
 * The old side of the rows of a split or a merge.
 *
 * Split: what each piece took of the old Pasal. A split row compares its new piece with that
 * portion only (old ayat (3) beside the new Pasal 18 it became), not with the whole old Pasal,
 * which would show the old Pasal once per piece, mostly struck through. The old Pasal is cut at
 * its top-level parts (an ayat with its items, a lead paragraph with its list), inside an ayat
 * whose items went to several pieces at those items, or at its list's items when it is one lead
 * paragraph and its list; each goes to the piece that holds most of its words, and a part found
 * in no piece (deleted in the split) stays with the piece of the part before it. A piece whose
 * parts are not one run (it kept the Pasal while another took from its middle) shows the whole.
 *
 * Merge: every old Pasal that went into the new one, in order, each after the first under a line
 * with its own heading ("Pasal 4"), which the merge removed.
 */
import type { PasalUnit } from './extract';
import { joinParts, type PartUnit } from './pasal-parts';
import { mappedKeys, type RefMaps } from './references';
import { containment, gramsFor, gramsOf, type Grams } from './similarity';
import { tokenize, type Token } from './tokenize';
import { sameNeutral } from './unit-keys';

/** Share of a part's grams a piece must hold to take the part. */
const HELD = 0.5;

/** The old parts one piece took, and the old parts before them (in the old Pasal's order). */
export interface SplitPortion {
  parts: readonly PartUnit[];
  before: readonly PartUnit[];
}

/** `parts` cut into groups: each part at most `depth` deep with the deeper ones after it. */
function groupsAt(parts: readonly PartUnit[], depth: number): PartUnit[][] {
  const groups: PartUnit[][] = [];
  for (const p of parts) {
    const last = groups[groups.length - 1];
    if (p.depth <= depth || !last) groups.push([p]);
    else last.push(p);
  }
  return groups;
}

/**
 * The piece holding the most of `group` (at least `HELD` of its grams), or -1. Of pieces that hold
 * all of it alike, one that has its first part word for word as a part of its own: a short item
 * ("mengasuransikan terhadap kehilangan kendaraan;") is also held by a piece that repeats its
 * words in a sentence of another ayat; else the first.
 */
function holder(group: readonly PartUnit[], pieces: readonly PasalUnit[], pieceGrams: readonly Grams[]): number {
  const grams = gramsOf(joinParts(group));
  const head = group[0] as PartUnit;
  let best = -1;
  let bestHeld = 0;
  pieceGrams.forEach((g, i) => {
    const held = containment(grams, g);
    if (held < HELD) return;
    if (held > bestHeld || (held === bestHeld && !hasPart(pieces[best] as PasalUnit, head) && hasPart(pieces[i] as PasalUnit, head))) {
      best = i;
      bestHeld = held;
    }
  });
  return best;
}

/** `piece` has a part with the words of `part`. */
function hasPart(piece: PasalUnit, part: PartUnit): boolean {
  return piece.parts.some((p) => sameNeutral(p.tokens, part.tokens));
}

/** The piece of each group (`holder`); a group found in no piece goes with the group before it. */
function piecesOf(groups: readonly (readonly PartUnit[])[], pieces: readonly PasalUnit[], pieceGrams: readonly Grams[]): number[] {
  const out: number[] = [];
  for (const group of groups) {
    const found = holder(group, pieces, pieceGrams);
    out.push(found >= 0 ? found : (out[out.length - 1] ?? 0));
  }
  return out;
}

/**
 * The parts of `whole` cut where a split may fall: at its top-level parts (an ayat with its
 * items), and inside an ayat whose items went to more than one piece, at those items; for a
 * Pasal that is one lead sentence and its list, at the list's items.
 */
function cutGroups(whole: PasalUnit, pieces: readonly PasalUnit[], pieceGrams: readonly Grams[]): PartUnit[][] {
  const top = groupsAt(whole.parts, 0);
  if (top.length < 2) return groupsAt(whole.parts, 1);
  return top.flatMap((group) => {
    if (group.length < 3) return [group];
    const items = groupsAt(group, (group[0] as PartUnit).depth + 1);
    return new Set(piecesOf(items, pieces, pieceGrams)).size > 1 ? items : [group];
  });
}

/**
 * For `whole` split into `pieces` (in new-document order), the portion of it each piece took,
 * or null for a piece whose parts are not one run (it is compared with the whole Pasal: a
 * piece that kept the Pasal's place while another took ayat or items from its middle). Null for
 * every piece when the Pasal cannot be cut so (one part, or a piece that takes nothing).
 */
export function splitPortions(whole: PasalUnit, pieces: readonly PasalUnit[]): Array<SplitPortion | null> | null {
  const pieceGrams = pieces.map((p) => gramsFor(p.tokens));
  const groups = cutGroups(whole, pieces, pieceGrams);
  if (groups.length < 2) return null;
  const pieceOf = piecesOf(groups, pieces, pieceGrams);
  const portions: Array<SplitPortion | null> = [];
  for (let i = 0; i < pieces.length; i++) {
    const first = pieceOf.indexOf(i);
    const last = pieceOf.lastIndexOf(i);
    if (first < 0) return null;
    const oneRun = pieceOf.slice(first, last + 1).every((p) => p === i);
    portions.push(oneRun ? { parts: groups.slice(first, last + 1).flat(), before: groups.slice(0, first).flat() } : null);
  }
  return portions;
}

/** The old side of a merge: its parts, their tokens, and the keys they are compared by. */
export interface MergedSide {
  parts: PartUnit[];
  tokens: Token[];
  keys: string[];
}

/** True when the only part of `p` is one unnumbered paragraph: its whole text, which notes name by the Pasal ("Pasal 20", not "Pasal 20 (teks 1)"). */
function wholeText(p: PasalUnit): boolean {
  return p.parts.length === 1 && (p.parts[0] as PartUnit).kind === 'para';
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
    parts.push(...(wholeText(p) ? [{ ...(p.parts[0] as PartUnit), label: p.label }] : p.parts));
  });
  const tokens = joinParts(parts);
  const keys = mappedKeys(tokens, maps, ownPasal);
  tokens.forEach((t, i) => {
    if (headings.has(t)) keys[i] = t.k;
  });
  return { parts, tokens, keys };
}
