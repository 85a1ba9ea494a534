/**
 * The number as the tie-breaker it is meant to be. The aligner takes pairs greedily by score, the
 * number a small bonus in it; among units of one formula that greed can cross two pairs whose
 * words say almost nothing: UU 31/1999 Pasal 5 to 11 all read "Setiap orang yang melakukan tindak
 * pidana sebagaimana dimaksud dalam Pasal 209 … Kitab Undang-undang Hukum Pidana, dipidana …", and
 * against their rewritten texts old Pasal 5 scored 0.57 with new Pasal 9 and 0.55 with new Pasal
 * 5, old Pasal 9 0.51 with new Pasal 5 and 0.53 with new Pasal 9: read as "Pasal 9 -> Pasal 5"
 * and "Pasal 5 -> Pasal 9". Two content pairs that are each other's numbers crossed (old 5 with
 * new 9, old 9 with new 5) are uncrossed when the pairs by number score as high, the number's
 * bonus counted: a near-tie, never words that clearly point elsewhere.
 */
import type { AlignUnit, Match } from './align';

/**
 * Uncross content pairs whose numbers are swapped (see the header), in place. `simOf` scores a
 * pair as the aligner did; `bonus` is the aligner's bonus for the same number; both uncrossed
 * pairs must reach `minSim`.
 */
export function uncrossNumbers(olds: readonly AlignUnit[], news: readonly AlignUnit[], matches: Match[], simOf: (o: number, n: number) => number, bonus: number, minSim: number): void {
  const byNewNum = new Map<string, number>();
  matches.forEach((m, k) => {
    const num = news[m.n]?.num;
    if (m.by === 'content' && num !== undefined) byNewNum.set(num, k);
  });
  for (let k = 0; k < matches.length; k++) {
    const a = matches[k] as Match;
    const oldNum = olds[a.o]?.num;
    const newNum = news[a.n]?.num;
    if (a.by !== 'content' || oldNum === undefined || newNum === undefined || oldNum === newNum) continue;
    const k2 = byNewNum.get(oldNum);
    const b = k2 === undefined ? undefined : matches[k2];
    if (k2 === undefined || b === undefined || olds[b.o]?.num !== newNum) continue;
    const x = simOf(a.o, b.n);
    const y = simOf(b.o, a.n);
    if (x < minSim || y < minSim || x + y + 2 * bonus <= a.sim + b.sim) continue;
    matches[k] = { o: a.o, n: b.n, sim: x, by: 'content' };
    matches[k2] = { o: b.o, n: a.n, sim: y, by: 'content' };
    byNewNum.set(newNum, k2);
    byNewNum.set(oldNum, k);
  }
}
