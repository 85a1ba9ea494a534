/**
 * Parts reworded on their way to another Pasal, offered as a hint and never as a move. A part
 * left over on both sides (`cross-moves.ts` links only parts worded the same) may still say the
 * same thing in other words: Surabaya old Pasal 5 ayat (1), "Izin penyelenggaraan tempat parkir …
 * berlaku selama 2 (dua) tahun", is new Pasal 11 ayat (6), "Izin penyelenggaraan Tempat Parkir di
 * luar Ruang Milik Jalan … berlaku selama 3 (tiga) tahun". The row keeps its status ("dihapus",
 * "disisipkan") and names the other part as alike, so a DPRD member reading "dihapus" knows
 * where to look.
 *
 * Likeness alone does not tell such a pair from two parts that share a formula: "Petugas parkir
 * sebagaimana dimaksud pada ayat (2), memakai seragam" and "Petugas parkir sebagaimana dimaksud
 * pada ayat (1) terdiri dari" are as alike as the pair above. So the two parts must also open
 * with the same subject: at least `MIN_OPENING` words in common at their start, not counting the
 * stock words of drafting formulas ("Ketentuan lebih lanjut mengenai", "sebagaimana dimaksud
 * pada", "Setiap orang") nor references; or share nearly all those words, as a part with one
 * word changed does ("Anggaran pelaksanaan rehabilitasi …" -> "Biaya pelaksanaan rehabilitasi …").
 * Two delegations on other subjects ("Ketentuan lebih lanjut mengenai hubungan kerja, pemberian
 * honorarium …" / "… mengenai pemberian Insentif …") are neither.
 */
import { alignUnits, type AlignUnit } from './align';
import type { PartUnit, PasalUnit } from './extract';
import { readAlike } from './subject-words';

/** One side of a leftover part: the part, its Pasal, and the pair id its Pasal belongs to. */
export interface AlikeCandidate {
  pair: number;
  pasal: PasalUnit;
  part: PartUnit;
  /** The part as the aligner sees it. */
  unit: AlignUnit;
}

/** Parts alike across Pasal: old part uid -> the new part's label, and new part uid -> the old part's label. */
export interface AlikeParts {
  byOld: ReadonlyMap<string, string>;
  byNew: ReadonlyMap<string, string>;
}

/** No parts alike. */
export const NO_ALIKE: AlikeParts = { byOld: new Map(), byNew: new Map() };

/** Similarity (Dice of grams) from which two leftover parts may be alike. */
const ALIKE_MIN_SIM = 0.4;

/** How a note names a part: the Pasal itself when the part is all its text ("Pasal 26", not "Pasal 26 (teks 1)"). */
function labelOf(x: AlikeCandidate): string {
  return x.pasal.parts.length === 1 && x.part.kind === 'para' ? x.pasal.label : x.part.label;
}

/** The parts of `gone` and `come` (of different pairs) that are alike (see the header), one to one. */
export function alikeParts(gone: readonly AlikeCandidate[], come: readonly AlikeCandidate[]): AlikeParts {
  if (gone.length === 0 || come.length === 0) return NO_ALIKE;
  const byOld = new Map<string, string>();
  const byNew = new Map<string, string>();
  const matches = alignUnits(gone.map((x) => x.unit), come.map((x) => x.unit), { useUids: false, minSim: ALIKE_MIN_SIM, minGapSim: ALIKE_MIN_SIM });
  for (const m of matches) {
    const a = gone[m.o] as AlikeCandidate;
    const b = come[m.n] as AlikeCandidate;
    if (a.pair === b.pair || !readAlike(a.part.tokens, b.part.tokens)) continue;
    byOld.set(a.part.uid, labelOf(b));
    byNew.set(b.part.uid, labelOf(a));
  }
  return { byOld, byNew };
}
