/**
 * The item formulas of Pasal I (drafting-rules.md 3.4.2), filled from templates.ts: the
 * instruction sentence, its formula tag (F1…F19) and the tooltip note when the wording is
 * practice rather than rule.
 */
import { joinList } from '../model/join-list';
import { toWords } from '../model/number-words';
import type { SkeletonRegion } from '../model/skeleton-region';
import { fillTemplate, TEMPLATES, type TemplateId, type TemplateValues } from '../model/templates';

/** Formula tag of each item template. */
export const FORMULA_TAG: Partial<Record<TemplateId, string>> = {
  ubahPasal: 'F1',
  ubahAyat: 'F2',
  ubahBeberapaAyat: 'F3',
  ubahHuruf: 'F4',
  ubahDefinisi: 'F5',
  sisipPasal: 'F6/F7',
  sisipPasalAwalBab: 'F6/F7 (dalam BAB)',
  sisipAyat: 'F8',
  tambahAyat: 'F9',
  sisipHuruf: 'F10',
  sisipAngkaDefinisi: 'F11',
  hapusPasal: 'F12',
  hapusAyat: 'F13',
  hapusBab: 'F14',
  sisipBab: 'F15',
  sisipBagian: 'F16',
  sisipParagraf: 'F16',
  ubahJudulBab: 'F17',
  ubahJudulBagian: 'F17 (analogi)',
  ubahPenjelasan: 'F18',
  ubahLampiran: 'F19',
  tambahPasalAkhir: '-',
};

/** A filled formula. */
export interface FilledFormula {
  text: string;
  template: TemplateId;
  formula: string;
  note?: string;
}

/** Note shown when items restate the whole Pasal after an ayat-level formula (3.4.2, [PRACTICE]). */
export const RESTATE_NOTE =
  'Seluruh Pasal dinyatakan kembali (termasuk ayat yang tidak berubah): praktik, sebagaimana contoh Lampiran II yang memuat Pasal secara utuh (drafting-rules.md 3.4.2).';

/** Fill an item template; adds the practice note when the template is practice. */
export function formula(
  id: TemplateId,
  values: TemplateValues,
  region: SkeletonRegion,
  extraNote?: string,
): FilledFormula {
  const t = TEMPLATES[id];
  const text = fillTemplate(id, values, region).replace(/\s{2,}/g, ' ');
  const notes: string[] = [];
  if (t.certainty === 'practice')
    notes.push(
      `Rumusan ini praktik, bukan kaidah yang ditemukan dalam Lampiran II UU 12/2011 (drafting-rules.md ${t.source}).`,
    );
  if ('note' in t && t.certainty === 'practice' && !/\{/.test(t.note)) notes.push(t.note);
  if (extraNote) notes.push(extraNote);
  const out: FilledFormula = { text, template: id, formula: FORMULA_TAG[id] ?? '-' };
  if (notes.length) out.note = notes.join(' ');
  return out;
}

/** "1 (satu)", "2 (dua)". */
export function countWords(n: number): string {
  return `${n} (${toWords(n)})`;
}

/** "Pasal 7A dan Pasal 7B"; "ayat (1a)"; "angka 5a". */
export function unitList(
  word: 'Pasal' | 'BAB' | 'ayat' | 'angka',
  nums: readonly string[],
): string {
  return joinList(nums.map((n) => (word === 'ayat' ? `ayat (${n})` : `${word} ${n}`)));
}
