/**
 * Pasal paired by their first part: a Pasal kept and extended so far that its words no longer
 * pair it still opens with its first ayat, reworded a little. UU 22/1997 Pasal 55 "(1) Pemerintah
 * melakukan pengawasan terhadap seluruh kegiatan yang berhubungan dengan narkotika. (2) Ketentuan
 * lebih lanjut … Peraturan Pemerintah." is UU 35/2009 Pasal 61 "(1) Pemerintah melakukan
 * pengawasan terhadap segala kegiatan yang berkaitan dengan Narkotika. (2) Pengawasan … meliputi:
 * a. … i. …": the whole Pasal share too few rare words (weighted Dice under 0.3), their first
 * ayat nearly all. An old and a new Pasal both left unpaired pair when their first parts open
 * with the same subject (`openingKey`: three subject words, not counting the stock words of
 * drafting formulas) and share most of their grams, when no other Pasal left unpaired opens so,
 * and when the whole Pasal still share some content words (a wrong pair is worse than none).
 */
import type { Match } from './align';
import { firstTextPart, type PartUnit, type PasalUnit } from './extract';
import { dice, gramsFor, wordsIn } from './similarity';
import { openingKey } from './subject-words';

/** Dice of grams two first parts need. */
const MIN_FIRST = 0.4;
/** Dice of content words the two whole Pasal still need. */
const MIN_WORDS = 0.25;

/** The Pasal left unpaired by `taken`, by the opening key of their first part; a key two of them share maps to -1. */
function byOpening(units: readonly PasalUnit[], taken: ReadonlySet<number>): Map<string, number> {
  const out = new Map<string, number>();
  units.forEach((u, i) => {
    if (taken.has(i)) return;
    const first = firstTextPart(u);
    const key = first ? openingKey(first.tokens) : null;
    if (key !== null) out.set(key, out.has(key) ? -1 : i);
  });
  return out;
}

/** The pairs of unpaired Pasal whose first parts say the same (see the header). */
export function firstPartPairs(olds: readonly PasalUnit[], news: readonly PasalUnit[], matches: readonly Match[]): Match[] {
  const oldTaken = new Set(matches.map((m) => m.o));
  const newTaken = new Set(matches.map((m) => m.n));
  if (oldTaken.size === olds.length || newTaken.size === news.length) return [];
  const newBy = byOpening(news, newTaken);
  const out: Match[] = [];
  for (const [key, o] of byOpening(olds, oldTaken)) {
    const n = newBy.get(key);
    if (o < 0 || n === undefined || n < 0) continue;
    const a = olds[o] as PasalUnit;
    const b = news[n] as PasalUnit;
    const firsts = dice(gramsFor((firstTextPart(a) as PartUnit).tokens), gramsFor((firstTextPart(b) as PartUnit).tokens));
    const grams = [gramsFor(a.tokens), gramsFor(b.tokens)] as const;
    if (firsts >= MIN_FIRST && dice(wordsIn(grams[0]), wordsIn(grams[1])) >= MIN_WORDS) out.push({ o, n, sim: dice(grams[0], grams[1]), by: 'content' });
  }
  return out;
}
