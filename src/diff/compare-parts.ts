/**
 * Inside a matched Pasal: align its ayat, list items and loose paragraphs, classify each, and
 * build the Pasal's redline from the parts' word diffs (markers on their own lines).
 */
import { preferSubjects } from './subject-parts';
import { alignUnits, type Match } from './align';
import type { PartUnit, PasalUnit } from './extract';
import { heaviestChain } from './order';
import { refsAsWritten, textDiff, type RefMaps } from './references';
import { sameCanonical } from './tokenize';
import { unitRef } from './render';
import { orderPartRows } from './row-order';
import { citedGramsOf, gramsFor, lazyGrams } from './similarity';
import { matchedStatus } from './status';
import { bareMarker, neutralKey, rawKey, sameNeutral } from './unit-keys';
import { placeholderMatches, placeholderStatus, readsDihapus, type NumberedText } from './placeholder';
import { PART_MIN_SIM, positionalParts } from './positional-parts';
import { sameMarkerParts } from './same-marker-parts';
import { withoutWeakMoves } from './weak-part-moves';
import { nameRepointed } from './repointed';
import { citedPartsAgree } from './cited-parts';
import type { CrossMove, CrossMoves } from './cross-moves';
import { NO_PIECES, type PartPieces } from './part-pieces';
import type { PartRow, Segment, UnitRef } from './types';
import { appendSegment, changedSegments, equalSegments, wholeSegments } from './word-diff';

/** The aligner's minimum similarity of two parts outside the same gap; a part out of order must reach it too (`weak-part-moves.ts`). */
const PART_FIRM_SIM = 0.5;

/** Align the parts of two matched Pasal. */
export function alignParts(oldP: PasalUnit, newP: PasalUnit, useUids: boolean): Match[] {
  const fast = positionalParts(oldP, newP, useUids);
  if (fast) return fast;
  // In an amending instrument's Pasal I the references cite the Perda it amends: their numbers
  // tell the change items apart ("Pasal 3 diubah, sehingga Pasal 3 berbunyi …" is not Pasal 2's).
  const cites = oldP.amends === true || newP.amends === true;
  const toAlign = (p: PartUnit) => ({ uid: p.uid, key: cites ? rawKey(p.tokens) : neutralKey(p.tokens), kind: p.kind, grams: lazyGrams(p.tokens, cites ? citedGramsOf : gramsFor), num: p.marker });
  const aligned = preferSubjects(oldP.parts, newP.parts, alignUnits(oldP.parts.map(toAlign), newP.parts.map(toAlign), { useUids, minSim: PART_FIRM_SIM, minGapSim: PART_MIN_SIM, window: 6 }));
  const cited = citedPartsAgree(oldP.parts, newP.parts, withoutWeakMoves(oldP.parts, newP.parts, aligned, PART_FIRM_SIM));
  const matches = cited.matches;
  matches.push(...sameMarkerParts(oldP.parts, newP.parts, matches, cited.spokenFor));
  if (newP.parts.some((p) => readsDihapus(p.tokens)) || oldP.parts.some((p) => readsDihapus(p.tokens))) matches.push(...placeholderMatches(oldP.parts.map(numberedPart), newP.parts.map(numberedPart), matches));
  return matches;
}

/** A part as placeholder pairing sees it (loose paragraphs have no number and never pair). */
function numberedPart(p: PartUnit): NumberedText {
  return { number: p.kind === 'para' ? '' : bareMarker(p.marker), kind: p.kind, placeholder: readsDihapus(p.tokens) };
}

/** Old ayat number -> new ayat number, from part matches (and ayat merged into another, `mergedInto`); ayat an amending instrument quotes keep their stated numbers. */
export function ayatNumberMap(oldP: PasalUnit, newP: PasalUnit, matches: readonly Match[], mergedInto: ReadonlyMap<number, number> = new Map()): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of matches) addAyatNumber(map, oldP.parts[m.o] as PartUnit, newP.parts[m.n] as PartUnit);
  for (const [o, n] of mergedInto) addAyatNumber(map, oldP.parts[o] as PartUnit, newP.parts[n] as PartUnit);
  return map;
}

/** Old ayat `a` is new ayat `b`: record their numbers in `map` (parts of other kinds, and numbers an instrument states, are left out). */
function addAyatNumber(map: Map<string, string>, a: PartUnit, b: PartUnit): void {
  if (a.kind === 'ayat' && b.kind === 'ayat' && !a.literal && !b.literal) map.set(bareMarker(a.marker), bareMarker(b.marker));
}

/** A part's marker as the redline prints it at the head of its line (`lead`: the line break before it, if any). */
function printedMarker(lead: string, marker: string): string {
  return `${lead}${marker}${marker ? ' ' : ''}`;
}


function refOf(p: PartUnit): UnitRef {
  return unitRef(p.uid, p.label, p.tokens, p.marker, [p]);
}

/**
 * A part moved to another Pasal: "moved" when it prints the same (references as written), else
 * "changed" (punctuation, case; its other side names the other Pasal).
 */
function movedStatus(move: CrossMove): PartRow['status'] {
  const a = move.from.tokens;
  const b = move.to.tokens;
  return sameNeutral(a, b) || sameCanonical(refsAsWritten(a), undefined, refsAsWritten(b)) ? 'moved' : 'changed';
}

/**
 * The row of a part found on the new side only: inserted, or moved here from another Pasal
 * (`from`), whose row quotes the part it was there beside it, marked as it changed on the way
 * (the Pasal's own redline marks it inserted: it is new to this Pasal).
 */
function newOnlyRow(b: PartUnit, moves: CrossMoves | null, withSegments: boolean): PartRow {
  const from = moves?.byNew.get(b.uid);
  if (!from) return withAlike({ status: 'inserted', kind: b.kind, old: null, new: refOf(b), segments: withSegments ? wholeSegments(b.tokens, 'insert') : [] }, moves?.alike.byNew.get(b.uid));
  const status = movedStatus(from);
  const a = from.from.tokens;
  const segments = !withSegments ? [] : status === 'moved' ? equalSegments(a, b.tokens) : changedSegments(a, b.tokens, null);
  return { status, kind: b.kind, old: refOf(from.from), new: refOf(b), segments };
}

/** The row of a part found on the old side only: deleted, or moved from here to another Pasal (`to`). */
function oldOnlyRow(a: PartUnit, moves: CrossMoves | null, withSegments: boolean): PartRow {
  const to = moves?.byOld.get(a.uid);
  const row: PartRow = { status: to ? movedStatus(to) : 'deleted', kind: a.kind, old: refOf(a), new: to ? refOf(to.to) : null, segments: withSegments ? wholeSegments(a.tokens, 'delete') : [] };
  return to ? row : withAlike(row, moves?.alike.byOld.get(a.uid));
}

/** `row` naming the part of another Pasal that reads alike (`alike-parts.ts`), if any. */
function withAlike(row: PartRow, other: string | undefined): PartRow {
  return other ? { ...row, alike: other } : row;
}

/**
 * The rows of the parts of an inserted (`side` new) or deleted (`side` old) Pasal that moved
 * from or to another Pasal, or read alike a part of another Pasal; its other parts need no row
 * (the whole Pasal is new or gone).
 */
export function crossLinkedParts(p: PasalUnit, side: 'old' | 'new', moves: CrossMoves, withSegments: boolean): PartRow[] {
  const rows: PartRow[] = [];
  for (const part of p.parts) {
    const linked = side === 'new' ? moves.byNew.has(part.uid) || moves.alike.byNew.has(part.uid) : moves.byOld.has(part.uid) || moves.alike.byOld.has(part.uid);
    if (linked) rows.push(side === 'new' ? newOnlyRow(part, moves, withSegments) : oldOnlyRow(part, moves, withSegments));
  }
  return rows;
}

/** Which segments `partRows` builds: none, each row's own, or also the Pasal's redline. */
export type PartSegments = 'none' | 'rows' | 'rowsAndRedline';

/** Rows and redline of the parts of a matched Pasal pair (the redline is empty unless asked for). */
export function partRows(
  oldP: PasalUnit,
  newP: PasalUnit,
  matches: readonly Match[],
  maps: RefMaps,
  oldPasalNum: string,
  build: PartSegments,
  /** The whole Pasal is textually equal: every matched part is unchanged, no diff needed. */
  allEqual = false,
  /** Parts that moved between Pasal: such a part's row names where it went or came from. */
  moves: CrossMoves | null = null,
  /** Parts merged into, or split from, another part of this pair. */
  pieces: PartPieces = NO_PIECES,
): { rows: PartRow[]; segments: Segment[] } {
  const chain = heaviestChain(matches.map((m) => ({ o: m.o, n: m.n, w: 1 })));
  const withSegments = build !== 'none';
  const byNew = new Map<number, { m: Match; inChain: boolean }>();
  matches.forEach((m, i) => byNew.set(m.n, { m, inChain: chain.has(i) }));
  const rows: PartRow[] = [];
  const segments: Segment[] = [];
  for (const slot of orderPartRows(oldP.parts.map((p) => p.depth), newP.parts.map((p) => p.depth), matches)) {
    const a = slot.o !== null ? (oldP.parts[slot.o] as PartUnit) : null;
    const b = slot.n !== null ? (newP.parts[slot.n] as PartUnit) : null;
    let row: PartRow;
    if (a && b) {
      const diff = allEqual && a.kind === b.kind ? null : textDiff(a.tokens, b.tokens, maps, oldPasalNum);
      // A number an amending instrument states (a quoted ayat's "(2)") is its text: changed, it changes the part.
      const textChanged = a.kind !== b.kind || (diff?.changed ?? false) || (a.literal === true && a.marker !== b.marker);
      const info = byNew.get(slot.n as number);
      // A quoted "(2) Dihapus." is the instrument's text like any other, not a placeholder kept in the Perda.
      const status = (textChanged && !a.literal ? placeholderStatus(readsDihapus(a.tokens), readsDihapus(b.tokens)) : null) ?? matchedStatus(textChanged, !(info?.inChain ?? true), a.marker !== b.marker && bareMarker(a.marker) !== bareMarker(b.marker));
      const segs = !withSegments ? [] : textChanged ? changedSegments(a.tokens, b.tokens, diff) : equalSegments(a.tokens, b.tokens);
      if (textChanged) nameRepointed(segs, a.tokens, newP, maps, oldPasalNum);
      // A part left as "Dihapus." whose text went to another Pasal (or written over such a placeholder with text from elsewhere) names the other place.
      const away = moves?.byOld.get(a.uid);
      const from = moves?.byNew.get(b.uid);
      if (away) row = { status: movedStatus(away), kind: b.kind, old: refOf(a), new: refOf(away.to), segments: segs };
      else if (from) row = { status: movedStatus(from), kind: b.kind, old: refOf(from.from), new: refOf(b), segments: segs };
      else row = { status, kind: b.kind, old: refOf(a), new: refOf(b), segments: segs };
    } else if (b) {
      const from = pieces.splitFrom.get(slot.n as number);
      row = from !== undefined
        ? { status: 'split', kind: b.kind, old: refOf(oldP.parts[from] as PartUnit), new: refOf(b), segments: withSegments ? wholeSegments(b.tokens, 'insert') : [] }
        : newOnlyRow(b, moves, withSegments);
    } else {
      const p = a as PartUnit;
      const into = pieces.mergedInto.get(slot.o as number);
      row = into !== undefined
        ? { status: 'merged', kind: p.kind, old: refOf(p), new: refOf(newP.parts[into] as PartUnit), segments: withSegments ? wholeSegments(p.tokens, 'delete') : [] }
        : oldOnlyRow(p, moves, withSegments);
    }
    rows.push(row);
    if (build === 'rowsAndRedline') {
      const marker = (b ?? a)?.marker ?? '';
      const op: Segment['op'] = a && b ? 'equal' : b ? 'insert' : 'delete';
      const lead = segments.length > 0 ? '\n' : '';
      // The old column prints the old part's own marker ("(1)" where the new text has "(2)").
      appendSegment(segments, a && b ? { op, text: printedMarker(lead, marker), old: printedMarker(lead, a.marker) } : { op, text: printedMarker(lead, marker) });
      for (const s of b && !a ? wholeSegments(b.tokens, 'insert') : row.segments) appendSegment(segments, s);
    }
  }
  return { rows, segments };
}
