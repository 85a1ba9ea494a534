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
import { openingKey, readAlike } from './subject-words';

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

/**
 * The parts of `gone` and `come` (of different pairs) that are alike (see the header), one to one:
 * paired by likeness and kept where they read alike; then, among the parts left, those that open
 * with the same subject words (`openingKey`), each such group paired on its own, so a part whose
 * likeliest partner opens with another subject still finds the one that opens with its own
 * (Surabaya old 7(1), "Lokasi tempat parkir di tepi jalan umum dan tempat khusus parkir
 * ditetapkan …", reads most like new 21(1) on insuring cars parked "di TJU dan TKP", and is new
 * 6(1), "Lokasi Tempat Parkir … ditetapkan oleh Walikota").
 */
export function alikeParts(gone: readonly AlikeCandidate[], come: readonly AlikeCandidate[]): AlikeParts {
  if (gone.length === 0 || come.length === 0) return NO_ALIKE;
  const byOld = new Map<string, string>();
  const byNew = new Map<string, string>();
  pairAlike(gone, come, byOld, byNew);
  const groups = new Map<string, { olds: AlikeCandidate[]; news: AlikeCandidate[] }>();
  const groupOf = (x: AlikeCandidate) => {
    const key = openingKey(x.part.tokens);
    if (key === null) return null;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { olds: [], news: [] }));
    return g;
  };
  for (const x of gone) if (!byOld.has(x.part.uid)) groupOf(x)?.olds.push(x);
  for (const x of come) if (!byNew.has(x.part.uid)) groupOf(x)?.news.push(x);
  for (const g of groups.values()) pairAlike(g.olds, g.news, byOld, byNew);
  return { byOld, byNew };
}

/** Pair the parts of `olds` and `news` by likeness, one to one, keeping the pairs of different Pasal that read alike (`readAlike`). */
function pairAlike(olds: readonly AlikeCandidate[], news: readonly AlikeCandidate[], byOld: Map<string, string>, byNew: Map<string, string>): void {
  if (olds.length === 0 || news.length === 0) return;
  for (const m of alignUnits(olds.map((x) => x.unit), news.map((x) => x.unit), { useUids: false, minSim: ALIKE_MIN_SIM, minGapSim: ALIKE_MIN_SIM })) {
    const a = olds[m.o] as AlikeCandidate;
    const b = news[m.n] as AlikeCandidate;
    if (a.pair === b.pair || !readAlike(a.part.tokens, b.part.tokens)) continue;
    byOld.set(a.part.uid, labelOf(b));
    byNew.set(b.part.uid, labelOf(a));
  }
}
