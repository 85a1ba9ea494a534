/**
 * Inside a matched Pasal, a part that left its place among the others (out of the heaviest
 * order-preserving chain) must read clearly alike to stay paired, or share a word no other part of
 * either Pasal holds (`own-words.ts`): a weak likeness in common words counts only for parts that
 * keep their order. Surabaya old
 * Pasal 15 huruf a, "memberikan pelayanan masuk dan keluarnya kendaraan di tempat parkir yang
 * menjadi tanggung jawabnya", had paired with new Pasal 19 huruf i, "segera melaporkan dan
 * berkoordinasi dengan Dinas ... yang menjadi wilayah kerjanya" (Dice 0.25, crossing the other
 * pairs) on common words, and read "dipindahkan" and "diubah"; old 7(2) huruf c, "Penataan dan
 * kelestarian lingkungan", swapped with huruf d and reworded as new 13(3) huruf d, "kelestarian
 * fungsi lingkungan hidup", stays paired by its own words.
 */
import type { Match } from './align';
import type { PartUnit } from './extract';
import { heaviestChain } from './order';
import { sharesOwnWord, wordsOfParts, type PartWords } from './own-words';

/** `matches` of the parts `olds` / `news` without the content pairings that are out of order, less alike than `minSim` and share no word of their own. */
export function withoutWeakMoves(olds: readonly PartUnit[], news: readonly PartUnit[], matches: readonly Match[], minSim: number): Match[] {
  if (!matches.some((m) => m.by === 'content' && m.sim < minSim)) return [...matches];
  // Among orders of as many pairs, the one that keeps the more alike pairs in place.
  const chain = heaviestChain(matches.map((m) => ({ o: m.o, n: m.n, w: 1 + (m.by === 'content' ? m.sim : 1) })));
  let oldWords: PartWords | null = null;
  let newWords: PartWords | null = null;
  return matches.filter((m, i) => {
    if (chain.has(i) || m.by !== 'content' || m.sim >= minSim) return true;
    oldWords ??= wordsOfParts(olds);
    newWords ??= wordsOfParts(news);
    return sharesOwnWord(oldWords, m.o, newWords, m.n);
  });
}
