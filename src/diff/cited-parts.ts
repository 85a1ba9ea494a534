/**
 * Inside a matched Pasal, its own references say which parts correspond: when a part cites another
 * part of its Pasal ("Penetapan lokasi ... sebagaimana dimaksud pada ayat (1)") and its counterpart
 * cites a part too ("... pada ayat (2)"), the two cited parts are the same provision to the
 * drafter. A weak content pairing that contradicts such a citation is dropped, and the cited parts
 * pair when they share a content word. Surabaya old Pasal 7 / new Pasal 13: old ayat (2) cites
 * ayat (1), where the Kepala Daerah sets the parking locations; new ayat (3) cites ayat (2), on
 * where bicycle parking must be. Old ayat (1) had paired with new ayat (1), on parking off the
 * road, by the words "tempat parkir" alone (Dice 0.27).
 */
import type { Match } from './align';
import type { PartUnit } from './extract';
import { dice, gramsFor, intersectionSize, wordsIn } from './similarity';
import type { Token } from './tokenize';

/** A pairing at least this similar is never dropped, and a citing pair must be at least this similar to vote. */
const FIRM = 0.5;

/** `matches` with the pairs the parts' own citations contradict replaced (a new list). */
export function citedPartsAgree(olds: readonly PartUnit[], news: readonly PartUnit[], matches: readonly Match[]): Match[] {
  let oldAt: Map<string, number> | null = null;
  let newAt: Map<string, number> | null = null;
  const votes: Array<{ o: number; n: number }> = [];
  for (const m of matches) {
    if (m.by === 'content' && m.sim < FIRM) continue;
    const x = olds[m.o] as PartUnit;
    const y = news[m.n] as PartUnit;
    if (!x.tokens.some(isRef) || !y.tokens.some(isRef)) continue;
    oldAt ??= indexByUid(olds);
    newAt ??= indexByUid(news);
    const a = citedIn(x, oldAt);
    const b = citedIn(y, newAt);
    if (a.length !== b.length) continue;
    a.forEach((o, k) => votes.push({ o, n: b[k] as number }));
  }
  if (votes.length === 0) return [...matches];
  let out = [...matches];
  for (const v of votes) {
    const byOld = out.find((m) => m.o === v.o);
    const byNew = out.find((m) => m.n === v.n);
    if (byOld && byOld === byNew) continue;
    const weak = (m: Match | undefined) => !m || (m.by === 'content' && m.sim < FIRM);
    if (!weak(byOld) || !weak(byNew)) continue;
    out = out.filter((m) => m !== byOld && m !== byNew);
    const ga = gramsFor((olds[v.o] as PartUnit).tokens);
    const gb = gramsFor((news[v.n] as PartUnit).tokens);
    if (intersectionSize(wordsIn(ga), wordsIn(gb)) > 0) out.push({ o: v.o, n: v.n, sim: dice(ga, gb), by: 'content' });
  }
  return out;
}

function isRef(t: Token): boolean {
  return t.kind === 'ref';
}

function indexByUid(parts: readonly PartUnit[]): Map<string, number> {
  return new Map(parts.map((p, i) => [p.uid, i]));
}

/** The parts of its own Pasal that `part` cites by live reference, in order (each once). */
function citedIn(part: PartUnit, at: ReadonlyMap<string, number>): number[] {
  const out: number[] = [];
  for (const t of part.tokens) {
    if (t.kind !== 'ref' || t.target === undefined) continue;
    const i = at.get(t.target);
    if (i !== undefined && !out.includes(i)) out.push(i);
  }
  return out;
}
