/**
 * Sequence alignment of two lists of units (Pasal, ayat/items, Menimbang items, titles, ...),
 * near-linear in the number of units:
 * 1. uid matches (a draft against its own base or versions);
 * 2. exact matches of the neutral text key (unchanged text, references neutralised);
 * 3. the heaviest order-preserving chain of those anchors cuts both lists into gaps;
 * 4. candidates for the rest come from a bounded window of the same gap and from an inverted
 *    index of rare grams (words, word pairs); when no more units are free than the window holds,
 *    every free unit is a candidate; only those candidates are scored (Dice similarity,
 *    plus small bonuses for the same gap, the same number and the same BAB context);
 * 5. greedy one-to-one choice by score above a threshold (lower inside the same gap), twice,
 *    with gaps recomputed after the first round;
 * 6. (when `words` are given) the "same gap" rescue: a leftover old unit and a leftover new unit
 *    that are the only leftovers between the same matched neighbours on both sides (the partners
 *    of the old unit's previous and next matched neighbours enclose the new unit and nothing else
 *    left over, and the other way round) pair when they share enough rare words (Dice of content
 *    words weighted by rarity >= 0.3; >= 0.1 when they also keep their number: the provision at
 *    that place rewritten), even if their word sequences were heavily edited; likewise the
 *    leftovers of one context (a chapter both texts title alike) holding at most three on each
 *    side, best first.
 * No all-pairs similarity: each unit is scored against a bounded number of candidates.
 */
import { GramCounts } from './gram-counts';
import { partnersOf, partnerWindows } from './gap-windows';
import { gramIndex, RUN_SCALE } from './gram-index';
import { uncrossNumbers } from './number-swaps';
import { heaviestChain } from './order';
import { dice, weightedDiceOf, type Grams } from './similarity';

/** What the aligner needs to know about a unit. */
export interface AlignUnit {
  /** Shared with the other side only when both documents descend from one another. */
  uid: string;
  /** Neutral text key: equal keys mean equal text (up to reference numbers). */
  key: string;
  /**
   * The text as printed, reference numbers as each side prints them (computed on first use):
   * among units of one neutral key, those printed exactly alike pair first ("Pasal 32 cites
   * Pasal 13-15" stays with the Pasal that still cites them, not with an inserted copy citing
   * Pasal 10-20).
   */
  printed?: () => string;
  /**
   * What kind of unit it is ("ayat", "item"), when a list mixes kinds: units of different kinds
   * never count as the same text. Kept apart from `key` so keys stay the (memoised) text itself.
   */
  kind?: string;
  /** Content fingerprint, computed on first use (exact matches never need it). */
  grams: () => Grams;
  /** The unit's number (a weak hint). */
  num?: string;
  /** Context such as the BAB title (a weak hint). */
  ctx?: string;
  /** Content words (unigram hashes), for the same-gap rescue; units without them are not rescued. */
  words?: () => Grams;
}

/** A matched pair of positions. */
export interface Match {
  o: number;
  n: number;
  sim: number;
  by: 'uid' | 'exact' | 'content';
}

/** Tuning of the aligner. */
export interface AlignOptions {
  useUids: boolean;
  /** Minimum similarity anywhere. */
  minSim: number;
  /** Minimum similarity inside the same gap between anchors. */
  minGapSim: number;
  /** Units of the same gap scored per unit. */
  window?: number;
  /** Candidates taken from the gram index per unit. */
  indexCandidates?: number;
  /**
   * Weigh grams by rarity (inverse document frequency over both lists), so boilerplate shared
   * by many units ("Ketentuan lebih lanjut mengenai ... diatur dalam Peraturan Wali Kota")
   * counts little. Used for Pasal.
   */
  idf?: boolean;
}

const GAP_BONUS = 0.1;
const NUM_BONUS = 0.03;
const CTX_BONUS = 0.03;
/** Grams found in more free units than this are too common to propose candidates. */
const MAX_DF = 12;

/** Align `olds` with `news`; returns one-to-one matches. */
export function alignUnits(
  olds: readonly AlignUnit[],
  news: readonly AlignUnit[],
  opts: AlignOptions,
): Match[] {
  const t: Taken = { matches: [], oldTaken: new Uint8Array(olds.length), newTaken: new Uint8Array(news.length) };
  const { matches, oldTaken, newTaken } = t;

  if (opts.useUids) {
    const byUid = new Map<string, number>();
    news.forEach((u, j) => {
      if (u.uid) byUid.set(u.uid, j);
    });
    olds.forEach((u, i) => {
      const j = u.uid ? byUid.get(u.uid) : undefined;
      if (j !== undefined && !newTaken[j])
        take(
          i,
          j,
          sameText(u, news[j] as AlignUnit) ? 1 : dice(u.grams(), (news[j] as AlignUnit).grams()),
          'uid',
          t,
        );
    });
  }

  // Exact text: unique keys on both sides, or equal-sized groups paired in order (per kind).
  const oldByKey = new Map<string, Map<string, number[]>>();
  olds.forEach((u, i) => {
    if (!oldTaken[i]) pushTo(groupOf(oldByKey, u.kind ?? ''), u.key, i);
  });
  const newByKey = new Map<string, Map<string, number[]>>();
  news.forEach((u, j) => {
    if (!newTaken[j]) pushTo(groupOf(newByKey, u.kind ?? ''), u.key, j);
  });
  for (const [kind, byKey] of oldByKey)
    for (const [key, os] of byKey) {
      const ns = newByKey.get(kind)?.get(key);
      if (ns && ns.length === os.length) for (let k = 0; k < os.length; k++) take(os[k] as number, ns[k] as number, 1, 'exact', t);
      else if (ns) takeSamePrint(olds, news, os, ns, t);
    }

  // Plain Dice of the grams, or (with `idf`) weighted by rarity.
  let weighted: WeightedDice | null = null;
  let gramDf: GramCounts | null = null;
  for (let round = 0; round < 2; round++) {
    if (matches.length === Math.min(olds.length, news.length)) break;
    if (round === 0 && opts.idf) {
      gramDf = gramFrequencies(olds, news, unitGrams);
      weighted = weightedDice(gramDf, olds.length + news.length);
    }
    contentRound(olds, news, opts, t, weighted);
  }
  const w = weighted;
  uncrossNumbers(olds, news, matches, (o, n) => (w ? weightedSimilarity(w, olds[o] as AlignUnit, news[n] as AlignUnit) : dice((olds[o] as AlignUnit).grams(), (news[n] as AlignUnit).grams())), NUM_BONUS, opts.minGapSim);
  if (matches.length < Math.min(olds.length, news.length))
    sameGapRescue(olds, news, t, gramDf);
  return matches;
}

/**
 * The pairs found so far and the units they took. The aligner's steps are module functions over
 * this record, not closures made per call: compiled code that calls a closure made per call is
 * discarded with that closure by the next full garbage collection.
 */
interface Taken {
  matches: Match[];
  oldTaken: Uint8Array;
  newTaken: Uint8Array;
}

/** Pair old unit `o` with new unit `n`. */
function take(o: number, n: number, sim: number, by: Match['by'], t: Taken): void {
  t.oldTaken[o] = 1;
  t.newTaken[n] = 1;
  t.matches.push({ o, n, sim, by });
}

/** The fingerprint of a unit. */
function unitGrams(u: AlignUnit): Grams {
  return u.grams();
}

/** The content words of a unit (none when it has no such list). */
function unitWords(u: AlignUnit): Grams {
  return u.words?.() ?? EMPTY;
}

/**
 * Among units of one neutral key, more on one side than the other: pair those printed exactly
 * alike (`printed`), when the print is unique within the key on both sides. The rest go to the
 * content rounds, where the position decides.
 */
function takeSamePrint(
  olds: readonly AlignUnit[],
  news: readonly AlignUnit[],
  os: readonly number[],
  ns: readonly number[],
  t: Taken,
): void {
  const byPrint = (units: readonly AlignUnit[], ids: readonly number[]) => {
    const m = new Map<string, number>();
    for (const i of ids) {
      const print = (units[i] as AlignUnit).printed?.();
      if (print === undefined) return null;
      m.set(print, m.has(print) ? -1 : i);
    }
    return m;
  };
  const oldPrints = byPrint(olds, os);
  const newPrints = byPrint(news, ns);
  if (!oldPrints || !newPrints) return;
  for (const [raw, o] of oldPrints) {
    const n = newPrints.get(raw);
    if (o >= 0 && n !== undefined && n >= 0) take(o, n, 1, 'exact', t);
  }
}

/** Minimum rarity-weighted Dice of content words for the same-gap rescue. */
const RESCUE_WORDS = 0.3;
/**
 * The same for a pair that also keeps its number: the provision at that place and number was
 * rewritten (a Pasal rewritten in the same words' subject: "Gubernur merekomendasikan ... mencabut
 * SIUP" -> "Gubernur menyampaikan rekomendasi ... izin usaha ... dicabut"), which a reader calls
 * "diubah"; in an amendment a Pasal deleted and another inserted cannot even share a number.
 */
const RESCUE_WORDS_SAME_NUMBER = 0.1;

/** Step 6 (see the header): pair leftovers enclosed by the same matched neighbours on both sides. */
function sameGapRescue(
  olds: readonly AlignUnit[],
  news: readonly AlignUnit[],
  t: Taken,
  /** Gram frequencies over both lists, when already counted (word hashes are grams too). */
  gramDf: GramCounts | null,
) {
  const { matches, oldTaken, newTaken } = t;
  if (
    !olds.some((u, i) => !oldTaken[i] && u.words) ||
    !news.some((u, j) => !newTaken[j] && u.words)
  )
    return;
  const partners = partnersOf(olds.length, news.length, matches);
  const ow = partnerWindows(partners.ofOld, news.length);
  const nw = partnerWindows(partners.ofNew, olds.length);
  // Only a one-to-one gap: the old unit's window holds exactly one leftover new unit, and that
  // unit's window holds exactly this leftover old unit (a wrong pairing is worse than none).
  const onlyFree = (taken: Uint8Array, from: number, to: number): number => {
    let found = -1;
    for (let k = from + 1; k < to; k++) {
      if (taken[k]) continue;
      if (found >= 0) return -1;
      found = k;
    }
    return found;
  };
  const pairs: Array<{ o: number; n: number }> = [];
  for (let o = 0; o < olds.length; o++) {
    if (oldTaken[o] || !olds[o]?.words) continue;
    const lo = ow.lo[o] as number;
    const hi = Math.min(ow.hi[o] as number, news.length);
    if (lo >= hi) continue;
    const n = onlyFree(newTaken, lo, hi);
    if (n < 0 || !news[n]?.words) continue;
    if (onlyFree(oldTaken, nw.lo[n] as number, Math.min(nw.hi[n] as number, olds.length)) === o)
      pairs.push({ o, n });
  }
  pairs.push(...sameContextPairs(olds, news, oldTaken, newTaken, pairs));
  if (pairs.length === 0) return;
  const df = gramDf ?? gramFrequencies(olds, news, unitWords);
  const total = olds.length + news.length;
  const weight = (g: number) => Math.log(total / (df.count(g) || 1));
  const cands = pairs
    .map(({ o, n }) => {
      const a = olds[o] as AlignUnit;
      const b = news[n] as AlignUnit;
      const sim = weightedDiceOf((a.words as () => Grams)(), (b.words as () => Grams)(), weight);
      const score =
        sim +
        (a.num !== undefined && a.num === b.num ? NUM_BONUS : 0) +
        (a.ctx && a.ctx === b.ctx ? CTX_BONUS : 0);
      return { o, n, sim, score };
    })
    .filter((c) => c.sim >= (olds[c.o]?.num !== undefined && olds[c.o]?.num === news[c.n]?.num ? RESCUE_WORDS_SAME_NUMBER : RESCUE_WORDS));
  cands.sort((x, y) => y.score - x.score);
  for (const c of cands)
    if (!oldTaken[c.o] && !newTaken[c.n])
      take(c.o, c.n, dice(olds[c.o]!.grams(), news[c.n]!.grams()), 'content', t);
}

/** The most leftovers one context may hold on either side for `sameContextPairs` to pair them. */
const CONTEXT_LEFTOVERS = 3;

/**
 * The other gap the rescue knows: the leftovers of one context (a BAB's title, "RAMBU DAN MARKA
 * PARKIR", "KETENTUAN PENUTUP") on each side, when neither side has more than
 * `CONTEXT_LEFTOVERS` there; every old-new pair of them is a candidate, and the rescue's word
 * test and best-first order decide. A replacement Perda that keeps a chapter and rewrites its one
 * Pasal (Surabaya: old Pasal 13, new Pasal 23) has many inserted Pasal between its matched
 * neighbours, so the window test cannot see it; nor a repeal clause in a closing chapter that
 * gained a Pasal beside it (UU 22/1997 Pasal 103 "Dengan berlakunya Undang-undang ini, maka
 * Undang-undang Nomor 9 Tahun 1976 … dinyatakan tidak berlaku" is UU 35/2009 Pasal 153, with new
 * Pasal 154 on the implementing rules in the same chapter).
 */
function sameContextPairs(
  olds: readonly AlignUnit[],
  news: readonly AlignUnit[],
  oldTaken: Uint8Array,
  newTaken: Uint8Array,
  found: ReadonlyArray<{ o: number; n: number }>,
): Array<{ o: number; n: number }> {
  const leftovers = (units: readonly AlignUnit[], taken: Uint8Array) => {
    const by = new Map<string, number[]>();
    units.forEach((u, i) => {
      if (taken[i] || !u.ctx || !u.words) return;
      const l = by.get(u.ctx);
      if (l) l.push(i);
      else by.set(u.ctx, [i]);
    });
    return by;
  };
  const oldBy = leftovers(olds, oldTaken);
  const newBy = leftovers(news, newTaken);
  const seen = new Set(found.map((p) => p.o));
  const seenNew = new Set(found.map((p) => p.n));
  const out: Array<{ o: number; n: number }> = [];
  for (const [ctx, os] of oldBy) {
    const ns = newBy.get(ctx);
    if (!ns || os.length > CONTEXT_LEFTOVERS || ns.length > CONTEXT_LEFTOVERS) continue;
    for (const o of os) for (const n of ns) if (!seen.has(o) && !seenNew.has(n)) out.push({ o, n });
  }
  return out;
}

/** Same kind and same neutral text. */
function sameText(a: AlignUnit, b: AlignUnit): boolean {
  return a.key === b.key && a.kind === b.kind;
}

/** The inner map of `m` under `k` (created on first use). */
function groupOf<K, V>(m: Map<K, Map<string, V>>, k: K): Map<string, V> {
  let g = m.get(k);
  if (!g) {
    g = new Map();
    m.set(k, g);
  }
  return g;
}

function pushTo<K>(m: Map<K, number[]>, k: K, v: number) {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

/** Gap number of every position: how many chain anchors lie before it. */
function gapsOf(length: number, anchorPositions: number[]): Int32Array {
  const sorted = [...anchorPositions].sort((a, b) => a - b);
  const gaps = new Int32Array(length);
  let k = 0;
  for (let i = 0; i < length; i++) {
    while (k < sorted.length && (sorted[k] as number) < i) k++;
    gaps[i] = k;
  }
  return gaps;
}

function contentRound(
  olds: readonly AlignUnit[],
  news: readonly AlignUnit[],
  opts: AlignOptions,
  t: Taken,
  /** Rarity weights, or null for plain Dice. */
  weighted: WeightedDice | null,
) {
  const { matches, oldTaken, newTaken } = t;
  const window = opts.window ?? 8;
  const perUnit = opts.indexCandidates ?? 6;
  const chain = heaviestChain(matches.map((m) => ({ o: m.o, n: m.n, w: 1 })));
  const chainMatches = matches.filter((_, i) => chain.has(i));
  const oldGap = gapsOf(
    olds.length,
    chainMatches.map((m) => m.o),
  );
  const newGap = gapsOf(
    news.length,
    chainMatches.map((m) => m.n),
  );

  // Free units of each gap (by gap number), in order, and each free new unit's rank in its gap.
  const freeOldByGap: number[][] = [];
  for (let i = 0; i < olds.length; i++) if (!oldTaken[i]) (freeOldByGap[oldGap[i] as number] ??= []).push(i);
  const freeNewByGap: number[][] = [];
  const rankInGap = new Int32Array(news.length);
  for (let j = 0; j < news.length; j++) {
    if (newTaken[j]) continue;
    const inGap = (freeNewByGap[newGap[j] as number] ??= []);
    rankInGap[j] = inGap.length;
    inGap.push(j);
  }

  const freeOld = freeOldList(oldTaken);
  // No more free old units than the window holds: every one is a candidate, so a unit that moved
  // to another gap (a Pasal moved to another BAB and edited) is one too.
  const everyOne = freeOld.length <= window;
  const freeGrams = everyOne ? [] : freeOld.map((o) => (olds[o] as AlignUnit).grams());
  const index = !everyOne && freeOld.length > MAX_DF ? gramIndex(freeGrams, freeOld, MAX_DF) : null;
  const direct = !everyOne && index === null;
  const counts = new Int32Array(olds.length);
  const firstGram = new Float64Array(olds.length);
  const touched: number[] = [];
  const cands: Array<{ o: number; n: number; score: number; sim: number }> = [];
  // Candidates of one new unit, in first-seen order (window first), without a Set per unit.
  const stamp = new Int32Array(olds.length).fill(-1);
  const seen: number[] = [];
  // A loop, not a callback: compiled code of a closure made per call does not outlive it by a
  // full garbage collection, and this loop is the hot path of content matching.
  for (let j = 0; j < news.length; j++) {
    if (newTaken[j]) continue;
    const nu = news[j] as AlignUnit;
    seen.length = 0;
    // Same-gap window around the same relative position inside the gap.
    const gOld = freeOldByGap[newGap[j] as number] ?? [];
    const gNewLen = freeNewByGap[newGap[j] as number]?.length ?? 1;
    const rel = gNewLen > 1 ? (rankInGap[j] as number) / (gNewLen - 1) : 0;
    const centre = Math.round(rel * Math.max(0, gOld.length - 1));
    const from = Math.max(0, Math.min(centre - Math.floor(window / 2), gOld.length - window));
    for (let k = from; k < Math.min(gOld.length, from + window); k++) see(stamp, seen, gOld[k] as number, j);
    if (everyOne) for (const o of freeOld) see(stamp, seen, o, j);
    // Index candidates: free old units sharing the most rare grams.
    if (index) {
      const ng = nu.grams();
      for (let x = 0; x < ng.length; x++) {
        const g = ng[x] as number;
        const run = index.runs.get(g) ?? -1;
        if (run < 0) continue;
        const end = Math.floor(run / RUN_SCALE);
        for (let r = run % RUN_SCALE; r < end; r++) {
          const o = index.units[r] as number;
          if (counts[o] === 0) touched.push(o);
          counts[o] = (counts[o] as number) + 1;
        }
      }
      stableSortBy(touched, (x, y) => (counts[y] as number) - (counts[x] as number));
      for (let k = 0; k < touched.length && k < perUnit; k++) see(stamp, seen, touched[k] as number, j);
      for (const o of touched) counts[o] = 0;
      touched.length = 0;
    } else if (direct) {
      // At most MAX_DF free old units: every gram is rare enough, so an index would count all
      // shared grams. Same counts, same order (first shared gram, then position), no index.
      const ng = nu.grams();
      for (let f = 0; f < freeOld.length; f++) {
        const o = freeOld[f] as number;
        const shared = sharedCount(ng, freeGrams[f] as Grams, firstGram, o);
        if (shared === 0) continue;
        counts[o] = shared;
        touched.push(o);
      }
      stableSortBy(
        touched,
        (x, y) =>
          (counts[y] as number) - (counts[x] as number) ||
          (firstGram[x] as number) - (firstGram[y] as number) ||
          x - y,
      );
      for (let k = 0; k < touched.length && k < perUnit; k++) see(stamp, seen, touched[k] as number, j);
      for (const o of touched) counts[o] = 0;
      touched.length = 0;
    }

    for (const o of seen) {
      const ou = olds[o] as AlignUnit;
      const sim = sameText(ou, nu) ? 1 : weighted ? weightedSimilarity(weighted, ou, nu) : dice(ou.grams(), nu.grams());
      const sameGap = oldGap[o] === newGap[j];
      if (sim < opts.minSim && !(sameGap && sim >= opts.minGapSim)) continue;
      let score = sim + (sameGap ? GAP_BONUS : 0);
      if (nu.num !== undefined && nu.num === ou.num) score += NUM_BONUS;
      if (nu.ctx && nu.ctx === ou.ctx) score += CTX_BONUS;
      score -= Math.abs(o / Math.max(1, olds.length) - j / Math.max(1, news.length)) * 0.01;
      cands.push({ o, n: j, score, sim });
    }
  }
  cands.sort((a, b) => b.score - a.score);
  for (const c of cands) if (!oldTaken[c.o] && !newTaken[c.n]) take(c.o, c.n, c.sim, 'content', t);
}

/** Add old unit `o` to the candidates `seen` of new unit `j` unless it is there (`stamp` marks it). */
function see(stamp: Int32Array, seen: number[], o: number, j: number): void {
  if (stamp[o] === j) return;
  stamp[o] = j;
  seen.push(o);
}

/** Array lengths up to which `stableSortBy` sorts in place by insertion. */
const SMALL_SORT = 32;

/** Stable sort of `xs` by `cmp`: in place by insertion when short, else `Array.prototype.sort` (also stable). */
function stableSortBy(xs: number[], cmp: (x: number, y: number) => number): void {
  if (xs.length > SMALL_SORT) {
    xs.sort(cmp);
    return;
  }
  for (let i = 1; i < xs.length; i++) {
    const v = xs[i] as number;
    let j = i - 1;
    while (j >= 0 && cmp(xs[j] as number, v) > 0) {
      xs[j + 1] = xs[j] as number;
      j--;
    }
    xs[j + 1] = v;
  }
}

/** Indices of the units not taken yet. */
function freeOldList(taken: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < taken.length; i++) if (!taken[i]) out.push(i);
  return out;
}

/** Number of grams `a` and `b` share; the first (smallest) shared gram goes to `first[slot]`. */
function sharedCount(a: Grams, b: Grams, first: Float64Array, slot: number): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      if (n === 0) first[slot] = x;
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

const EMPTY: Grams = new Uint32Array(0);

/** In how many units of both lists each gram of `gramsOf(unit)` occurs. */
function gramFrequencies(olds: readonly AlignUnit[], news: readonly AlignUnit[], gramsOf: typeof unitGrams): GramCounts {
  let capacity = 0;
  for (const list of [olds, news]) for (const u of list) capacity += gramsOf(u).length;
  const df = new GramCounts(capacity);
  for (const list of [olds, news]) for (const u of list) df.addAll(gramsOf(u));
  return df;
}

/**
 * Dice similarity with grams weighted by log inverse document frequency over both lists. Each
 * unit's weights are looked up once; a comparison is then one merge of two sorted arrays.
 */
function weightedDice(df: GramCounts, n: number): WeightedDice {
  return { df, n, weightOfDf: new Float64Array(n + 1), weights: new Map() };
}

/** What `weightedDice` weighs with: gram counts over `n` units, and weights found so far. */
interface WeightedDice {
  df: GramCounts;
  n: number;
  /** The weight of a gram depends only on its document frequency (1..n): one log per frequency. */
  weightOfDf: Float64Array;
  /** Each unit's gram weights (parallel to its grams) and their sum. */
  weights: Map<AlignUnit, { w: Float64Array; total: number }>;
}

/** The gram weights of `u` (found on first use). */
function weightsOf(d: WeightedDice, u: AlignUnit): { w: Float64Array; total: number } {
  let e = d.weights.get(u);
  if (!e) {
    const gs = u.grams();
    const w = new Float64Array(gs.length);
    let total = 0;
    for (let i = 0; i < gs.length; i++) {
      const f = d.df.count(gs[i] as number) || 1;
      let x = d.weightOfDf[f] as number;
      if (x === 0) x = d.weightOfDf[f] = Math.log(1 + d.n / f);
      w[i] = x;
      total += x;
    }
    e = { w, total };
    d.weights.set(u, e);
  }
  return e;
}

/** The weighted Dice similarity of `a` and `b`. */
function weightedSimilarity(d: WeightedDice, a: AlignUnit, b: AlignUnit): number {
  const wa = weightsOf(d, a);
  const wb = weightsOf(d, b);
  const total = wa.total + wb.total;
  return total === 0 ? 1 : (2 * sharedWeight(a.grams(), b.grams(), wa.w)) / total;
}

/** Sum of the weights (from `wa`, parallel to `a`) of the grams `a` and `b` share. */
function sharedWeight(a: Grams, b: Grams, wa: Float64Array): number {
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      s += wa[i] as number;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return s;
}
