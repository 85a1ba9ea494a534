/**
 * Merges and splits inside one Pasal pair: two ayat joined into one ("(1) ... sampai pukul 20.00
 * wita, dan untuk menyesuaikan ..."), or one ayat cut into two. The one-to-one part alignment
 * pairs the joined ayat with whichever half reads most like it (often the longer, second one),
 * so the first would read deleted although all its words remain; and a split pairs the old ayat
 * with the longer half, shifting the ayat map that references follow. Found with the Pasal-level
 * piece finder (`split-merge.ts`) over the parts: the whole pairs with its *first* piece (the
 * one that keeps its number), and every other piece is marked merged into, or split from, it.
 */
import type { Match } from './align';
import type { PartUnit, PasalUnit } from './extract';
import { dice, gramsFor, type Grams } from './similarity';
import { findPieces } from './split-merge';

/** The pieces beside the one-to-one part matches of a Pasal pair. */
export interface PartPieces {
  /** Old part index -> the new part it was merged into. */
  mergedInto: ReadonlyMap<number, number>;
  /** New part index -> the old part it was split from. */
  splitFrom: ReadonlyMap<number, number>;
}

/** How far a leftover part looks for its whole: a list folded into its ayat leaves one leftover per item. */
const PART_NEAR = 30;

/** The label of the words that open a list, and the label of what holds them ("Pasal 2 teks pembuka": "Pasal 2"). */
const OPENING_TEXT = /^(.*) teks pembuka$/;

/** No pieces. */
export const NO_PIECES: PartPieces = { mergedInto: new Map(), splitFrom: new Map() };

/** Part matches re-paired for merges and splits, and the pieces beside them. */
export function partPieces(oldP: PasalUnit, newP: PasalUnit, matches: Match[]): { matches: Match[]; pieces: PartPieces } {
  // Pieces are found among the parts left unpaired: none, none to find.
  if (matches.length === oldP.parts.length && matches.length === newP.parts.length) return { matches, pieces: NO_PIECES };
  const og = oldP.parts.map((p) => gramsFor(p.tokens));
  const ng = newP.parts.map((p) => gramsFor(p.tokens));
  const splits = findPieces(og, ng, matches, PART_NEAR).groups;
  const merges = findPieces(ng, og, matches.map((m) => ({ ...m, o: m.n, n: m.o })), PART_NEAR).groups;
  if (splits.length === 0 && merges.length === 0) return { matches, pieces: NO_PIECES };
  let out = [...matches];
  const splitFrom = new Map<number, number>();
  const mergedInto = new Map<number, number>();
  const used = new Set<string>();
  // A paragraph written out as the words that open a list and the list's items (UU 22/1997
  // Pasal 103 "Dengan berlakunya Undang-undang ini, maka Undang-undang … dinyatakan tidak
  // berlaku." is UU 35/2009 Pasal 153 "Dengan berlakunya Undang-Undang ini:" / "a. Undang-Undang
  // …"), or the reverse: the first piece is that opening text, the others items of its holder.
  const opensList = (whole: PartUnit, side: readonly PartUnit[], many: readonly number[]) => {
    const first = side[many[0] as number] as PartUnit;
    const holder = first.kind === 'para' && whole.kind === 'para' ? OPENING_TEXT.exec(first.label)?.[1] : undefined;
    return holder !== undefined && many.slice(1).every((i) => (side[i] as PartUnit).kind === 'item' && (side[i] as PartUnit).label.startsWith(`${holder} `));
  };
  // Pieces are parts of one kind (ayat into ayat), or a part and the list inside it (a list
  // folded into its ayat's sentence, or written out of it): the first piece has the kind of the
  // whole and every other piece lies inside the first; or a paragraph and a list's opening words
  // and items (`opensList`).
  const alike = (whole: PartUnit, side: readonly PartUnit[], many: readonly number[]) => {
    const first = side[many[0] as number] as PartUnit;
    return many.every((i) => (side[i] as PartUnit).kind === whole.kind) ||
      (first.kind === whole.kind && many.slice(1).every((i) => (side[i] as PartUnit).label.startsWith(`${first.label} `))) ||
      opensList(whole, side, many);
  };
  /**
   * The piece the whole stays paired with: its first (the one that keeps its number); but where a
   * paragraph became the words opening a list and its items, the piece the one-to-one alignment
   * paired it with (the item that holds most of its words: its word changes stay in view), the
   * opening words being split from it.
   */
  const kept = (wholePart: PartUnit, side: readonly PartUnit[], many: readonly number[], partner: number | undefined) =>
    partner !== undefined && many.includes(partner) && opensList(wholePart, side, many) ? partner : (many[0] as number);
  // A short item between two pieces of a list written out of its ayat ("b. Restoran; dan") is a
  // piece too, though too few of its words ("; dan") come from the ayat to be found by itself.
  const pairedNew = new Set(matches.map((m) => m.n));
  const pairedOld = new Set(matches.map((m) => m.o));
  const filled = (many: number[], side: readonly PartUnit[], paired: ReadonlySet<number>): number[] => {
    const first = side[many[0] as number] as PartUnit;
    const last = many[many.length - 1] as number;
    const out = [...many];
    for (let i = (many[0] as number) + 1; i < last; i++)
      if (!out.includes(i) && !paired.has(i) && (side[i] as PartUnit).label.startsWith(`${first.label} `)) out.push(i);
    return out.sort((a, b) => a - b);
  };
  for (const found of splits) {
    const g = { one: found.one, many: filled(found.many, newP.parts, pairedNew) };
    // Only parts of one kind split (an ayat into ayat); the whole keeps its first piece.
    if (!alike(oldP.parts[g.one] as PartUnit, newP.parts, g.many)) continue;
    const first = kept(oldP.parts[g.one] as PartUnit, newP.parts, g.many, matches.find((m) => m.o === g.one)?.n);
    out = out.filter((m) => m.o !== g.one && m.n !== first);
    out.push({ o: g.one, n: first, sim: dice(og[g.one] as Grams, ng[first] as Grams), by: 'content' });
    used.add(`o${g.one}`);
    for (const n of g.many) used.add(`n${n}`);
    for (const n of g.many) if (n !== first) splitFrom.set(n, g.one);
  }
  for (const found of merges) {
    const g = { one: found.one, many: filled(found.many, oldP.parts, pairedOld) };
    if (used.has(`n${g.one}`) || g.many.some((o) => used.has(`o${o}`))) continue;
    if (!alike(newP.parts[g.one] as PartUnit, oldP.parts, g.many)) continue;
    const first = kept(newP.parts[g.one] as PartUnit, oldP.parts, g.many, matches.find((m) => m.n === g.one)?.o);
    out = out.filter((m) => m.n !== g.one && m.o !== first);
    out.push({ o: first, n: g.one, sim: dice(og[first] as Grams, ng[g.one] as Grams), by: 'content' });
    for (const o of g.many) if (o !== first) mergedInto.set(o, g.one);
  }
  return { matches: out, pieces: { mergedInto, splitFrom } };
}
