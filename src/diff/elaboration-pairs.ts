/**
 * Pasal paired by the list item they elaborate. A law often lists its aspects in one Pasal
 * ("… meliputi aspek: a. pendanaan; b. persaingan; … e. kemitraan") and gives each a Pasal of
 * its own that opens by citing its item ("… dalam aspek kemitraan sebagaimana dimaksud dalam
 * Pasal 6 ayat (1) huruf e …"). Where such a law is rewritten throughout (UU 9/1995 -> UU 20/2008:
 * "Pemerintah menumbuhkan iklim usaha dalam aspek …" became "Aspek … ditujukan untuk:"), the
 * elaborating Pasal share too few words to pair, while the list they cite pairs item by item. So:
 * - an old and a new Pasal both left unpaired pair when the items they elaborate are a pair of
 *   parts (and they share some content words): old Pasal 7 (aspek pendanaan, Pasal 6 ayat (1)
 *   huruf a) is new Pasal 8 (Pasal 7 ayat (1) huruf a);
 * - a weak content pair whose two Pasal elaborate items the list pairs otherwise is dropped:
 *   old Pasal 8 (aspek persaingan, huruf b, which the new list lacks) had paired with new Pasal 11
 *   (aspek kemitraan, new huruf d, which is old huruf e) by the words of one item it took over;
 *   old Pasal 11 (aspek kemitraan, huruf e) is new Pasal 11.
 * A Pasal elaborates the part of another Pasal that its opening part cites first; a part counts
 * only where no other Pasal of its text elaborates it too.
 */
import type { Match } from './align';
import type { PasalUnit } from './extract';
import { dice, gramsFor, wordsIn } from './similarity';

/** Dice of content words two unpaired Pasal must share to pair (as for pairs proven by citations). */
const MIN_WORDS = 0.2;
/** A content pair at least this similar stands whatever the items say. */
const FIRM = 0.5;

/** Where a part of a text lies: the index of its Pasal and its index among that Pasal's parts. */
interface PartPlace {
  pasal: number;
  part: number;
}

/** The part of another Pasal that each Pasal's opening part cites first, where no other Pasal's opening cites it. */
function elaboratedParts(units: readonly PasalUnit[]): Array<PartPlace | null> {
  const placeOf = new Map<string, PartPlace>();
  units.forEach((u, pasal) => u.parts.forEach((p, part) => placeOf.set(p.uid, { pasal, part })));
  const cited = units.map((u, i): PartPlace | null => {
    for (const t of u.parts[0]?.tokens ?? []) {
      if (t.kind !== 'ref' || t.target === undefined) continue;
      const place = placeOf.get(t.target);
      if (place && place.pasal !== i) return place;
    }
    return null;
  });
  const times = new Map<string, number>();
  for (const c of cited) if (c) times.set(`${c.pasal}/${c.part}`, (times.get(`${c.pasal}/${c.part}`) ?? 0) + 1);
  return cited.map((c) => (c && times.get(`${c.pasal}/${c.part}`) === 1 ? c : null));
}

/** What the elaborated items say about a pair of Pasal: that they are one, that they are not, or nothing. */
type Verdict = 'same' | 'other' | 'unknown';

/**
 * The Pasal pairs the elaborated items prove, and the weak pairs they contradict (see the
 * header); `partsOf` gives the part pairs of a Pasal pair.
 */
export function elaborationPairs(
  olds: readonly PasalUnit[],
  news: readonly PasalUnit[],
  matches: readonly Match[],
  partsOf: (m: Match) => readonly Match[],
): { add: Match[]; drop: Match[] } {
  const oldItems = elaboratedParts(olds);
  const newItems = elaboratedParts(news);
  if (!oldItems.some(Boolean) || !newItems.some(Boolean)) return { add: [], drop: [] };
  const byOld = new Map(matches.map((m) => [m.o, m]));
  const parts = new Map<Match, readonly Match[]>();
  const partPairs = (m: Match): readonly Match[] => {
    let p = parts.get(m);
    if (!p) parts.set(m, (p = partsOf(m)));
    return p;
  };
  const verdict = (o: number, n: number): Verdict => {
    const a = oldItems[o];
    const b = newItems[n];
    if (!a || !b) return 'unknown';
    const list = byOld.get(a.pasal);
    if (!list || list.n !== b.pasal) return 'unknown';
    const pairs = partPairs(list);
    if (pairs.some((p) => p.o === a.part && p.n === b.part)) return 'same';
    return pairs.some((p) => p.o === a.part || p.n === b.part) ? 'other' : 'unknown';
  };
  const drop = matches.filter((m) => m.by === 'content' && m.sim < FIRM && verdict(m.o, m.n) === 'other');
  const kept = matches.filter((m) => !drop.includes(m));
  const oldTaken = new Set(kept.map((m) => m.o));
  const newTaken = new Set(kept.map((m) => m.n));
  const listOf = new Map(kept.map((m) => [m.o, m]));
  const newByItem = new Map<string, number>();
  newItems.forEach((b, n) => {
    if (b && !newTaken.has(n)) newByItem.set(`${b.pasal}/${b.part}`, n);
  });
  const add: Match[] = [];
  oldItems.forEach((a, o) => {
    const list = a && !oldTaken.has(o) ? listOf.get(a.pasal) : undefined;
    if (!a || !list) return;
    const pair = partPairs(list).find((p) => p.o === a.part);
    const n = pair ? newByItem.get(`${list.n}/${pair.n}`) : undefined;
    if (n === undefined) return;
    const og = gramsFor((olds[o] as PasalUnit).tokens);
    const ng = gramsFor((news[n] as PasalUnit).tokens);
    if (dice(wordsIn(og), wordsIn(ng)) >= MIN_WORDS) add.push({ o, n, sim: dice(og, ng), by: 'content' });
  });
  return { add, drop };
}
