/**
 * Inside a matched Pasal, its own references say which parts correspond: when a part cites another
 * part of its Pasal ("Penetapan lokasi ... sebagaimana dimaksud pada ayat (1)") and its counterpart
 * cites a part too ("... pada ayat (2)"), a weak content pairing that contradicts them is dropped,
 * and the two cited parts pair when they read alike as parts in a gap must (`PART_MIN_SIM`).
 * Surabaya old Pasal 7 / new Pasal 13: old ayat (1), where the Kepala Daerah sets the parking
 * locations, had paired with new ayat (1), on parking off the road, by the words "tempat parkir"
 * alone (Dice 0.27); but old ayat (2) cites ayat (1) and its counterpart, new ayat (3), cites
 * ayat (2), on where bicycle parking must be, which reads too unlike old ayat (1) (0.19) to pair.
 * So old ayat (1) reads deleted, and new ayat (3)'s "ayat (1)" -> "ayat (2)" reads as the change
 * it is: the criteria now apply to another ayat.
 */
import type { Match } from './align';
import type { PartUnit } from './extract';
import { PART_MIN_SIM } from './positional-parts';
import { dice, gramsFor } from './similarity';
import type { Token } from './tokenize';

/** A pairing at least this similar is never dropped, and a citing pair must be at least this similar to vote. */
const FIRM = 0.5;

/** Old and new part indices a citation paired elsewhere: no later step may pair them otherwise. */
export interface SpokenFor {
  olds: ReadonlySet<number>;
  news: ReadonlySet<number>;
}

/** No part spoken for. */
export const NONE_SPOKEN_FOR: SpokenFor = { olds: new Set(), news: new Set() };

/** What the citations leave: the matches, and the parts they say belong with another part. */
export interface CitedParts {
  /** `matches` with the pairs the citations contradict replaced (a new list). */
  matches: Match[];
  spokenFor: SpokenFor;
}

/** Apply the parts' own citations to `matches` (see the header). */
export function citedPartsAgree(olds: readonly PartUnit[], news: readonly PartUnit[], matches: readonly Match[]): CitedParts {
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
  if (votes.length === 0) return { matches: [...matches], spokenFor: NONE_SPOKEN_FOR };
  let out = [...matches];
  const spokenOld = new Set<number>();
  const spokenNew = new Set<number>();
  for (const v of votes) {
    const byOld = out.find((m) => m.o === v.o);
    const byNew = out.find((m) => m.n === v.n);
    if (byOld && byOld === byNew) continue;
    if (!weak(byOld) || !weak(byNew)) continue;
    out = out.filter((m) => m !== byOld && m !== byNew);
    spokenOld.add(v.o);
    spokenNew.add(v.n);
    const sim = dice(gramsFor((olds[v.o] as PartUnit).tokens), gramsFor((news[v.n] as PartUnit).tokens));
    if (sim >= PART_MIN_SIM) out.push({ o: v.o, n: v.n, sim, by: 'content' });
  }
  return { matches: out, spokenFor: { olds: spokenOld, news: spokenNew } };
}

/** No pairing, or a content pairing below `FIRM`. */
function weak(m: Match | undefined): boolean {
  return !m || (m.by === 'content' && m.sim < FIRM);
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
