/**
 * Numbers in norms (drafting-rules.md 1.4.4, 9.4): digits followed by the same number in words
 * between parentheses ("30 (tiga puluh) hari", "Rp50.000.000,00 (lima puluh juta rupiah)").
 * A disagreement ("30 (dua puluh) hari") is an error anywhere in the text; a count of days,
 * months, years, persons or percent, or an amount of rupiah, written in digits only in a Pasal or
 * ayat is a hint.
 */
import { findNumberWordMismatches, numberWithWords, percentWithWords, rupiahWithWords, MAX_WORDS_NUMBER } from '../model/number-words';
import type { CheckRun } from './context';

/** The correct "digits (words)" form of the digits of a mismatch, or null. */
function correctForm(text: string, digits: number): string | null {
  if (digits < 0 || digits > MAX_WORDS_NUMBER) return null;
  try {
    if (/^Rp/i.test(text)) return Number.isInteger(digits) ? rupiahWithWords(digits) : null;
    if (/%\s*\(/.test(text)) return percentWithWords(digits);
    return numberWithWords(digits);
  } catch {
    return null;
  }
}

const UNIT_WORDS = '(?:hari|minggu|bulan|tahun|jam|orang|kali|persen)';
/** Digits followed by a lower-case unit word or "%", not already followed by words in parentheses. */
const BARE_COUNT = new RegExp(`(?<![\\p{L}\\p{N}.,/-]|Nomor\\s)(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,\\d+)?\\s?(?:%|${UNIT_WORDS}\\b)(?!\\s*\\()`, 'gu');
const BARE_RUPIAH = /Rp\.?\s?\d{1,3}(?:\.\d{3})*(?:,\d{2}|,-)?(?!\s*\(|[\d.,])/g;

/** Digits and words that disagree; counts and amounts without words. */
export function checkNumbers(run: CheckRun): void {
  for (const unit of run.units) {
    if (unit.kind === 'judul' || unit.kind === 'bab' || unit.kind === 'bagian' || unit.kind === 'paragraf') continue;
    const text = run.text(unit);
    if (!/\d/.test(text)) continue;
    for (const m of findNumberWordMismatches(text)) {
      // Digits far from the parenthesis ("309    (satu)") are table columns of a Lampiran, not a number with words.
      if (/\d(?:\s{2,}|\s*\n\s*)\(/.test(m.text)) continue;
      const fix = correctForm(m.text, m.digits);
      run.report(
        'angka-huruf', unit,
        `Angka dan hurufnya tidak sama: "${m.text}" (angka ${m.digits}, huruf ${m.words}).${fix ? ` Tulis "${fix}" atau perbaiki angkanya.` : ''}`,
        { from: m.start, to: m.end },
      );
    }
    const norm = unit.section === 'body' && (unit.kind === 'pasal' || unit.kind === 'ayat' || unit.kind === 'item');
    if (!norm) continue;
    for (const m of text.matchAll(BARE_COUNT)) {
      const start = m.index ?? 0;
      run.report('angka-tanpa-huruf', unit, `Bilangan ditulis dengan angka diikuti huruf di antara tanda kurung, misalnya "30 (tiga puluh) hari": "${m[0]}".`, { from: start, to: start + m[0].length });
    }
    for (const m of text.matchAll(BARE_RUPIAH)) {
      const start = m.index ?? 0;
      run.report('angka-tanpa-huruf', unit, `Jumlah uang ditulis dengan angka diikuti huruf, misalnya "Rp50.000.000,00 (lima puluh juta rupiah)": "${m[0]}".`, { from: start, to: start + m[0].length });
    }
  }
}
