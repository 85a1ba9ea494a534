/**
 * The words a part of a Pasal pair shares with its counterpart and with no other part of either
 * Pasal: evidence that two parts are one provision which common words ("adalah", "parkir",
 * "yang menjadi") are not.
 */
import type { PartUnit } from './extract';
import { gramsFor, wordsIn, type Grams } from './similarity';

/** The content words of each part, and in how many parts each word occurs. */
export interface PartWords {
  of: Grams[];
  parts: Map<number, number>;
}

/** The words of the parts of one Pasal, counted. */
export function wordsOfParts(parts: readonly PartUnit[]): PartWords {
  const of = parts.map((p) => wordsIn(gramsFor(p.tokens)));
  const counts = new Map<number, number>();
  for (const ws of of) for (const w of ws) counts.set(w, (counts.get(w) ?? 0) + 1);
  return { of, parts: counts };
}

/** Part `o` and part `n` share a word that no other part of their Pasal holds. */
export function sharesOwnWord(olds: PartWords, o: number, news: PartWords, n: number): boolean {
  const b = new Set(news.of[n]);
  for (const w of olds.of[o] as Grams) if (b.has(w) && olds.parts.get(w) === 1 && news.parts.get(w) === 1) return true;
  return false;
}
