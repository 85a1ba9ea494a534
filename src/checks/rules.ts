/**
 * The rule table of the drafting checks: id, Indonesian title, usual severity and the citation
 * (drafting-rules.md section and the source tag given there). Each rule family file reports
 * findings by id; the citation of every finding comes from here.
 */
import type { RuleInfo } from './types';

const L2 = 'Lampiran II UU 12/2011';

/** Every rule, in the order the panel lists them. */
export const RULES = [
  { id: 'urutan-bab', title: 'Urutan BAB', severity: 'error', citation: `drafting-rules.md 1.1, 9.1; ${L2} butir 62 [DPR p.257]` },
  { id: 'bab-wajib', title: 'BAB Ketentuan Umum dan Ketentuan Penutup', severity: 'warning', citation: `drafting-rules.md 1.1, 1.5, 1.9; ${L2} butir 62 [DPR p.257, p.278]` },
  { id: 'judul-bab', title: 'Judul BAB huruf kapital', severity: 'warning', citation: `drafting-rules.md 1.4.2; ${L2} butir 72 [DPR p.269]` },
  { id: 'urutan-kerangka', title: 'Urutan bagian kerangka (diktum, penutup)', severity: 'warning', citation: `drafting-rules.md 1.1, 1.3.5, 1.10; ${L2} BAB I [DPR p.257, p.266–267]` },
  { id: 'formula-pengundangan', title: 'Perintah pengundangan', severity: 'warning', citation: 'drafting-rules.md 1.10, 9.10; pedoman daerah butir 117' },
  { id: 'judul', title: 'Judul huruf kapital tanpa tanda baca akhir', severity: 'warning', citation: 'drafting-rules.md 1.2; BTJ-draft2024 p.139 huruf c' },
  { id: 'menimbang', title: 'Konsiderans: diawali "bahwa", diakhiri ";"', severity: 'warning', citation: 'drafting-rules.md 1.3.3 [DPR p.261–263]' },
  { id: 'mengingat', title: 'Dasar hukum: tiap butir diakhiri ";"', severity: 'warning', citation: 'drafting-rules.md 1.3.4 [DPR p.266]' },
  { id: 'tanda-baca-rincian', title: 'Tanda baca rincian (tabulasi)', severity: 'warning', citation: `drafting-rules.md 1.4.3, 9.3; ${L2} [WS p.113]` },
  { id: 'kedalaman-rincian', title: 'Rincian paling banyak 4 tingkat', severity: 'warning', citation: `drafting-rules.md 1.4.3 angka 8; ${L2} [WS p.113]` },
  { id: 'rincian-huruf-kecil', title: 'Rincian diawali huruf kecil', severity: 'info', citation: `drafting-rules.md 1.4.3 angka 3; ${L2} [WS p.113]` },
  { id: 'definisi-tanda-baca', title: 'Definisi: huruf kapital di awal, titik di akhir', severity: 'warning', citation: 'drafting-rules.md 1.5, 9.3 [DPR p.269–272]' },
  { id: 'definisi-ganda', title: 'Definisi ganda dalam Ketentuan Umum', severity: 'warning', citation: 'drafting-rules.md 1.5 [DPR p.272]' },
  { id: 'definisi-tidak-dipakai', title: 'Definisi yang tidak dipakai', severity: 'info', citation: 'drafting-rules.md 1.5 (◐ hanya istilah yang dipakai berulang) [DPR p.272]' },
  { id: 'angka-huruf', title: 'Angka dan hurufnya harus sama', severity: 'error', citation: `drafting-rules.md 1.4.4, 9.4; ${L2} [WS p.113; DPR p.275]` },
  { id: 'angka-tanpa-huruf', title: 'Bilangan ditulis dengan angka dan huruf', severity: 'info', citation: `drafting-rules.md 1.4.4, 9.4; ${L2} [WS p.113; DPR p.275]` },
  { id: 'unit-kosong', title: 'Unit kosong', severity: 'warning', citation: `drafting-rules.md 1.4.2 (satu norma dalam satu kalimat); ${L2} butir 77–78` },
  { id: 'tempat-isian', title: 'Tempat isian (…) belum diisi', severity: 'info', citation: 'drafting-rules.md 1.13 (kerangka baru berisi tempat isian)' },
  { id: 'acuan-rusak', title: 'Acuan rusak', severity: 'error', citation: 'drafting-rules.md 2.2 (acuan divalidasi terhadap naskah), 7 [DPR p.308–309]' },
  { id: 'acuan-dihapus', title: 'Acuan ke unit yang dihapus', severity: 'warning', citation: 'drafting-rules.md 2.2, 2.3 [DPR p.294]' },
  { id: 'acuan-dalam-pada', title: 'Acuan: "dalam" untuk Pasal lain, "pada" untuk Pasal yang sama', severity: 'warning', citation: 'drafting-rules.md 2.2, 9.5 [DPR p.308–309]' },
  { id: 'batas-pidana', title: 'Batas ancaman pidana Perda', severity: 'warning', citation: 'drafting-rules.md 1.7; UU 12/2011 Pasal 15 ayat (2); UU 23/2014 Pasal 238 ayat (2)' },
  { id: 'penjelasan-pasal', title: 'Penjelasan pasal demi pasal', severity: 'warning', citation: 'drafting-rules.md 1.11 [DPR p.283–285]' },
] as const satisfies readonly RuleInfo[];

/** A rule id. */
export type RuleId = (typeof RULES)[number]['id'];

/** The rule table by id. */
export const RULE_BY_ID: ReadonlyMap<string, RuleInfo> = new Map(RULES.map((r) => [r.id, r]));

/** The rule of an id (throws for an unknown id: a programming error). */
export function ruleOf(id: RuleId): RuleInfo {
  const r = RULE_BY_ID.get(id);
  if (!r) throw new Error(`Unknown check rule ${id}`);
  return r;
}
