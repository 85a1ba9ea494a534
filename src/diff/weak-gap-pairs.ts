/**
 * Weak gap pairs that are pieces of a neighbour. The aligner pairs two Pasal that are only a
 * little alike when they stand in the same gap between firm pairs (`minGapSim`): in a gap the
 * likeliest story is that the Pasal there became each other. But a Pasal may instead have been
 * folded into its neighbour, and the Pasal beside it in the gap be new: UU 28/1997 Pasal 20
 * ("Pembinaan kemampuan profesi … diatur dengan Keputusan Panglima") became the second ayat of
 * UU 2/2002 Pasal 32 (with old Pasal 21 as its first), and new Pasal 31 ("… harus memiliki
 * kemampuan profesi") is new; the gap paired old 20 with new 31 for the words they share.
 *
 * So a weak pair is dropped when, without the weak pairs, its old Pasal lies inside another new
 * Pasal nearby (`pieceContainers`: at least 0.7 of its grams), or its new Pasal inside another
 * old Pasal nearby, and more of it lies there than inside its weak partner; and when it says so
 * itself: a part of it opens with the subject of a part of that other Pasal ("Pembinaan
 * kemampuan profesi …", `opensAlike`) and none with the subject of a part of its weak partner.
 * Shared words alone do not decide: a short Pasal's words are found in many long ones (a
 * delegation formula, or generated text from a small vocabulary). The merge or split is
 * then found as usual, except that the piece need not account for the words its whole gained
 * around it (old 20 says "Keputusan Panglima", new 32 "Keputusan Kapolri"); the partner left
 * alone reads as inserted or deleted.
 */
import type { Match } from './align';
import type { PasalUnit } from './extract';
import { containment, type Grams } from './similarity';
import { pieceContainers } from './split-merge';
import { opensAlike } from './subject-words';

/** The matches left, and the units of the dropped pairs that are pieces (by index on each side). */
export interface PiecePairs {
  matches: Match[];
  /** Old Pasal to be read as pieces of a merge. */
  mergedOld: ReadonlySet<number>;
  /** New Pasal to be read as pieces of a split. */
  splitNew: ReadonlySet<number>;
}

/** Whether `m` is a pair the aligner made only for being in the same gap. */
function isWeak(m: Match, minSim: number): boolean {
  return m.by === 'content' && m.sim < minSim;
}

/** Some part of `piece` opens with the subject of a part of `whole`. */
function opensLikePartOf(piece: PasalUnit, whole: PasalUnit): boolean {
  return piece.parts.some((p) => whole.parts.some((w) => opensAlike(p.tokens, w.tokens)));
}

/** `piece` reads as a part of `whole` and not as its weak partner `partner`, by the subjects its parts open with. */
function subjectOf(piece: PasalUnit, whole: PasalUnit, partner: PasalUnit): boolean {
  return opensLikePartOf(piece, whole) && !opensLikePartOf(piece, partner);
}

/** `matches` without the weak content pairs (`sim < minSim`) whose unit is better read as a piece of a neighbour. */
export function withoutPiecePairs(olds: readonly PasalUnit[], news: readonly PasalUnit[], oldGrams: readonly Grams[], newGrams: readonly Grams[], matches: readonly Match[], minSim: number): PiecePairs {
  const mergedOld = new Set<number>();
  const splitNew = new Set<number>();
  if (!matches.some((m) => isWeak(m, minSim))) return { matches: [...matches], mergedOld, splitNew };
  const firm = matches.filter((m) => !isWeak(m, minSim));
  const inSplit = pieceContainers(oldGrams, newGrams, firm);
  const inMerge = pieceContainers(newGrams, oldGrams, firm.map((m) => ({ ...m, o: m.n, n: m.o })));
  const kept = matches.filter((m) => {
    if (!isWeak(m, minSim)) return true;
    const into = inMerge.get(m.o);
    const a = olds[m.o] as PasalUnit;
    const b = news[m.n] as PasalUnit;
    if (into && into.one !== m.n && into.cont > containment(oldGrams[m.o] as Grams, newGrams[m.n] as Grams) && subjectOf(a, news[into.one] as PasalUnit, b)) {
      mergedOld.add(m.o);
      return false;
    }
    const from = inSplit.get(m.n);
    if (from && from.one !== m.o && from.cont > containment(newGrams[m.n] as Grams, oldGrams[m.o] as Grams) && subjectOf(b, olds[from.one] as PasalUnit, a)) {
      splitNew.add(m.n);
      return false;
    }
    return true;
  });
  return { matches: kept, mergedOld, splitNew };
}
