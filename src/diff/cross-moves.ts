/**
 * Parts that moved from one Pasal to another: an ayat cut from Pasal 27 and pasted into Pasal 29,
 * a list item carried over to another list, an ayat taken out into a new Pasal. Among the parts
 * left unpaired inside matched Pasal pairs and the parts of Pasal found on one side only (inserted
 * or deleted; never from a deleted Pasal to an inserted one), an old part and a new part of
 * different Pasal pair when they share a uid, or when they
 * are worded the same: the same words in the same order (references as written), whatever the
 * punctuation, case and a list's closing "dan" / "atau". A part reworded on the way is not
 * linked: two delegation formulas on different subjects ("Ketentuan lebih lanjut mengenai
 * asuransi / pengawasan diatur dalam Peraturan Walikota") differ by as little, and a wrong link
 * is worse than none. Short parts (fewer than `MIN_WORDS` content words: "juru parkir;") never
 * pair, since the same few words in two places say nothing about a move.
 */
import { alignUnits, type AlignUnit, type Match } from './align';
import { alikeParts, type AlikeCandidate, type AlikeParts } from './alike-parts';
import type { PartUnit, PasalUnit } from './extract';
import { WEAK_PART_PAIR } from './claimed-parts';
import { moveItemsWithHolders, type PartPairing } from './moved-holders';
import { readsDihapus } from './placeholder';
import { sameWording, wordingHash } from './part-wording';
import { lazyGrams } from './similarity';
import type { Token } from './tokenize';
import { neutralKey } from './unit-keys';

/** One part that moved to another Pasal. */
export interface CrossMove {
  from: PartUnit;
  fromPasal: PasalUnit;
  to: PartUnit;
  toPasal: PasalUnit;
}

/** Cross-Pasal moves by the uid of the old part and by the uid of the new part. */
export interface CrossMoves {
  byOld: ReadonlyMap<string, CrossMove>;
  byNew: ReadonlyMap<string, CrossMove>;
  /** Parts left over on both sides that read alike though reworded (`alike-parts.ts`): a hint, not a move. */
  alike: AlikeParts;
}

/** Similarity (Dice of grams) from which the aligner proposes two parts of different Pasal; `sameWording` decides. */
const CROSS_MIN_SIM = 0.7;

/** Content words a part needs to be paired across Pasal. */
const MIN_WORDS = 4;

/** A part left unpaired in the matched Pasal pair `pair`. */
interface Leftover {
  pair: number;
  pasal: PasalUnit;
  part: PartUnit;
}

function contentWords(tokens: readonly Token[]): number {
  let n = 0;
  for (let i = 0; i < tokens.length; i++) if ((tokens[i] as Token).g >= 0) n++;
  return n;
}

/** The parts of each matched pair's Pasal on one side (`side`) that the pair's part matches (`matchedOf`) leave out. */
function leftovers(side: readonly PasalUnit[], matchedOf: (pair: number) => readonly number[]): Leftover[] {
  const out: Leftover[] = [];
  side.forEach((pasal, pair) => {
    const matched = matchedOf(pair);
    if (matched.length === pasal.parts.length) return;
    pasal.parts.forEach((part, i) => {
      if (!matched.includes(i) && contentWords(part.tokens) >= MIN_WORDS) out.push({ pair, pasal, part });
    });
  });
  return out;
}

/** Every part (with enough words) of the Pasal `alone` found on one side only, each its own pair id from `firstPair` down. */
function partsOfAlone(side: readonly PasalUnit[], alone: readonly number[], firstPair: number): Leftover[] {
  const out: Leftover[] = [];
  alone.forEach((i, k) => {
    const pasal = side[i] as PasalUnit;
    for (const part of pasal.parts) if (contentWords(part.tokens) >= MIN_WORDS) out.push({ pair: firstPair - k, pasal, part });
  });
  return out;
}

function alignUnitOf(x: Leftover): AlignUnit {
  return { uid: x.part.uid, key: neutralKey(x.part.tokens), grams: lazyGrams(x.part.tokens) };
}

/** Pasal found on one side only (by index): neither matched nor part of a split or merge. */
export interface AlonePasal {
  olds: readonly number[];
  news: readonly number[];
}

/**
 * Find the parts that moved between Pasal (`partMatches`: part matches by new Pasal index):
 * between matched pairs, and to or from the Pasal `alone`.
 */
export function crossPasalMoves(
  olds: readonly PasalUnit[],
  news: readonly PasalUnit[],
  matches: readonly Match[],
  partMatches: ReadonlyMap<number, readonly Match[]>,
  useUids: boolean,
  alone: AlonePasal = { olds: [], news: [] },
): CrossMoves {
  const byOld = new Map<string, CrossMove>();
  const byNew = new Map<string, CrossMove>();
  // A part paired with a "Dihapus." placeholder (kept under its number) is left over too: its text
  // may have gone elsewhere.
  const paired = matches.map((m) => {
    const a = olds[m.o] as PasalUnit;
    const b = news[m.n] as PasalUnit;
    return (partMatches.get(m.n) ?? []).filter((x) => readsDihapus((a.parts[x.o] as PartUnit).tokens) === readsDihapus((b.parts[x.n] as PartUnit).tokens));
  });
  const partsOf = (pair: number) => paired[pair] as readonly Match[];
  const weakOf = (pair: number) => partsOf(pair).filter((x) => x.by === 'content' && x.sim < WEAK_PART_PAIR);
  // Pair ids: matched pairs 0.., Pasal alone on the old side -1.., on the new side below those.
  const oldSides = matches.map((m) => olds[m.o] as PasalUnit);
  const newSides = matches.map((m) => news[m.n] as PasalUnit);
  const goneMatched = leftovers(oldSides, (pair) => partsOf(pair).map((x) => x.o));
  const comeMatched = leftovers(newSides, (pair) => partsOf(pair).map((x) => x.n));
  const goneAlone = partsOfAlone(olds, alone.olds, -1);
  const comeAlone = partsOfAlone(news, alone.news, -1 - alone.olds.length);
  // A weakly paired part (`claimed-parts.ts`) is offered only when a part of the other side is worded the same.
  const weakGone = weakParts(oldSides, (pair) => weakOf(pair).map((x) => x.o));
  const weakCome = weakParts(newSides, (pair) => weakOf(pair).map((x) => x.n));
  const goneAll = [...goneMatched, ...worded(weakGone, [...comeMatched, ...comeAlone, ...weakCome])];
  const comeAll = [...comeMatched, ...worded(weakCome, [...goneMatched, ...goneAlone, ...weakGone])];
  const link = (gone: readonly Leftover[], come: readonly Leftover[]) => {
    const free = (xs: readonly Leftover[], taken: ReadonlyMap<string, CrossMove>) => xs.filter((x) => !taken.has(x.part.uid));
    const g = free(gone, byOld);
    const c = free(come, byNew);
    if (g.length === 0 || c.length === 0) return;
    for (const p of alignUnits(g.map(alignUnitOf), c.map(alignUnitOf), { useUids, minSim: CROSS_MIN_SIM, minGapSim: CROSS_MIN_SIM })) {
      const a = g[p.o] as Leftover;
      const b = c[p.n] as Leftover;
      if (a.pair === b.pair || (p.by !== 'uid' && !sameWording(a.part, b.part))) continue;
      const move = { from: a.part, fromPasal: a.pasal, to: b.part, toPasal: b.pasal };
      byOld.set(a.part.uid, move);
      byNew.set(b.part.uid, move);
    }
  };
  // A Pasal deleted and another inserted are never linked by their parts: what two unrelated
  // Pasal share is boilerplate ("Dalam Peraturan Daerah ini yang dimaksud dengan:").
  link([...goneAll, ...goneAlone], comeAll);
  link(goneAll, comeAlone);
  moveItemsWithHolders(byOld, byNew, () => pairings(oldSides, newSides, paired));
  // What is still left over on both sides may have been reworded on its way (also from a deleted
  // Pasal to an inserted one: a hint names the other place, it pairs nothing).
  const candidates = (xs: readonly Leftover[], taken: ReadonlyMap<string, CrossMove>): AlikeCandidate[] => xs.filter((x) => !taken.has(x.part.uid)).map((x) => ({ ...x, unit: alignUnitOf(x) }));
  const alike = alikeParts(candidates([...goneMatched, ...goneAlone], byOld), candidates([...comeMatched, ...comeAlone], byNew));
  return { byOld, byNew, alike };
}

/** Each part's pairing inside its matched Pasal pair, by uid: of the old parts, of the new parts. */
function pairings(oldSides: readonly PasalUnit[], newSides: readonly PasalUnit[], paired: ReadonlyArray<readonly Match[]>): [PartPairing, PartPairing] {
  const byOld = new Map<string, Match>();
  const byNew = new Map<string, Match>();
  paired.forEach((pm, pair) => {
    for (const x of pm) {
      byOld.set(((oldSides[pair] as PasalUnit).parts[x.o] as PartUnit).uid, x);
      byNew.set(((newSides[pair] as PasalUnit).parts[x.n] as PartUnit).uid, x);
    }
  });
  return [byOld, byNew];
}

/** The parts (with enough words) at the indices `of(pair)` of each pair's Pasal on one side. */
function weakParts(side: readonly PasalUnit[], of: (pair: number) => readonly number[]): Leftover[] {
  const out: Leftover[] = [];
  side.forEach((pasal, pair) => {
    for (const i of of(pair)) {
      const part = pasal.parts[i] as PartUnit;
      if (contentWords(part.tokens) >= MIN_WORDS) out.push({ pair, pasal, part });
    }
  });
  return out;
}

/**
 * The parts of `xs` that may be worded (`sameWording`) like some part of `others`: those whose
 * content words hash alike (`wordingHash`); `sameWording` decides.
 */
function worded(xs: readonly Leftover[], others: readonly Leftover[]): Leftover[] {
  if (xs.length === 0) return [];
  const keys = new Set(others.map((x) => wordingHash(x.part.tokens)));
  return xs.filter((x) => keys.has(wordingHash(x.part.tokens)));
}

