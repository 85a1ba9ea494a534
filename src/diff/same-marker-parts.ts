/**
 * The last step of part alignment inside a matched Pasal: a list item or ayat rewritten at its
 * place. A leftover old part and a leftover new part of the same kind and the same marker pair
 * when each is the only leftover of that kind and marker between the same matched neighbours on
 * its side, and they share a word found in no other part of either Pasal (so not "adalah", which
 * every definition of a Pasal 1 holds: a definition at the same number is another term, unless
 * they share the term). Surabaya old Pasal 13 / new Pasal 23: "a. Rambu yang
 * dilengkapi dengan keterangan ... antara lain:" (with three sub-items) became "a. Rambu Parkir;
 * dan/atau" while "b. Marka parkir ..." stayed; the drafter rewrote huruf a, and a reader calls it
 * "huruf a: diubah", as the positional pairing (`positional-parts.ts`) says whenever the two
 * Pasal keep one shape.
 */
import type { Match } from './align';
import { NONE_SPOKEN_FOR, type SpokenFor } from './cited-parts';
import type { PartUnit } from './extract';
import { partnersOf, partnerWindows } from './gap-windows';
import { sharesOwnWord, wordsOfParts, type PartWords } from './own-words';
import { dice, gramsFor } from './similarity';
import { bareMarker } from './unit-keys';

/** The pairs the step adds to `matches` (which it leaves as they are); parts `spokenFor` by a citation (`cited-parts.ts`) stay as they are. */
export function sameMarkerParts(olds: readonly PartUnit[], news: readonly PartUnit[], matches: readonly Match[], spokenFor: SpokenFor = NONE_SPOKEN_FOR): Match[] {
  if (matches.length === Math.min(olds.length, news.length)) return [];
  const partners = partnersOf(olds.length, news.length, matches);
  const ow = partnerWindows(partners.ofOld, news.length);
  const nw = partnerWindows(partners.ofNew, olds.length);
  const key = (p: PartUnit) => (p.kind === 'para' || !p.marker ? '' : `${p.kind} ${bareMarker(p.marker)}`);
  /** The only leftover of `units` strictly between `from` and `to` with key `k`, else -1. */
  const onlyLike = (units: readonly PartUnit[], partner: Int32Array, from: number, to: number, k: string): number => {
    let found = -1;
    for (let i = Math.max(from + 1, 0); i < Math.min(to, units.length); i++) {
      if ((partner[i] as number) >= 0 || key(units[i] as PartUnit) !== k) continue;
      if (found >= 0) return -1;
      found = i;
    }
    return found;
  };
  const out: Match[] = [];
  let oldWords: PartWords | null = null;
  let newWords: PartWords | null = null;
  for (let o = 0; o < olds.length; o++) {
    const a = olds[o] as PartUnit;
    const k = key(a);
    if ((partners.ofOld[o] as number) >= 0 || !k) continue;
    const n = onlyLike(news, partners.ofNew, ow.lo[o] as number, ow.hi[o] as number, k);
    if (n < 0 || spokenFor.olds.has(o) || spokenFor.news.has(n) || onlyLike(olds, partners.ofOld, nw.lo[n] as number, nw.hi[n] as number, k) !== o) continue;
    const b = news[n] as PartUnit;
    oldWords ??= wordsOfParts(olds);
    newWords ??= wordsOfParts(news);
    if (!sharesOwnWord(oldWords, o, newWords, n)) continue;
    out.push({ o, n, sim: dice(gramsFor(a.tokens), gramsFor(b.tokens)), by: 'content' });
  }
  return out;
}
