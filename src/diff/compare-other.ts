/**
 * Rows for everything outside the Pasal: Menimbang and Mengingat items, BAB/Bagian/Paragraf
 * titles (matched in `heading-matches.ts`) and Penjelasan entries. Same aligner and status rules
 * as the Pasal; Penjelasan entries are matched by the Pasal they explain.
 */
import { ordinalInRuleForm } from '../model/ordinals';
import { joinWrappedLines } from './wrapped-lines';
import { alignUnits, type AlignUnit, type Match } from './align';
import type { HeadingUnit, SimpleUnit } from './extract';
import type { HeadingMatches } from './heading-matches';
import { heaviestChain } from './order';
import { textDiff, type RefMaps } from './references';
import { renderText, unitRef } from './render';
import { citedLaw, mayBeSameLaw, type CitedLaw } from './cited-law';
import { orderRows } from './row-order';
import { lazyGrams } from './similarity';
import { matchedStatus } from './status';
import type { Token } from './tokenize';
import { neutralKey } from './unit-keys';
import type { OtherKind, OtherRow } from './types';
import { changedSegments, equalSegments, wholeSegments } from './word-diff';

/** A unit as the row builder sees it. */
interface RowUnit {
  uid: string;
  label: string;
  tokens: Token[];
}

/** Build rows for aligned lists. `ownPasal` enables internal reference mapping ('' = outside a Pasal). */
export function buildRows(
  kind: OtherKind | ((u: RowUnit) => OtherKind),
  olds: readonly RowUnit[],
  news: readonly RowUnit[],
  matches: readonly Match[],
  maps: RefMaps,
  ownPasal: string | null,
  withSegments: boolean,
  /** New indices whose unit follows another unit's pairing (a Penjelasan entry its Pasal): never "moved". */
  followers: ReadonlySet<number> = new Set(),
  /** Whether a matched pair moved, when something other than its own order decides (null: its order). */
  movedOf: (m: Match) => boolean | null = () => null,
  /** The number a unit prints (a renumbered pair prints another); its label unless the label holds a mere position. */
  printedNumber: (u: RowUnit) => string = (u) => u.label,
): OtherRow[] {
  const kindOf = typeof kind === 'function' ? kind : () => kind;
  const chain = heaviestChain(matches.map((m) => ({ o: m.o, n: m.n, w: 1 })));
  const byNew = new Map<number, { m: Match; inChain: boolean }>();
  matches.forEach((m, i) => byNew.set(m.n, { m, inChain: chain.has(i) }));
  const ref = (u: RowUnit) => unitRef(u.uid, u.label, u.tokens);
  return orderRows(olds.length, news.length, matches).map((slot) => {
    const a = slot.o !== null ? (olds[slot.o] as RowUnit) : null;
    const b = slot.n !== null ? (news[slot.n] as RowUnit) : null;
    if (a && b) {
      const diff = textDiff(a.tokens, b.tokens, maps, ownPasal);
      const textChanged = diff.changed;
      const placed = byNew.get(slot.n as number);
      const moved = !followers.has(slot.n as number) && (placed ? (movedOf(placed.m) ?? !placed.inChain) : false);
      const renumbered = printedNumber(a) !== printedNumber(b);
      const segments = !withSegments ? [] : textChanged ? changedSegments(a.tokens, b.tokens, diff) : equalSegments(a.tokens, b.tokens);
      return { kind: kindOf(b), status: matchedStatus(textChanged, moved, renumbered), old: ref(a), new: ref(b), textChanged, renumbered, moved, segments };
    }
    const u = (b ?? a) as RowUnit;
    const op = b ? 'insert' : 'delete';
    return { kind: kindOf(u), status: b ? 'inserted' : 'deleted', old: a ? ref(a) : null, new: b ? ref(b) : null, textChanged: true, renumbered: false, moved: false, segments: withSegments ? wholeSegments(u.tokens, op) : [] };
  });
}

/** A unit outside the Pasal as the aligner sees it, under `uid`. */
export function alignUnitOf(u: RowUnit, uid: string): AlignUnit {
  return { uid, key: neutralKey(u.tokens), grams: lazyGrams(u.tokens) };
}

/** A Lampiran paragraph's label without its position ("LAMPIRAN I (teks 12)" -> "LAMPIRAN I"): the paragraphs print no number. */
export function lampiranName(label: string): string {
  return label.replace(/ \(teks \d+\)$/, '');
}

/** The Lampiran a paragraph belongs to (`lampiranName`). */
function lampiranOf(u: RowUnit): string {
  return lampiranName(u.label);
}

/**
 * Mengingat items pair only when they may cite the same law (`cited-law.ts`): a pair the words
 * proposed between two different laws of different titles is dropped; then items left over that
 * cite the same law, or a law of the same title, pair (each such law or title once on each side).
 */
function sameLawMatches(olds: readonly SimpleUnit[], news: readonly SimpleUnit[], aligned: readonly Match[]): Match[] {
  const oldLaw = olds.map((u) => citedLaw(renderText(u.tokens)));
  const newLaw = news.map((u) => citedLaw(renderText(u.tokens)));
  const kept = aligned.filter((m) => m.by === 'uid' || m.by === 'exact' || mayBeSameLaw(oldLaw[m.o] as CitedLaw, newLaw[m.n] as CitedLaw));
  const oldTaken = new Set(kept.map((m) => m.o));
  const newTaken = new Set(kept.map((m) => m.n));
  for (const field of ['id', 'title'] as const) {
    const once = (laws: readonly CitedLaw[], taken: ReadonlySet<number>) => {
      const at = new Map<string, number>();
      laws.forEach((l, i) => {
        const v = l[field];
        if (v !== null && !taken.has(i)) at.set(v, at.has(v) ? -1 : i);
      });
      return at;
    };
    const newAt = once(newLaw, newTaken);
    for (const [v, o] of once(oldLaw, oldTaken)) {
      const n = newAt.get(v);
      if (o < 0 || n === undefined || n < 0) continue;
      kept.push({ o, n, sim: 0, by: 'content' });
      oldTaken.add(o);
      newTaken.add(n);
    }
  }
  return kept;
}

/**
 * Compare Menimbang or Mengingat items, or the paragraphs of the Lampiran (which print no number:
 * one inserted does not renumber those after it; one moved to another Lampiran is renumbered; a
 * line one text wraps reads as the one line, `wrapped-lines.ts`).
 */
export function compareItems(kind: 'konsiderans' | 'dasarHukum' | 'lampiran', oldUnits: readonly SimpleUnit[], newUnits: readonly SimpleUnit[], maps: RefMaps, useUids: boolean, withSegments: boolean): OtherRow[] {
  // A Lampiran's lines: one wrapped into several on one side reads as that one line.
  const [olds, news] = kind === 'lampiran' ? joinWrappedLines(oldUnits, newUnits) : [oldUnits, newUnits];
  const aligned = alignUnits(olds.map((u) => alignUnitOf(u, u.uid)), news.map((u) => alignUnitOf(u, u.uid)), { useUids, minSim: 0.5, minGapSim: 0.3 });
  const matches = kind === 'dasarHukum' ? sameLawMatches(olds, news, aligned) : aligned;
  // A Menimbang item cites the items before it by letter: those citations follow the new letters.
  const itemMaps = kind === 'konsiderans' ? { ...maps, letters: letterMap(olds, news, matches) } : maps;
  return buildRows(kind, olds, news, matches, itemMaps, null, withSegments, undefined, undefined, kind === 'lampiran' ? lampiranOf : undefined);
}

/** Old letter -> new letter of the matched items ("Menimbang huruf c" -> "Menimbang huruf d": "c" -> "d"). */
function letterMap(olds: readonly SimpleUnit[], news: readonly SimpleUnit[], matches: readonly Match[]): Map<string, string> {
  const letter = (u: SimpleUnit | undefined) => (u ? /huruf ([a-z]{1,2})$/.exec(u.label)?.[1] : undefined);
  const out = new Map<string, string>();
  for (const m of matches) {
    const from = letter(olds[m.o]);
    const to = letter(news[m.n]);
    if (from !== undefined && to !== undefined) out.set(from, to);
  }
  return out;
}

/**
 * Compare Penjelasan entries. An entry follows the Pasal it explains: the entry of old Pasal X
 * pairs with the entry of the new Pasal that X was paired with, and with nothing else; so the
 * entry of a deleted Pasal is deleted and the entry of an inserted Pasal is inserted, even when
 * both read "Cukup jelas.". The entry of a split Pasal pairs with its first piece's, and the
 * first entry of the Pasal of a merge with the merged Pasal's, as their citations do
 * (`RefMaps.wholePasal`). Such a pair is never "moved" (its Pasal row tells where it
 * went). Entries whose Pasal is unknown are paired by uid, then by content among themselves.
 */
export function comparePenjelasan(olds: readonly SimpleUnit[], news: readonly SimpleUnit[], maps: RefMaps, useUids: boolean, withSegments: boolean): OtherRow[] {
  const matches: Match[] = [];
  const followers = new Set<number>();
  const newTaken = new Uint8Array(news.length);
  const oldTaken = new Uint8Array(olds.length);
  const newByTarget = new Map<string, number>();
  news.forEach((u, j) => { if (u.target && !newByTarget.has(u.target)) newByTarget.set(u.target, j); });
  olds.forEach((u, i) => {
    const partner = u.target ? (maps.wholePasal.uid.get(u.target) ?? maps.uid.get(u.target)) : undefined;
    const j = partner !== undefined ? newByTarget.get(partner) : undefined;
    if (j === undefined || newTaken[j]) return;
    matches.push({ o: i, n: j, sim: 1, by: 'uid' });
    followers.add(j);
    oldTaken[i] = 1;
    newTaken[j] = 1;
  });
  if (useUids) {
    const byUid = new Map<string, number>();
    news.forEach((u, j) => { if (!newTaken[j]) byUid.set(u.uid, j); });
    olds.forEach((u, i) => {
      const j = oldTaken[i] ? undefined : byUid.get(u.uid);
      if (j === undefined) return;
      matches.push({ o: i, n: j, sim: 1, by: 'uid' });
      oldTaken[i] = 1;
      newTaken[j] = 1;
    });
  }
  const freeOld = olds.map((_, i) => i).filter((i) => !oldTaken[i] && !(olds[i] as SimpleUnit).target);
  const freeNew = news.map((_, j) => j).filter((j) => !newTaken[j] && !(news[j] as SimpleUnit).target);
  const rest = alignUnits(freeOld.map((i) => alignUnitOf(olds[i] as SimpleUnit, '')), freeNew.map((j) => alignUnitOf(news[j] as SimpleUnit, '')), { useUids: false, minSim: 0.6, minGapSim: 0.4 });
  for (const m of rest) matches.push({ ...m, o: freeOld[m.o] as number, n: freeNew[m.n] as number });
  return buildRows('penjelasanPasal', olds, news, matches, maps, '', withSegments, followers);
}

/**
 * Rows of the matched titles. A title that holds matched Pasal which stayed under it moved when
 * most of those moved (`pasalMoved`: old Pasal uid -> moved), so the titles and the Pasal tell
 * the same story when blocks are reordered or a Bagian goes to another BAB. A Pasal that left for
 * another title says nothing of this one (Surabaya: two of BAB VIII's three Pasal went to other
 * chapters, the chapter itself kept its place). A title without such Pasal moved when it is out
 * of the order of the other titles. A title is renumbered when the number it prints itself
 * changed: a Bagian keeps its number when only its BAB's changed, and the BAB's row says so, as a
 * Pasal's row does for its ayat; "Bagian Pertama" is Bagian Kesatu.
 */
export function headingRows(olds: readonly HeadingUnit[], news: readonly HeadingUnit[], hm: HeadingMatches, maps: RefMaps, withSegments: boolean, pasalMoved: ReadonlyMap<string, boolean>): OtherRow[] {
  const movedWithPasal = (m: Match): boolean | null => {
    let matched = 0;
    let moved = 0;
    const stayed = new Set((news[m.n] as HeadingUnit).pasalUids);
    for (const uid of (olds[m.o] as HeadingUnit).pasalUids) {
      const gone = pasalMoved.get(uid);
      if (gone === undefined || !stayed.has(maps.uid.get(uid) ?? '')) continue;
      matched++;
      if (gone) moved++;
    }
    return matched === 0 ? null : moved * 2 > matched;
  };
  // A base that writes "Bagian Pertama" keeps it in the text amended (its numbers as written); it is Bagian Kesatu still.
  return buildRows((u) => (u as HeadingUnit).kind, olds, news, hm.matches, maps, null, withSegments, undefined, movedWithPasal, (u) => ordinalInRuleForm((u as HeadingUnit).marker));
}
