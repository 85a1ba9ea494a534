/**
 * Judul and pembukaan (drafting-rules.md 1.2, 1.3.3, 1.3.4): the judul is in capitals without a
 * final punctuation mark; each Menimbang item begins with "bahwa" and ends with ";"; each
 * Mengingat item ends with ";".
 */
import type { CheckRun } from './context';
import { endSpan, firstWordSpan, hasLowerCase, hasPlaceholder, isBlank } from './text-util';

/** Text with only placeholders and punctuation ("…;", "bahwa …;") is left to the placeholder rule. */
const ONLY_PLACEHOLDER = /^[\s….;:,]*$/;

/** Judul, Menimbang and Mengingat. */
export function checkPembukaan(run: CheckRun): void {
  for (const unit of run.units) {
    if (unit.kind === 'judul') {
      const title = run.text(unit).trim();
      if (!title) continue;
      if (hasLowerCase(title)) run.report('judul', unit, `Judul ditulis seluruhnya dengan huruf kapital: "${title.toUpperCase()}".`, { from: 0, to: title.length });
      if (/[.,;:!?]$/.test(title)) run.report('judul', unit, `Judul tidak diakhiri tanda baca: hapus "${title.slice(-1)}".`, endSpan(title));
      continue;
    }
    if (unit.kind !== 'item' || unit.listDepth !== 0) continue;
    if (unit.section !== 'konsiderans' && unit.section !== 'dasarHukum') continue;
    const text = run.text(unit);
    if (isBlank(text) || ONLY_PLACEHOLDER.test(text)) continue;
    const trimmed = text.trimEnd();
    if (unit.section === 'konsiderans') {
      if (!/^\s*bahwa\b/.test(text)) {
        const capital = /^\s*bahwa\b/i.test(text);
        run.report('menimbang', unit, capital ? 'Kata "bahwa" di awal pokok pikiran konsiderans ditulis dengan huruf kecil.' : 'Setiap pokok pikiran konsiderans diawali dengan kata "bahwa".', firstWordSpan(text));
      }
      if (!trimmed.endsWith(';')) run.report('menimbang', unit, `Setiap pokok pikiran konsiderans diakhiri dengan tanda baca titik koma (";").`, endSpan(text));
    } else if (!trimmed.endsWith(';') && !hasPlaceholder(trimmed.slice(-1))) {
      run.report('mengingat', unit, `Setiap dasar hukum diakhiri dengan tanda baca titik koma (";").`, endSpan(text));
    }
  }
}
