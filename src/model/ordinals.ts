/**
 * Ordinal words of Bagian numbers (drafting-rules.md 1.4.2): "Kesatu", "Kedua", …, "Kesepuluh",
 * "Kesebelas", "Kedua Belas", "Kedua Puluh", "Kedua Puluh Satu". Never "Pertama" (Lampiran II
 * writes "Bagian Kesatu"); the parser accepts "Pertama" for legacy texts.
 */
import { parseWords, toWords } from './number-words';

/** Ordinal word of a Bagian number (1 -> "Kesatu", 12 -> "Kedua Belas", 21 -> "Kedua Puluh Satu"). */
export function bagianOrdinal(n: number): string {
  const words = toWords(n).split(' ');
  const [first, ...rest] = words;
  return ['Ke' + (first ?? ''), ...rest.map(capitalise)].join(' ');
}

/** The number of a Bagian ordinal ("kedua belas" -> 12; "Pertama" -> 1), or null. */
export function parseBagianOrdinal(word: string): number | null {
  const w = word.trim().toLowerCase().replace(/\s+/g, ' ');
  if (w === 'pertama') return 1;
  if (!w.startsWith('ke') || w.length < 4) return null;
  const n = parseWords(w.slice(2));
  return n !== null && Number.isInteger(n) && n > 0 ? n : null;
}

/** A heading's marker with a Bagian number in Lampiran II's form ("Bagian Pertama" -> "Bagian Kesatu"), for comparing numbers. */
export function ordinalInRuleForm(marker: string): string {
  return marker.replace(/^(Bagian\s+)Pertama\b/i, '$1Kesatu');
}

/** Title-case one word ("belas" -> "Belas"). */
function capitalise(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}
