/**
 * A near copy that only cites other units. A draft edits Pasal 39 ("3 (tiga) bulan" -> "6 (enam)
 * bulan") and inserts beside it a copy of the old Pasal 39 that cites Pasal 11 ayat (4) instead
 * of ayat (2). With reference numbers neutralised the copy reads exactly like the old Pasal, so
 * the exact-text tier pairs them and the edited original reads "inserted": the raised penalty
 * would hide in a row marked new. When the pair of an exact match prints its citations otherwise
 * (not explained by the renumbering either), and a unit left over right beside it is a near copy
 * of the old one that cites exactly what the old one cites, the old unit pairs with that one.
 */
import type { Match } from './align';
import type { PasalUnit } from './extract';
import { dice, gramsFor } from './similarity';
import type { Token } from './tokenize';
import { sameRaw } from './unit-keys';

/** Minimum Dice similarity of the old unit and the neighbour it pairs with instead. */
const NEAR_COPY = 0.6;

/** The citations of a run as printed, Pasal numbers mapped through `pasalMap` when given. */
function citations(tokens: readonly Token[], pasalMap?: ReadonlyMap<string, string>): string {
  const out: string[] = [];
  for (const t of tokens) {
    if (t.kind !== 'ref' && t.kind !== 'pasalRef' && t.kind !== 'ayatRef') continue;
    out.push(pasalMap ? t.s.replace(/^Pasal (\S+)/, (all, n: string) => (pasalMap.has(n) ? `Pasal ${pasalMap.get(n)}` : all)) : t.s);
  }
  return out.join('|');
}

/** `matches` with exact matches re-paired to the neighbour that cites what the old unit cites (see above). */
export function reclaimFromCopies(olds: readonly PasalUnit[], news: readonly PasalUnit[], matches: Match[]): Match[] {
  const taken = new Uint8Array(news.length);
  for (const m of matches) taken[m.n] = 1;
  let pasalMap: Map<string, string> | null = null;
  const mapped = () => (pasalMap ??= new Map(matches.map((m) => [(olds[m.o] as PasalUnit).num, (news[m.n] as PasalUnit).num])));
  return matches.map((m) => {
    if (m.by !== 'exact') return m;
    const a = olds[m.o] as PasalUnit;
    const b = news[m.n] as PasalUnit;
    if (sameRaw(a.tokens, b.tokens)) return m;
    const cited = citations(a.tokens, mapped());
    if (cited === '' || citations(b.tokens) === cited || citations(a.tokens) === citations(b.tokens)) return m;
    for (const j of [m.n - 1, m.n + 1]) {
      const c = news[j];
      if (!c || taken[j] || citations(c.tokens) !== cited) continue;
      const sim = dice(gramsFor(a.tokens), gramsFor(c.tokens));
      if (sim < NEAR_COPY) continue;
      taken[m.n] = 0;
      taken[j] = 1;
      return { o: m.o, n: j, sim, by: 'content' as const };
    }
    return m;
  });
}
