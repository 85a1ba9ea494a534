/**
 * Splits (one old Pasal became two or more new ones) and merges (the reverse), found among the
 * units the one-to-one alignment left over. Written for splits; merges use the same code with
 * the sides swapped. A leftover unit is a piece of a nearby unit on the other side when most of
 * its grams lie inside it (containment >= 0.7); the pieces must also account for the part of
 * that unit its one-to-one partner does not cover, or each hold words of it that the partner
 * lacks (where the partner was reworded, its uncovered part is mostly the rewording: UU 22/1997
 * Pasal 2, scope and penggolongan, is UU 35/2009 Pasal 5, its ayat (1) alone, and Pasal 6, its
 * other ayat reworded). Candidates are local (neighbours' partners and leftovers in between),
 * so this stays linear.
 */
import type { Match } from './align';
import { containment, type Grams } from './similarity';

/** One unit of the "one" side and the units of the "many" side it became. */
export interface PieceGroup {
  one: number;
  /** Indices on the many side, ascending; includes the one-to-one partner if there was one. */
  many: number[];
}

/** Result: split groups, plus one-to-one matches rescued (a piece that is the whole story). */
export interface PieceResult {
  groups: PieceGroup[];
  rescued: Match[];
}

const PIECE = 0.7;
const RESCUE = 0.8;
const NEAR = 3;
/** Share of a paired unit that a leftover beside it may hold and still be a piece of it, not a copy. */
const COPY = 0.8;
/**
 * Share of the one unit its one-to-one partner must leave uncovered for pieces to count; in a
 * long unit, so many grams left uncovered count too (one short ayat made a Pasal of its own, out of
 * a Pasal that is mostly a long list), and so does a share of the pieces themselves (a one-sentence
 * Pasal joined to the one before it, whose words that one mostly had already).
 */
const MIN_REST = 0.1;
const MIN_REST_GRAMS = 8;
const MIN_REST_OF_PIECES = 0.15;
const MIN_REST_ANY = 3;
/** Share of a piece's grams found in its whole that its whole's partner must lack for the piece to hold its own part of the whole. */
const OWN_PART = 0.5;
const NONE: ReadonlySet<number> = new Set();

/** Whether `rest` grams of a unit of `whole` grams, left uncovered by its partner, are enough for pieces of `pieces` grams to count. */
function enoughRest(rest: number, whole: number, pieces: number): boolean {
  return rest >= MIN_REST * whole || rest >= MIN_REST_GRAMS || (rest >= MIN_REST_ANY && rest >= MIN_REST_OF_PIECES * pieces);
}

/** Whether the grams of `piece` found in `whole` are mostly ones that `covered` (the whole's partner) lacks. */
function holdsOwnPart(piece: Grams, whole: ReadonlySet<number>, covered: ReadonlySet<number>): boolean {
  let inWhole = 0;
  let own = 0;
  for (const g of piece) {
    if (!whole.has(g)) continue;
    inWhole++;
    if (!covered.has(g)) own++;
  }
  return inWhole > 0 && own >= OWN_PART * inWhole;
}

/** How long each unit of both sides is, in tokens (the "one" side, the "many" side). */
export interface PieceSizes {
  ones: readonly number[];
  manys: readonly number[];
}

/** Share of the length of a leftover and the partner together that the one unit must have for the leftover to be a piece even where it holds nearly all of the unit. */
const JOINED = 0.8;

/** Whether the one unit is about as long as its partner and the leftover `u` together (the two joined, not one copied). */
function joinedLength(sizes: PieceSizes, one: number, partner: number, u: number): boolean {
  return (sizes.ones[one] ?? 0) >= JOINED * ((sizes.manys[partner] ?? 0) + (sizes.manys[u] ?? 0));
}

/** Where a leftover of the "many" side lies: the unit of the "one" side holding most of it, and how much. */
export interface PieceContainer {
  one: number;
  cont: number;
}

/** Partners by index on both sides of one-to-one `matches` (o = one side, n = many side). */
function partners(matches: readonly Match[]): { ofOne: Map<number, number>; ofMany: Map<number, number> } {
  const ofOne = new Map<number, number>();
  const ofMany = new Map<number, number>();
  for (const m of matches) { ofOne.set(m.o, m.n); ofMany.set(m.n, m.o); }
  return { ofOne, ofMany };
}

/**
 * For each unit of `manys` without a partner in `matches`, the unit of `ones` nearby that holds at
 * least `PIECE` of its grams, the most of them (on a tie the first candidate: the unit before,
 * which a leftover continues). Candidates are the partners of its nearest paired neighbours (up
 * to `near` units away) and the unpaired units between them.
 */
export function pieceContainers(ones: readonly Grams[], manys: readonly Grams[], matches: readonly Match[], near = NEAR): Map<number, PieceContainer> {
  const { ofOne, ofMany } = partners(matches);
  const out = new Map<number, PieceContainer>();
  for (let u = 0; u < manys.length; u++) {
    if (ofMany.has(u)) continue;
    const cands = new Set<number>();
    let lo = -1;
    let hi = ones.length;
    for (let d = 1; d <= near; d++) {
      const l = ofMany.get(u - d);
      if (l !== undefined) { cands.add(l); lo = Math.max(lo, l); break; }
    }
    for (let d = 1; d <= near; d++) {
      const r = ofMany.get(u + d);
      if (r !== undefined) { cands.add(r); hi = Math.min(hi, r); break; }
    }
    for (let c = Math.max(0, lo + 1), k = 0; c < Math.min(ones.length, hi) && k < 2 * near; c++) {
      if (!ofOne.has(c)) { cands.add(c); k++; }
    }
    let best = -1;
    let bestCont = -1;
    for (const c of cands) {
      const cont = containment(manys[u] as Grams, ones[c] as Grams);
      if (cont >= PIECE && cont > bestCont) { bestCont = cont; best = c; }
    }
    if (best >= 0) out.set(u, { one: best, cont: bestCont });
  }
  return out;
}

/**
 * Find splits of `ones` into `manys`, given one-to-one `matches` (o = one side, n = many side);
 * a leftover looks for its whole up to `near` units away (more for the parts of a Pasal, where a
 * list written out of one ayat has as many leftovers in a row as it has items). A piece in
 * `reworded` (a leftover known to be a piece: `weak-gap-pairs.ts`) need not account for the rest
 * of its whole's words: the whole may have been reworded around it.
 */
export function findPieces(ones: readonly Grams[], manys: readonly Grams[], matches: readonly Match[], near = NEAR, reworded: ReadonlySet<number> = NONE, sizes?: PieceSizes): PieceResult {
  const partnerOfOne = partners(matches).ofOne;
  const byOne = new Map<number, number[]>();
  for (const [u, { one }] of pieceContainers(ones, manys, matches, near)) {
    const l = byOne.get(one);
    if (l) l.push(u); else byOne.set(one, [u]);
  }
  const groups: PieceGroup[] = [];
  const rescued: Match[] = [];
  for (const [one, found] of byOne) {
    let pieces = found;
    const whole = ones[one] as Grams;
    const partner = partnerOfOne.get(one);
    const union = new Set<number>();
    for (const u of pieces) for (const g of manys[u] as Grams) union.add(g);
    if (partner !== undefined) {
      // A leftover that holds nearly all of the unit again is a copy beside it, not a piece of it;
      // unless the unit is as long as it and the partner together: two Pasal of nearly one
      // wording joined (UU 35/2009 Pasal 111 and 112, possession of Golongan I in plant form and
      // not, are UU 22/1997 Pasal 78's two items).
      pieces = pieces.filter((u) => containment(whole, manys[u] as Grams) < COPY || (sizes !== undefined && joinedLength(sizes, one, partner, u)));
      if (pieces.length === 0) continue;
      const covered = new Set(manys[partner] as Grams);
      const rest = [...whole].filter((g) => !covered.has(g));
      const wholeSet = new Set(whole);
      const explained =
        pieces.every((u) => reworded.has(u)) ||
        rest.filter((g) => union.has(g)).length >= 0.5 * rest.length ||
        pieces.every((u) => holdsOwnPart(manys[u] as Grams, wholeSet, covered));
      if (enoughRest(rest.length, whole.length, union.size) && explained) {
        groups.push({ one, many: [partner, ...pieces].sort((a, b) => a - b) });
      }
    } else if (pieces.length >= 2) {
      const cov = [...whole].filter((g) => union.has(g)).length / Math.max(1, whole.length);
      if (cov >= 0.6) groups.push({ one, many: pieces.sort((a, b) => a - b) });
    } else {
      const u = pieces[0] as number;
      const cont = containment(manys[u] as Grams, whole);
      if (cont >= RESCUE) rescued.push({ o: one, n: u, sim: cont, by: 'content' });
    }
  }
  return { groups, rescued };
}
