/**
 * The items of a part that moved to another Pasal go with it. Surabaya old Pasal 3 ayat (1),
 * "Penyelenggaraan tempat parkir oleh Pemerintah Daerah meliputi: a. Parkir di Tepi Jalan Umum;
 * b. Tempat Khusus Parkir.", is new Pasal 4 ayat (3) word for word, its items renamed ("a. parkir
 * di dalam Ruang Milik Jalan; dan b. parkir di luar Ruang Milik Jalan."); the ayat was linked as
 * moved, but its items, worded otherwise, stayed behind: old huruf a read deleted and old huruf b
 * paired with new Pasal 10 ayat (2) huruf b, "Parkir TKP Valet;", by the words of "Tempat Khusus
 * Parkir". Where a moved part holds as many items as its new place, set alike, and none of them
 * moved elsewhere or pairs as an equal text where it is, its items are linked one by one to the
 * new place's items as moved with it (each row then says what changed on the way).
 */
import type { Match } from './align';
import type { CrossMove } from './cross-moves';
import type { PartUnit, PasalUnit } from './extract';

/** A part's pairing inside its own Pasal pair, by the part's uid. */
export type PartPairing = ReadonlyMap<string, Match>;

/** The parts inside `part` (those after it in its Pasal, set deeper, up to the next at its depth or above). */
function itemsOf(pasal: PasalUnit, part: PartUnit): PartUnit[] {
  const at = pasal.parts.indexOf(part);
  const out: PartUnit[] = [];
  for (let i = at + 1; i < pasal.parts.length; i++) {
    const p = pasal.parts[i] as PartUnit;
    if (p.depth <= part.depth) break;
    out.push(p);
  }
  return out;
}

/**
 * Free to follow: not moved elsewhere, and unpaired or paired by its words alone where it is (not
 * by uid, not as an equal text). A pairing by words loses to the move of what holds the item:
 * "Tempat Khusus Parkir." read 0.77 like "Parkir TKP Valet;" once "TKP" was read as its long form.
 */
function free(p: PartUnit, moved: ReadonlyMap<string, CrossMove>, pairing: PartPairing): boolean {
  if (moved.has(p.uid)) return false;
  const m = pairing.get(p.uid);
  return !m || m.by === 'content';
}

/**
 * Link the items of each moved part to the items of its new place (see the header), adding to
 * `byOld` and `byNew`; `pairings` gives each part's pairing inside its Pasal pair, old and new
 * (asked for only where a moved part holds items: most comparisons move none).
 */
export function moveItemsWithHolders(byOld: Map<string, CrossMove>, byNew: Map<string, CrossMove>, pairings: () => readonly [PartPairing, PartPairing]): void {
  let known: readonly [PartPairing, PartPairing] | null = null;
  for (const move of [...byOld.values()]) {
    const olds = itemsOf(move.fromPasal, move.from);
    const news = itemsOf(move.toPasal, move.to);
    if (olds.length === 0 || olds.length !== news.length) continue;
    const [oldPairing, newPairing] = (known ??= pairings());
    if (!olds.every((p) => free(p, byOld, oldPairing)) || !news.every((p) => free(p, byNew, newPairing))) continue;
    if (olds.some((p, k) => p.kind !== (news[k] as PartUnit).kind || p.depth - move.from.depth !== (news[k] as PartUnit).depth - move.to.depth)) continue;
    olds.forEach((from, k) => {
      const item: CrossMove = { from, fromPasal: move.fromPasal, to: news[k] as PartUnit, toPasal: move.toPasal };
      byOld.set(from.uid, item);
      byNew.set(item.to.uid, item);
    });
  }
}
