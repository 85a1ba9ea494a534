/**
 * Pasal paired by what cites them: a Pasal rewritten so far that its words no longer pair it
 * (Surabaya 1/2009 Pasal 15, "Petugas parkir berkewajiban untuk: a. … d.", is Pasal 19 of
 * 3/2018, "Petugas parkir … berkewajiban: a. … j.") is still cited where the paired Pasal cite
 * it: old Pasal 37 "… sebagaimana dimaksud dalam Pasal 15 dikenakan sanksi …" is new Pasal 34
 * "… sebagaimana dimaksud dalam Pasal 19 dikenakan sanksi …". Where a paired Pasal cites as many
 * Pasal on both sides, the k-th citation of one side stands for the k-th of the other; where the
 * two cite different numbers of Pasal but have as many ayat, so does the k-th citation of an ayat
 * citing as many on both sides (UU 22/1997 Pasal 51 "(1) … Pasal 49 … (2) … Pasal 50 …" is
 * UU 35/2009 Pasal 59 "(1) … Pasal 56 dan Pasal 57 … (2) … Pasal 58 …": old 50 is new 58; old 49
 * was split in two). An old Pasal and a new Pasal both left unpaired, cited so by at least one
 * pair and never cited against another, pair when they also share some content words (a wrong
 * pair is worse than none).
 */
import type { Match } from './align';
import type { PasalUnit } from './extract';
import { isExternal } from './references';
import { dice, gramsFor, wordsIn } from './similarity';
import type { Token } from './tokenize';

/** Dice of content words a pair proven by citations still needs. */
const MIN_WORDS = 0.2;

/**
 * Where the Pasal of one document are found: by the number each bears alone, and by their own and
 * their parts' uids; only the Pasal left unpaired are found by uid (a citation of a paired one
 * pairs nothing), so the index stays small.
 */
interface PasalIndex {
  byNum: Map<string, number>;
  byUid: Map<string, number>;
}

function indexOf(units: readonly PasalUnit[], taken: ReadonlySet<number>): PasalIndex {
  const byNum = new Map<string, number>();
  const byUid = new Map<string, number>();
  units.forEach((u, i) => {
    byNum.set(u.num, byNum.has(u.num) ? -1 : i);
    if (taken.has(i)) return;
    byUid.set(u.uid, i);
    for (const p of u.parts) byUid.set(p.uid, i);
  });
  return { byNum, byUid };
}

/** The Pasal of this regulation a token run cites, in order (-1 where a citation names none): text citations by number, live references by their target. */
function citedPasal(tokens: readonly Token[], at: PasalIndex): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'pasalRef' && t.num !== undefined && !isExternal(tokens, i)) out.push(at.byNum.get(t.num) ?? -1);
    else if (t.kind === 'ref' && t.target !== undefined) out.push(at.byUid.get(t.target) ?? -1);
  }
  return out;
}

/** The Pasal each top-level part of `u` (an ayat with its items, or a loose paragraph) cites, by part (`citedPasal`). */
function citedByAyat(u: PasalUnit, at: PasalIndex): number[][] {
  const out: number[][] = [];
  for (const p of u.parts) {
    if (p.depth === 0 || out.length === 0) out.push([]);
    (out[out.length - 1] as number[]).push(...citedPasal(p.tokens, at));
  }
  return out;
}

/**
 * The citations of a paired Pasal set side by side: the whole lists where they are as long, else
 * those of each ayat citing as many on both sides where the two have as many ayat; empty where
 * nothing can be set so.
 */
function citationsSideBySide(o: PasalUnit, n: PasalUnit, oldAt: PasalIndex, newAt: PasalIndex): Array<[number[], number[]]> {
  const a = citedPasal(o.tokens, oldAt);
  const b = citedPasal(n.tokens, newAt);
  if (a.length === 0 || b.length === 0) return [];
  if (a.length === b.length) return [[a, b]];
  const byA = citedByAyat(o, oldAt);
  const byB = citedByAyat(n, newAt);
  if (byA.length < 2 || byA.length !== byB.length) return [];
  return byA.map((x, k): [number[], number[]] => [x, byB[k] as number[]]).filter(([x, y]) => x.length > 0 && x.length === y.length);
}

/** The pairs of unpaired Pasal that the citations of the paired ones prove (see the header). */
export function citationPairs(olds: readonly PasalUnit[], news: readonly PasalUnit[], matches: readonly Match[]): Match[] {
  const oldTaken = new Set(matches.map((m) => m.o));
  const newTaken = new Set(matches.map((m) => m.n));
  // Nothing left unpaired on one side: no citation can pair anything.
  if (oldTaken.size === olds.length || newTaken.size === news.length) return [];
  const oldAt = indexOf(olds, oldTaken);
  const newAt = indexOf(news, newTaken);
  // Each unpaired old Pasal's partner by the citations, or -1 once two citations disagree.
  const partnerOfOld = new Map<number, number>();
  const partnerOfNew = new Map<number, number>();
  const vote = (o: number, n: number) => {
    const a = partnerOfOld.get(o);
    partnerOfOld.set(o, a === undefined || a === n ? n : -1);
    const b = partnerOfNew.get(n);
    partnerOfNew.set(n, b === undefined || b === o ? o : -1);
  };
  for (const m of matches) {
    for (const [a, b] of citationsSideBySide(olds[m.o] as PasalUnit, news[m.n] as PasalUnit, oldAt, newAt)) {
      a.forEach((o, k) => {
        const n = b[k] as number;
        if (o < 0 || n < 0 || oldTaken.has(o) || newTaken.has(n)) return;
        vote(o, n);
      });
    }
  }
  const out: Match[] = [];
  for (const [o, n] of partnerOfOld) {
    if (n < 0 || partnerOfNew.get(n) !== o) continue;
    const words = dice(wordsIn(gramsFor((olds[o] as PasalUnit).tokens)), wordsIn(gramsFor((news[n] as PasalUnit).tokens)));
    if (words >= MIN_WORDS) out.push({ o, n, sim: dice(gramsFor((olds[o] as PasalUnit).tokens), gramsFor((news[n] as PasalUnit).tokens)), by: 'content' });
  }
  return out;
}
