/**
 * Pasal paired by their first part: a Pasal kept and extended so far that its words no longer
 * pair it still opens with its first ayat, reworded a little. UU 22/1997 Pasal 55 "(1) Pemerintah
 * melakukan pengawasan terhadap seluruh kegiatan yang berhubungan dengan narkotika. (2) Ketentuan
 * lebih lanjut … Peraturan Pemerintah." is UU 35/2009 Pasal 61 "(1) Pemerintah melakukan
 * pengawasan terhadap segala kegiatan yang berkaitan dengan Narkotika. (2) Pengawasan … meliputi:
 * a. … i. …": the whole Pasal share too few rare words (weighted Dice under 0.3), their first
 * ayat nearly all. An old and a new Pasal both left unpaired pair when their first parts open
 * with the same subject (three subject words at least, not counting the stock words of drafting
 * formulas) and share most of their grams, when no other Pasal left unpaired opens as far alike
 * with either, and when the whole Pasal still share some content words (a wrong pair is worse
 * than none). Where several open with the same three words, the longer opening tells them apart:
 * UU 24/1992 Pasal 23 "Rencana tata ruang kawasan perdesaan dan … kawasan perkotaan merupakan
 * bagian dari Rencana Tata Ruang wilayah Kabupaten …" and UU 26/2007 Pasal 49 "Rencana tata
 * ruang kawasan perdesaan yang merupakan bagian wilayah kabupaten adalah bagian rencana tata
 * ruang wilayah kabupaten", among the Pasal on other plans that open "Rencana tata ruang …".
 */
import type { Match } from './align';
import { firstTextPart, type PartUnit, type PasalUnit } from './extract';
import { dice, gramsFor, wordsIn } from './similarity';
import { openingKeyOf, sharedOpening, subjectWords } from './subject-words';

/** Dice of grams two first parts need. */
const MIN_FIRST = 0.4;
/** Dice of content words the two whole Pasal still need. */
const MIN_WORDS = 0.25;

/** An unpaired Pasal and the subject words its first part opens with. */
interface Opening {
  i: number;
  words: readonly string[];
}

/** The Pasal left unpaired by `taken`, grouped by the key of their first part's opening (`openingKeyOf`). */
function byOpening(units: readonly PasalUnit[], taken: ReadonlySet<number>): Map<string, Opening[]> {
  const out = new Map<string, Opening[]>();
  units.forEach((u, i) => {
    if (taken.has(i)) return;
    const first = firstTextPart(u);
    const words = first ? subjectWords(first.tokens) : [];
    const key = openingKeyOf(words);
    if (key === null) return;
    const group = out.get(key) ?? [];
    group.push({ i, words });
    out.set(key, group);
  });
  return out;
}

/** The index of the member of `group` whose opening `x` shares furthest, or -1 where two share as far. */
function furthestAlike(x: Opening, group: readonly Opening[]): number {
  let best = -1;
  let length = 0;
  let tied = false;
  group.forEach((y, k) => {
    const n = sharedOpening(x.words, y.words);
    if (n > length) {
      best = k;
      length = n;
      tied = false;
    } else if (n === length) tied = true;
  });
  return tied ? -1 : best;
}

/** The pairs of unpaired Pasal whose first parts say the same (see the header). */
export function firstPartPairs(olds: readonly PasalUnit[], news: readonly PasalUnit[], matches: readonly Match[]): Match[] {
  const oldTaken = new Set(matches.map((m) => m.o));
  const newTaken = new Set(matches.map((m) => m.n));
  if (oldTaken.size === olds.length || newTaken.size === news.length) return [];
  const newBy = byOpening(news, newTaken);
  const out: Match[] = [];
  for (const [key, oldGroup] of byOpening(olds, oldTaken)) {
    const newGroup = newBy.get(key);
    if (!newGroup) continue;
    for (const x of oldGroup) {
      const y = newGroup[furthestAlike(x, newGroup)];
      // Each the other's one furthest alike.
      if (!y || oldGroup[furthestAlike(y, oldGroup)] !== x) continue;
      const a = olds[x.i] as PasalUnit;
      const b = news[y.i] as PasalUnit;
      const firsts = dice(gramsFor((firstTextPart(a) as PartUnit).tokens), gramsFor((firstTextPart(b) as PartUnit).tokens));
      const grams = [gramsFor(a.tokens), gramsFor(b.tokens)] as const;
      if (firsts >= MIN_FIRST && dice(wordsIn(grams[0]), wordsIn(grams[1])) >= MIN_WORDS) out.push({ o: x.i, n: y.i, sim: dice(grams[0], grams[1]), by: 'content' });
    }
  }
  return out;
}
