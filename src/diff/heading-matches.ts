/**
 * BAB, Bagian and Paragraf titles matched between two texts: by uid and by their words, unless
 * the chapters' Pasal say otherwise, then by where their Pasal went.
 */
import { alignUnits, type Match } from './align';
import { alignUnitOf } from './compare-other';
import type { HeadingUnit } from './extract';
import type { RefMaps } from './references';
import { gramsFor, intersectionSize, wordsIn } from './similarity';
import { rawKey } from './unit-keys';

/** Two titles share a content word. */
function titlesShareWord(a: HeadingUnit, b: HeadingUnit): boolean {
  return intersectionSize(wordsIn(gramsFor(a.tokens)), wordsIn(gramsFor(b.tokens))) > 0;
}

/** BAB, Bagian and Paragraf titles matched, and where each old BAB went (old uid -> new uid). */
export interface HeadingMatches {
  matches: Match[];
  babMap: Map<string, string>;
}

/** One title of one kind, with its index among all titles. */
interface IndexedTitle {
  h: HeadingUnit;
  i: number;
}

/** Where the Pasal under each old title of one kind went, by the new titles their partners stand under. */
interface PasalVotes {
  /** Per old title: new title (index among `news`) -> how many of its Pasal went there. */
  votes: Array<Map<number, number>>;
  /** Per new title: how many of its Pasal have a partner in the old text. */
  received: number[];
}

/** Count where the Pasal under each old title went (`maps.uid`: old uid -> new uid). */
function pasalVotes(olds: readonly IndexedTitle[], news: readonly IndexedTitle[], maps: RefMaps): PasalVotes {
  const newOfPasal = new Map<string, number>();
  news.forEach((x, k) => { for (const p of x.h.pasalUids) newOfPasal.set(p, k); });
  const received = news.map(() => 0);
  const votes = olds.map((x) => {
    const v = new Map<number, number>();
    for (const p of x.h.pasalUids) {
      const np = maps.uid.get(p);
      const y = np !== undefined ? newOfPasal.get(np) : undefined;
      if (y === undefined) continue;
      v.set(y, (v.get(y) ?? 0) + 1);
      received[y] = (received[y] as number) + 1;
    }
    return v;
  });
  return { votes, received };
}

/**
 * A pair of titles read alike that their Pasal contradict: Pasal of the old title went to the
 * new text and Pasal came to the new title from the old, but none from the one to the other.
 * Titles of one law share their words ("ASAS PERATURAN PERUNDANG-UNDANGAN", "PEMBENTUKAN
 * PERATURAN PERUNDANG-UNDANGAN", "ASAS PEMBENTUKAN PERATURAN PERUNDANG-UNDANGAN"): where the
 * chapters' Pasal tell otherwise, the Pasal decide.
 */
function contradicted(v: PasalVotes, o: number, n: number): boolean {
  const went = v.votes[o] as Map<number, number>;
  return went.size > 0 && (v.received[n] as number) > 0 && !went.has(n);
}

/** Match the BAB, Bagian and Paragraf titles: by uid and text (unless their Pasal contradict it), then by where their Pasal went. */
export function matchHeadings(olds: readonly HeadingUnit[], news: readonly HeadingUnit[], maps: RefMaps, useUids: boolean): HeadingMatches {
  const all: Match[] = [];
  for (const kind of ['bab', 'bagian', 'paragraf'] as const) {
    const oi = olds.map((h, i) => ({ h, i })).filter((x) => x.h.kind === kind);
    const ni = news.map((h, i) => ({ h, i })).filter((x) => x.h.kind === kind);
    const toAlign = (h: HeadingUnit) => ({ ...alignUnitOf(h, h.uid), key: rawKey(h.tokens) });
    const v = pasalVotes(oi, ni, maps);
    const local = alignUnits(oi.map((x) => toAlign(x.h)), ni.map((x) => toAlign(x.h)), { useUids, minSim: 0.5, minGapSim: 0.34 }).filter((m) => m.by !== 'content' || !contradicted(v, m.o, m.n));
    const oldTaken = new Set(local.map((m) => m.o));
    const newTaken = new Set(local.map((m) => m.n));
    // Where did each old title's Pasal go? Match leftovers by majority vote.
    oi.forEach((x, k) => {
      if (oldTaken.has(k) || x.h.pasalUids.length === 0) return;
      let best = -1;
      let bestV = 0;
      for (const [y, n] of v.votes[k] as Map<number, number>) if (n > bestV) { best = y; bestV = n; }
      const target = ni[best];
      // Most of its Pasal went there and they are most of what stands there; or, when the titles
      // share a word, half. A new chapter that gathers half its Pasal from an old one of another
      // title (Surabaya: "LOKASI TEMPAT PARKIR" into "PENYELENGGARAAN PERPARKIRAN OLEH ORANG ATAU
      // BADAN", two of four) is a new chapter, the old one dissolved; and so the other way round.
      const most = (n: number) => bestV > 0.5 * n;
      const half = (n: number) => bestV >= 0.5 * n;
      const share = () => titlesShareWord(x.h, (target as IndexedTitle).h);
      if (target && !newTaken.has(best) && half(x.h.pasalUids.length) && half(target.h.pasalUids.length) && ((most(x.h.pasalUids.length) && most(target.h.pasalUids.length)) || share())) {
        local.push({ o: k, n: best, sim: 0, by: 'content' });
        oldTaken.add(k);
        newTaken.add(best);
      }
    });
    for (const m of local) all.push({ ...m, o: (oi[m.o] as IndexedTitle).i, n: (ni[m.n] as IndexedTitle).i });
  }
  const babMap = new Map<string, string>();
  for (const m of all) {
    const a = olds[m.o] as HeadingUnit;
    if (a.kind === 'bab') babMap.set(a.uid, (news[m.n] as HeadingUnit).uid);
  }
  return { matches: all, babMap };
}
