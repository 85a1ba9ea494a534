/**
 * A part worded the same in another Pasal beats a weak pairing inside its own Pasal pair.
 * Surabaya new Pasal 4 ayat (3), "Penyelenggaraan tempat parkir oleh Pemerintah Daerah meliputi:",
 * is old Pasal 3 ayat (1) word for word (old Pasal 3 is otherwise gone); inside the pair old
 * Pasal 2 / new Pasal 4 it had paired with old 2(1), "Penyelenggaraan tempat parkir merupakan
 * kewenangan Pemerintah Daerah", by three shared words. `cross-moves.ts` offers such weakly paired
 * parts too (`WEAK_PART_PAIR`); when one of them moved, the pair's other parts are aligned again
 * without it, so old 2(1) can find new 4(1), "Pemerintah Daerah berwenang menyelenggarakan tempat
 * parkir", which says the same.
 */
import type { Match } from './align';
import { alignParts } from './compare-parts';
import type { CrossMoves } from './cross-moves';
import type { PartUnit, PasalUnit } from './extract';
import { readsDihapus } from './placeholder';

/** Below this similarity a content pairing of two parts yields to a part worded the same elsewhere. */
export const WEAK_PART_PAIR = 0.7;

/** The part matches `pm` of the pair `a` / `b` again without the parts that moved elsewhere, or null when none did. */
export function realignAroundMoves(a: PasalUnit, b: PasalUnit, pm: readonly Match[], moves: CrossMoves, useUids: boolean): Match[] | null {
  if (moves.byOld.size === 0) return null;
  const claimed = (x: Match) => {
    const p = a.parts[x.o] as PartUnit;
    const q = b.parts[x.n] as PartUnit;
    // A "Dihapus." placeholder paired under its number stays paired: its row names the other place.
    return (moves.byOld.has(p.uid) || moves.byNew.has(q.uid)) && readsDihapus(p.tokens) === readsDihapus(q.tokens);
  };
  if (!pm.some(claimed)) return null;
  const oldKept = keptIndices(a.parts, (p) => !moves.byOld.has(p.uid) || pm.some((x) => a.parts[x.o] === p && !claimed(x)));
  const newKept = keptIndices(b.parts, (q) => !moves.byNew.has(q.uid) || pm.some((x) => b.parts[x.n] === q && !claimed(x)));
  const redone = alignParts(
    { ...a, parts: oldKept.map((i) => a.parts[i] as PartUnit) },
    { ...b, parts: newKept.map((i) => b.parts[i] as PartUnit) },
    useUids,
  );
  return redone.map((x) => ({ ...x, o: oldKept[x.o] as number, n: newKept[x.n] as number }));
}

function keptIndices(parts: readonly PartUnit[], keep: (p: PartUnit) => boolean): number[] {
  const out: number[] = [];
  parts.forEach((p, i) => {
    if (keep(p)) out.push(i);
  });
  return out;
}
