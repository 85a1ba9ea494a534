/**
 * Parts that moved from one Pasal to another: an ayat cut from Pasal 27 and pasted into Pasal 29,
 * a list item carried over to another Pasal. Among the parts left unpaired inside matched Pasal
 * pairs, an old part and a new part of different pairs pair when they share a uid, when their
 * text is the same (references neutralised), or when it is close (Dice of grams >=
 * `CROSS_MIN_SIM`, and >= `CROSS_MIN_RARE_SIM` with grams weighted by rarity). Short parts (fewer than `MIN_WORDS` content words: "juru parkir;") never
 * pair, since the same few words in two places say nothing about a move.
 */
import { alignUnits, type AlignUnit, type Match } from './align';
import type { PartUnit, PasalUnit } from './extract';
import { GramCounts } from './gram-counts';
import { gramsFor, lazyGrams, weightedDiceOf } from './similarity';
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
}

/** Minimum similarity of two parts in different Pasal to count as one moved part. */
export const CROSS_MIN_SIM = 0.7;

/**
 * Minimum similarity of two such parts with grams weighted by rarity over every part of both
 * documents: boilerplate ("Ketentuan lebih lanjut mengenai ... diatur dalam Peraturan Walikota")
 * counts little, so two such sentences on different subjects do not pair.
 */
export const CROSS_MIN_RARE_SIM = 0.65;

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

function alignUnitOf(x: Leftover): AlignUnit {
  return { uid: x.part.uid, key: neutralKey(x.part.tokens), grams: lazyGrams(x.part.tokens) };
}

/** Dice similarity of two parts, each gram weighted by log(1 + n / df) over the parts of `pasal`. */
function rarityWeightedDice(pasal: readonly PasalUnit[]): (a: PartUnit, b: PartUnit) => number {
  let n = 0;
  let capacity = 0;
  for (const p of pasal) for (const part of p.parts) {
    n++;
    capacity += gramsFor(part.tokens).length;
  }
  const df = new GramCounts(capacity);
  for (const p of pasal) for (const part of p.parts) df.addAll(gramsFor(part.tokens));
  const weight = (g: number) => Math.log(1 + n / (df.count(g) || 1));
  return (a, b) => weightedDiceOf(gramsFor(a.tokens), gramsFor(b.tokens), weight);
}

/** Find the parts that moved between the matched Pasal pairs (`partMatches`: part matches by new Pasal index). */
export function crossPasalMoves(
  olds: readonly PasalUnit[],
  news: readonly PasalUnit[],
  matches: readonly Match[],
  partMatches: ReadonlyMap<number, readonly Match[]>,
  useUids: boolean,
): CrossMoves {
  const byOld = new Map<string, CrossMove>();
  const byNew = new Map<string, CrossMove>();
  const partsOf = (pair: number) => partMatches.get((matches[pair] as Match).n) ?? [];
  const gone = leftovers(matches.map((m) => olds[m.o] as PasalUnit), (pair) => partsOf(pair).map((x) => x.o));
  if (gone.length === 0) return { byOld, byNew };
  const come = leftovers(matches.map((m) => news[m.n] as PasalUnit), (pair) => partsOf(pair).map((x) => x.n));
  if (gone.length === 0 || come.length === 0) return { byOld, byNew };
  const pairs = alignUnits(gone.map(alignUnitOf), come.map(alignUnitOf), { useUids, minSim: CROSS_MIN_SIM, minGapSim: CROSS_MIN_SIM });
  let rarity: ((a: PartUnit, b: PartUnit) => number) | null = null;
  for (const p of pairs) {
    const a = gone[p.o] as Leftover;
    const b = come[p.n] as Leftover;
    if (a.pair === b.pair) continue;
    if (p.by === 'content') {
      rarity ??= rarityWeightedDice([...olds, ...news]);
      if (rarity(a.part, b.part) < CROSS_MIN_RARE_SIM) continue;
    }
    const move = { from: a.part, fromPasal: a.pasal, to: b.part, toPasal: b.pasal };
    byOld.set(a.part.uid, move);
    byNew.set(b.part.uid, move);
  }
  return { byOld, byNew };
}
