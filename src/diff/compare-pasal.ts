/**
 * Pasal-level comparison: align the Pasal of two documents, find splits and merges among the
 * leftovers, align the parts of each matched pair, then classify every pair (`status.ts`) and
 * lay the rows out in new order with deleted Pasal at their old place.
 */
import { alignUnits, type AlignUnit, type Match } from './align';
import { alignParts, ayatNumberMap, crossLinkedParts, partRows } from './compare-parts';
import { reclaimFromCopies } from './copy-pairing';
import { citationPairs } from './citation-pairs';
import { realignAroundMoves } from './claimed-parts';
import { crossPasalMoves, type AlonePasal, type CrossMove, type CrossMoves } from './cross-moves';
import type { PasalUnit } from './extract';
import { joinParts, type PartUnit } from './pasal-parts';
import { keepsNumbers } from './kept-numbers';
import { heaviestChain } from './order';
import { mappedKeys, pointsElsewhere, textDiff, type AyatPlace, type RefMaps, type TextDiff } from './references';
import { renderText, unitRef } from './render';
import { orderRows } from './row-order';
import { dice, gramsOf, lazyGrams, lazyWords, type Grams } from './similarity';
import { bareMarker, neutralKey } from './unit-keys';
import { isDihapusPlaceholder, placeholderMatches, placeholderStatus, type NumberedText } from './placeholder';
import { findPieces, type PieceGroup } from './split-merge';
import { elaborationPairs } from './elaboration-pairs';
import { firstPartPairs } from './first-part-pairs';
import { withoutUnlikeDelegations } from './delegation-pairs';
import { withoutPiecePairs } from './weak-gap-pairs';
import { mergedSide, splitPortions, type SplitPortion } from './piece-sides';
import { mergedPartRows } from './merged-parts';
import { NO_PIECES, partPieces, type PartPieces } from './part-pieces';
import { matchedStatus } from './status';
import type { Token } from './tokenize';
import type { PartRow, PasalRow, UnitRef } from './types';
import { equalSegments, sameShare, wholeSegments, wordDiff } from './word-diff';

/** Tuning passed down from `compareDocs`. */
export interface PasalCompareOptions {
  useUids: boolean;
  minSim: number;
  minGapSim: number;
  withSegments: boolean;
  /** The new text amends the old one (`CompareOptions.amends`). */
  amends?: boolean;
}

/** Pasal-level alignment before classification (also used to align BAB titles and Penjelasan). */
export interface PasalAlignment {
  matches: Match[];
  splits: PieceGroup[];
  /** Merges as groups: `one` is the new index, `many` the old indices. */
  merges: PieceGroup[];
  partMatches: Map<number, Match[]>;
  /** Parts merged or split inside a matched pair, by new Pasal index. */
  partPieces: Map<number, PartPieces>;
  maps: RefMaps;
  /** Parts that moved from one matched Pasal to another. */
  crossMoves: CrossMoves;
  /** The Pasal were paired by their numbers (`kept-numbers.ts`). */
  byNumber: boolean;
}

/** A Pasal as the aligner sees it; where the texts keep their numbers (`kept-numbers.ts`), its number stands for its uid. */
function alignUnitOf(p: PasalUnit, byNumber: boolean): AlignUnit {
  const grams = lazyGrams(p.tokens);
  return { uid: byNumber ? `#${p.num}` : p.uid, key: neutralKey(p.tokens), printed: printedLazily(p.tokens), grams, words: lazyWords(grams), num: p.num, ctx: p.context };
}

/** The text of `tokens` as printed, rendered when first asked for. */
function printedLazily(tokens: readonly Token[]): () => string {
  return () => renderText(tokens);
}

/** Align the Pasal of both documents and build the reference maps. */
export function alignPasal(olds: readonly PasalUnit[], news: readonly PasalUnit[], opts: PasalCompareOptions): PasalAlignment {
  const byNumber = opts.useUids && keepsNumbers(olds, news, opts.amends === true);
  const oa = olds.map((p) => alignUnitOf(p, byNumber));
  const na = news.map((p) => alignUnitOf(p, byNumber));
  const oldGrams: Grams[] = oa.map((u) => u.grams());
  const newGrams: Grams[] = na.map((u) => u.grams());
  const alignedPasal = withoutUnlikeDelegations(olds, news, alignUnits(oa, na, { useUids: opts.useUids, minSim: opts.minSim, minGapSim: opts.minGapSim, idf: true }));
  const pieced = withoutPiecePairs(olds, news, oldGrams, newGrams, alignedPasal, opts.minSim);
  let matches = reclaimFromCopies(olds, news, pieced.matches);
  matches.push(...placeholderMatches(olds.map(numberedPasal), news.map(numberedPasal), matches));
  // Without shared uids only: a draft against its own base says itself which Pasal were deleted and inserted.
  if (!matches.some((m) => m.by === 'uid')) {
    matches.push(...citationPairs(olds, news, matches));
    matches.push(...firstPartPairs(olds, news, matches));
    const elaborated = elaborationPairs(olds, news, matches, (m) => partAlignment(olds[m.o] as PasalUnit, news[m.n] as PasalUnit, opts.useUids).matches);
    if (elaborated.drop.length > 0) matches = matches.filter((m) => !elaborated.drop.includes(m));
    matches.push(...elaborated.add);
  }
  const oldSizes = olds.map((p) => p.tokens.length);
  const newSizes = news.map((p) => p.tokens.length);
  const split = findPieces(oldGrams, newGrams, matches, undefined, pieced.splitNew, { ones: oldSizes, manys: newSizes });
  matches.push(...split.rescued);
  const merge = findPieces(newGrams, oldGrams, matches.map((m) => ({ ...m, o: m.n, n: m.o })), undefined, pieced.mergedOld, { ones: newSizes, manys: oldSizes });
  for (const r of merge.rescued) matches.push({ o: r.n, n: r.o, sim: r.sim, by: 'content' });
  // A unit may be claimed by a split and a merge at once; splits win.
  const inSplit = new Set<number>();
  for (const g of split.groups) for (const n of g.many) inSplit.add(n);
  const merges = merge.groups.filter((g) => !inSplit.has(g.one));

  const partMatches = new Map<number, Match[]>();
  const partPiecesByNew = new Map<number, PartPieces>();
  const pasal = new Map<string, string>();
  const ayat = new Map<string, ReadonlyMap<string, string>>();
  const uid = new Map<string, string>();
  const aligned = matches.map((m) => partAlignment(olds[m.o] as PasalUnit, news[m.n] as PasalUnit, opts.useUids));
  matches.forEach((m, i) => {
    const parts = aligned[i] as PartAlignment;
    partMatches.set(m.n, parts.matches);
    if (parts.pieces !== NO_PIECES) partPiecesByNew.set(m.n, parts.pieces);
  });
  const crossMoves = crossPasalMoves(olds, news, matches, partMatches, opts.useUids, alonePasal(olds.length, news.length, matches, split.groups, merges));
  matches.forEach((m, i) => {
    const a = olds[m.o] as PasalUnit;
    const b = news[m.n] as PasalUnit;
    let ayatMap = (aligned[i] as PartAlignment).ayat;
    const redone = partPiecesByNew.has(m.n) ? null : realignAroundMoves(a, b, partMatches.get(m.n) as Match[], crossMoves, opts.useUids);
    if (redone) {
      partMatches.set(m.n, redone);
      ayatMap = ayatNumberMap(a, b, redone);
    }
    pasal.set(a.num, b.num);
    ayat.set(a.num, ayatMap);
    uid.set(a.uid, b.uid);
    for (const x of partMatches.get(m.n) as Match[]) uid.set((a.parts[x.o] as { uid: string }).uid, (b.parts[x.n] as { uid: string }).uid);
  });
  const ayatMoved = movedParts(olds, news, matches, split.groups, merges, opts.useUids, uid);
  for (const move of crossMoves.byOld.values()) recordMove(move, uid, ayatMoved);
  const wholes = [
    ...split.groups.map((g) => [olds[g.one] as PasalUnit, news[g.many[0] as number] as PasalUnit] as const),
    ...merges.flatMap((g) => g.many.map((o) => [olds[o] as PasalUnit, news[g.one] as PasalUnit] as const)),
  ];
  const wholePasal = { num: new Map(wholes.map(([a, b]) => [a.num, b.num])), uid: new Map(wholes.map(([a, b]) => [a.uid, b.uid])) };
  return { matches, splits: split.groups, merges, partMatches, partPieces: partPiecesByNew, maps: { pasal, ayat, uid, ayatMoved, wholePasal }, crossMoves, byNumber };
}

/** Which matched Pasal kept their order, given where the BAB went (`babMap`: old BAB uid -> new BAB uid). */
export interface PasalOrder {
  /** Indices of the alignment's matches in their heaviest order-preserving chain; the others moved. */
  chain: ReadonlySet<number>;
  /** Old uid of every matched Pasal -> whether it moved (out of the chain, or into another BAB). */
  moved: ReadonlyMap<string, boolean>;
}

/** The Pasal went to another matched BAB than the one its old BAB became. */
function changedBab(a: PasalUnit, b: PasalUnit, babMap: ReadonlyMap<string, string>, newBabs: ReadonlySet<string>): boolean {
  return a.babUid !== null && b.babUid !== null && babMap.has(a.babUid) && newBabs.has(b.babUid) && babMap.get(a.babUid) !== b.babUid;
}

/**
 * The order of the matched Pasal: the heaviest order-preserving chain (weighted by length) of the
 * Pasal that stayed in their BAB; a Pasal that went to another BAB moved whatever its order, so it
 * never pushes others out of the chain (Pasal 27, last of BAB VI, now after Pasal 28 in BAB VII:
 * only it moved).
 */
export function pasalOrder(olds: readonly PasalUnit[], news: readonly PasalUnit[], matches: readonly Match[], babMap: ReadonlyMap<string, string>): PasalOrder {
  const newBabs = new Set(babMap.values());
  const crossed = matches.map((m) => changedBab(olds[m.o] as PasalUnit, news[m.n] as PasalUnit, babMap, newBabs));
  const staying = matches.flatMap((m, i) => (crossed[i] ? [] : [i]));
  const kept = heaviestChain(staying.map((i) => {
    const m = matches[i] as Match;
    return { o: m.o, n: m.n, w: 1000 + Math.min(999, (olds[m.o] as PasalUnit).tokens.length) };
  }));
  const chain = new Set([...kept].map((k) => staying[k] as number));
  const moved = new Map<string, boolean>();
  matches.forEach((m, i) => moved.set((olds[m.o] as PasalUnit).uid, !chain.has(i)));
  return { chain, moved };
}

/** A part row that links to another Pasal (the only parts a Pasal deleted or inserted as a placeholder lists). */
/** The Pasal on one side only: neither matched nor a piece of a split or merge. */
function alonePasal(oldCount: number, newCount: number, matches: readonly Match[], splits: readonly PieceGroup[], merges: readonly PieceGroup[]): AlonePasal {
  const pairedOld = new Set(matches.map((m) => m.o));
  const pairedNew = new Set(matches.map((m) => m.n));
  for (const g of splits) {
    pairedOld.add(g.one);
    for (const n of g.many) pairedNew.add(n);
  }
  for (const g of merges) {
    pairedNew.add(g.one);
    for (const o of g.many) pairedOld.add(o);
  }
  const free = (count: number, paired: ReadonlySet<number>) => Array.from({ length: count }, (_, i) => i).filter((i) => !paired.has(i));
  return { olds: free(oldCount, pairedOld), news: free(newCount, pairedNew) };
}

function crossLinked(p: PartRow, moves: CrossMoves): boolean {
  return (p.old !== null && moves.byOld.has(p.old.uid)) || (p.new !== null && moves.byNew.has(p.new.uid));
}

/** References to a part that moved to another Pasal follow it (by uid, and by number for an ayat). */
function recordMove(move: CrossMove, uid: Map<string, string>, ayatMoved: Map<string, Map<string, AyatPlace>>): void {
  uid.set(move.from.uid, move.to.uid);
  if (move.from.kind !== 'ayat' || move.to.kind !== 'ayat') return;
  let m = ayatMoved.get(move.fromPasal.num);
  if (!m) ayatMoved.set(move.fromPasal.num, (m = new Map()));
  m.set(bareMarker(move.from.marker), { pasal: move.toPasal.num, ayat: bareMarker(move.to.marker) });
}

/**
 * Parts that moved to another Pasal: those of a split Pasal found in its new pieces, and those of
 * merged Pasal found in the Pasal they merged into (the one-to-one partner keeps its own maps).
 * Returns the ayat moved; adds the uids of all parts moved to `uid`.
 */
function movedParts(
  olds: readonly PasalUnit[],
  news: readonly PasalUnit[],
  matches: readonly Match[],
  splits: readonly PieceGroup[],
  merges: readonly PieceGroup[],
  useUids: boolean,
  uid: Map<string, string>,
): Map<string, Map<string, AyatPlace>> {
  const partners = new Set(matches.map((m) => `${m.o}|${m.n}`));
  const out = new Map<string, Map<string, AyatPlace>>();
  const record = (o: number, n: number) => {
    if (partners.has(`${o}|${n}`)) return;
    const a = olds[o] as PasalUnit;
    const b = news[n] as PasalUnit;
    const pm = alignParts(a, b, useUids);
    for (const x of pm) if (!uid.has((a.parts[x.o] as PartUnit).uid)) uid.set((a.parts[x.o] as PartUnit).uid, (b.parts[x.n] as PartUnit).uid);
    for (const [from, to] of ayatNumberMap(a, b, pm)) {
      let m = out.get(a.num);
      if (!m) out.set(a.num, (m = new Map()));
      m.set(from, { pasal: b.num, ayat: to });
    }
  };
  for (const g of splits) for (const n of g.many) record(g.one, n);
  for (const g of merges) for (const o of g.many) record(o, g.one);
  return out;
}

/** A Pasal as placeholder pairing sees it. */
function numberedPasal(p: PasalUnit): NumberedText {
  return { number: p.num, kind: 'pasal', placeholder: isDihapusPlaceholder(p) };
}

/** The parts of a Pasal pair aligned, with the ayat number map they give. */
interface PartAlignment {
  old: PasalUnit;
  useUids: boolean;
  matches: Match[];
  pieces: PartPieces;
  ayat: ReadonlyMap<string, string>;
}

/**
 * Part alignments by new Pasal unit. Extracted units are reused while their Pasal node is kept
 * (`extract.ts`), so a draft compared again with the same base aligns only the Pasal it changed.
 */
const partAlignments = new WeakMap<PasalUnit, PartAlignment>();

/** The parts of `a` and `b` aligned (memoised per pair of units). */
function partAlignment(a: PasalUnit, b: PasalUnit, useUids: boolean): PartAlignment {
  const hit = partAlignments.get(b);
  if (hit && hit.old === a && hit.useUids === useUids) return hit;
  const { matches, pieces } = partPieces(a, b, alignParts(a, b, useUids));
  const entry = { old: a, useUids, matches, pieces, ayat: ayatNumberMap(a, b, matches, pieces.mergedInto) };
  partAlignments.set(b, entry);
  return entry;
}

/**
 * Rows of textually equal Pasal pairs by new unit. Such a row depends only on the two units,
 * their part matches and whether the pair moved (not on the reference maps, as long as matched
 * parts keep their kind), so it is reused while those stay the same.
 */
const equalRows = new WeakMap<PasalUnit, { old: PasalUnit; matches: readonly Match[]; moved: boolean; withSegments: boolean; row: PasalRow }>();

/** True when every matched part keeps its kind (the part rows then never consult the reference maps). */
function kindsKept(a: PasalUnit, b: PasalUnit, matches: readonly Match[]): boolean {
  for (const m of matches) if ((a.parts[m.o] as { kind: string }).kind !== (b.parts[m.n] as { kind: string }).kind) return false;
  return true;
}

/** What a Pasal row may say beyond its sides, BAB labels, similarity and segments (defaults: nothing). */
interface RowFacts {
  oldAll?: UnitRef[];
  newAll?: UnitRef[];
  textChanged?: boolean;
  renumbered?: boolean;
  moved?: boolean;
  refsOnly?: boolean;
  staleRefs?: boolean;
  parts?: PasalRow['parts'];
}

/**
 * A Pasal row as one object literal (one shape for every row; spreading a template and adding
 * keys builds each object key by key, which costs microseconds per row).
 */
function pasalRow(status: PasalRow['status'], old: UnitRef | null, neu: UnitRef | null, oldBab: string | null, newBab: string | null, similarity: number, segments: PasalRow['segments'], f: RowFacts = {}): PasalRow {
  return {
    oldAll: f.oldAll ?? [],
    newAll: f.newAll ?? [],
    textChanged: f.textChanged ?? false,
    renumbered: f.renumbered ?? false,
    moved: f.moved ?? false,
    refsOnly: f.refsOnly ?? false,
    staleRefs: f.staleRefs ?? false,
    parts: f.parts ?? [],
    status,
    old,
    new: neu,
    oldBab,
    newBab,
    similarity,
    segments,
  };
}

function refOf(p: PasalUnit): UnitRef {
  return unitRef(p.uid, p.label, p.tokens, undefined, p.parts);
}

/** Does the text of an old/new Pasal pair differ (ignoring references that followed renumbering)? */
export function pasalTextDiff(a: PasalUnit, b: PasalUnit, maps: RefMaps): TextDiff {
  return textDiff(a.tokens, b.tokens, maps, a.num);
}

/** Classify aligned Pasal and lay out the rows (`order`: which matched Pasal moved). */
export function pasalRows(
  olds: readonly PasalUnit[],
  news: readonly PasalUnit[],
  al: PasalAlignment,
  order: PasalOrder,
  opts: PasalCompareOptions,
): PasalRow[] {
  const splitOf = new Map<number, PieceGroup>();
  for (const g of al.splits) for (const n of g.many) splitOf.set(n, g);
  /** What each piece of a split took of its old Pasal, by split (null: the piece, or each, shows the whole). */
  const portionsOf = new Map<PieceGroup, Array<SplitPortion | null> | null>();
  const mergeOf = new Map<number, PieceGroup>();
  const hiddenOld = new Set<number>();
  for (const g of al.merges) {
    mergeOf.set(g.one, g);
    for (const o of g.many) hiddenOld.add(o);
  }
  const splitOld = new Set(al.splits.map((g) => g.one));
  const matchByNew = new Map<number, { m: Match; inChain: boolean }>();
  al.matches.forEach((m, i) => matchByNew.set(m.n, { m, inChain: order.chain.has(i) }));
  // Matches and pieces both place rows; old units of a split or merge never show as deleted.
  const placing: Match[] = [...al.matches];
  const placedOld = new Set(al.matches.map((m) => m.o));
  const placedNew = new Set(al.matches.map((m) => m.n));
  for (const g of al.splits) {
    const first = g.many[0] as number;
    if (!placedOld.has(g.one) && !placedNew.has(first)) placing.push({ o: g.one, n: first, sim: 0, by: 'content' });
  }
  for (const g of al.merges) {
    const first = g.many[0] as number;
    if (!placedNew.has(g.one) && !placedOld.has(first)) placing.push({ o: first, n: g.one, sim: 0, by: 'content' });
  }
  for (const o of splitOld) hiddenOld.add(o);
  for (const m of al.matches) hiddenOld.delete(m.o);

  const rows: PasalRow[] = [];
  const seenNew = new Set<number>();
  for (const slot of orderRows(olds.length, news.length, placing, hiddenOld)) {
    const b = slot.n !== null ? (news[slot.n] as PasalUnit) : null;
    if (b && slot.n !== null) {
      if (seenNew.has(slot.n)) continue;
      seenNew.add(slot.n);
    }
    if (b && slot.n !== null && splitOf.has(slot.n)) {
      const g = splitOf.get(slot.n) as PieceGroup;
      const a = olds[g.one] as PasalUnit;
      if (!portionsOf.has(g)) portionsOf.set(g, splitPortions(a, g.many.map((n) => news[n] as PasalUnit)));
      const portion = portionsOf.get(g)?.[g.many.indexOf(slot.n)];
      const old = portion ? joinParts(portion.parts) : a.tokens;
      const oldRef = portion ? unitRef(a.uid, a.label, old, undefined, portion.parts, portion.before.length > 0 ? joinParts(portion.before) : undefined) : refOf(a);
      const segments = opts.withSegments ? wordDiff(old, b.tokens, mappedKeys(old, al.maps, a.num)) : [];
      rows.push(pasalRow('split', oldRef, refOf(b), a.babLabel, b.babLabel, dice(gramsOf(old), gramsOf(b.tokens)), segments, { oldAll: [refOf(a)], newAll: g.many.map((n) => refOf(news[n] as PasalUnit)), textChanged: true, renumbered: a.label !== b.label }));
    } else if (b && slot.n !== null && mergeOf.has(slot.n)) {
      const g = mergeOf.get(slot.n) as PieceGroup;
      const all = g.many.map((o) => olds[o] as PasalUnit);
      const first = all[0] as PasalUnit;
      const side = mergedSide(all, al.maps, first.num);
      const segments = opts.withSegments ? wordDiff(side.tokens, b.tokens, side.keys) : [];
      const parts = mergedPartRows(all, side.parts, side.tokens, b, al.maps, opts.useUids, opts.withSegments ? 'rows' : 'none', al.crossMoves);
      rows.push(pasalRow('merged', unitRef(first.uid, first.label, side.tokens, undefined, side.parts), refOf(b), first.babLabel, b.babLabel, dice(gramsOf(all.flatMap((p) => p.tokens)), gramsOf(b.tokens)), segments, { oldAll: all.map(refOf), newAll: [refOf(b)], textChanged: true, renumbered: first.label !== b.label, parts }));
    } else if (b && slot.n !== null && matchByNew.has(slot.n)) {
      const { m, inChain } = matchByNew.get(slot.n) as { m: Match; inChain: boolean };
      const a = olds[m.o] as PasalUnit;
      const diff = pasalTextDiff(a, b, al.maps);
      const moved = !inChain;
      const renumbered = a.label !== b.label;
      const pm = al.partMatches.get(slot.n) ?? [];
      const allEqual = !diff.changed && diff.keys === null;
      const reusable = allEqual && kindsKept(a, b, pm);
      const hit = reusable ? equalRows.get(b) : undefined;
      if (hit && hit.old === a && hit.matches === pm && hit.moved === moved && hit.withSegments === opts.withSegments) {
        rows.push(hit.row);
        continue;
      }
      const build = !opts.withSegments ? 'none' : diff.changed ? 'rowsAndRedline' : 'rows';
      const parts = partRows(a, b, pm, al.maps, a.num, build, allEqual, al.crossMoves, al.partPieces.get(slot.n));
      const status = (diff.changed ? placeholderStatus(isDihapusPlaceholder(a), isDihapusPlaceholder(b)) : null) ?? matchedStatus(diff.changed, moved, renumbered);
      const segments = !opts.withSegments ? [] : diff.changed ? parts.segments : equalSegments(a.tokens, b.tokens);
      const row = pasalRow(status, refOf(a), refOf(b), a.babLabel, b.babLabel, !diff.changed ? 1 : m.sim < 1 ? m.sim : sameShare(a.tokens, b.tokens, diff.keys ?? undefined), segments, { textChanged: diff.changed, renumbered, moved, refsOnly: diff.refsOnly, staleRefs: diff.changed && pointsElsewhere(a.tokens, b.tokens), parts: status === 'deleted' || status === 'inserted' ? parts.rows.filter((p) => crossLinked(p, al.crossMoves)) : parts.rows });
      if (reusable) equalRows.set(b, { old: a, matches: pm, moved, withSegments: opts.withSegments, row });
      rows.push(row);
    } else if (b) {
      rows.push(pasalRow('inserted', null, refOf(b), null, b.babLabel, 0, opts.withSegments ? wholeSegments(b.tokens, 'insert') : [], { parts: crossLinkedParts(b, 'new', al.crossMoves, opts.withSegments) }));
    } else if (slot.o !== null) {
      const a = olds[slot.o] as PasalUnit;
      rows.push(pasalRow('deleted', refOf(a), null, a.babLabel, null, 0, opts.withSegments ? wholeSegments(a.tokens, 'delete') : [], { parts: crossLinkedParts(a, 'old', al.crossMoves, opts.withSegments) }));
    }
  }
  return rows;
}
