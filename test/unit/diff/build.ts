/**
 * Small builders for comparison tests: distinct, realistic Pasal texts and documents made of them.
 */
import type { Node } from 'prosemirror-model';
import { buildPerda, type BabSpec, type PasalSpec } from '../../../src/model/doc-builders';
import { compareDocs } from '../../../src/diff/compare';
import type { Comparison } from '../../../src/diff/types';

const SUBJECTS = ['Pemerintah Daerah', 'Setiap orang', 'Perangkat Daerah', 'Wali Kota', 'Penyelenggara parkir', 'Badan usaha', 'Juru parkir', 'Tim terpadu', 'Kepala Dinas', 'Masyarakat'];
const OBJECTS = ['lokasi tempat parkir', 'karcis parkir yang sah', 'rambu dan marka parkir', 'asuransi kehilangan kendaraan', 'tarif retribusi parkir', 'pembinaan juru parkir', 'sistem informasi perparkiran', 'izin penyelenggaraan parkir', 'pengawasan parkir insidentil', 'kerja sama dengan badan usaha', 'pelaporan pendapatan parkir', 'fasilitas penyandang disabilitas'];
const VERBS = ['menetapkan', 'menyediakan', 'memasang', 'menanggung', 'memungut', 'melaksanakan', 'mengembangkan', 'menerbitkan', 'mengawasi', 'melakukan', 'menyusun', 'memfasilitasi'];

/** A distinct Pasal with two ayat; `i` picks the wording. */
export function pasal(i: number): PasalSpec {
  const s = SUBJECTS[i % SUBJECTS.length] as string;
  const v = VERBS[(i * 7) % VERBS.length] as string;
  const o = OBJECTS[(i * 5) % OBJECTS.length] as string;
  const o2 = OBJECTS[(i * 5 + 3) % OBJECTS.length] as string;
  return {
    ayat: [
      `${s} ${v} ${o} di wilayah ${i + 1} sesuai dengan ketentuan peraturan perundang-undangan.`,
      `${s} sebagaimana dimaksud pada ayat (1) wajib memperhatikan ${o2} dan kelancaran lalu lintas di kawasan ${i + 1}.`,
    ],
  };
}

/** Texts of the ayat of `pasal(i)`. */
export function ayatOf(i: number): string[] {
  return (pasal(i) as { ayat: string[] }).ayat;
}

/** A document of BAB, each a title and Pasal specs. */
export function doc(babs: Array<[string, PasalSpec[]]>): Node {
  const specs: BabSpec[] = babs.map(([title, p]) => ({ title, pasal: p }));
  return buildPerda({ babs: specs });
}

/** Pasal specs for indices `from..to` inclusive. */
export function range(from: number, to: number): PasalSpec[] {
  const out: PasalSpec[] = [];
  for (let i = from; i <= to; i++) out.push(pasal(i));
  return out;
}

/** Compare and return [status, old, new] triples of the Pasal rows. */
export function triples(c: Comparison): Array<[string, string | null, string | null]> {
  return c.pasal.map((r) => [r.status, r.old?.label ?? null, r.new?.label ?? null]);
}

/** Compare two documents by content only (as for an imported draft). */
export function compareByContent(a: Node, b: Node): Comparison {
  return compareDocs(a, b, { useUids: false });
}
