/**
 * Empty units and unfilled placeholders: a Pasal, ayat, item, title or Penjelasan entry with no
 * text (a norm is one sentence: drafting-rules.md 1.4.2, Lampiran II butir 77–78), and text that
 * still holds the skeleton's placeholders "…" (1.13). A list item with no text is most likely
 * being typed, so it is only a hint.
 */
import type { CheckRun } from './context';
import { hasPlaceholder, isBlank } from './text-util';

const CHECKED = new Set(['judul', 'bab', 'bagian', 'paragraf', 'pasal', 'ayat', 'item', 'penjelasanPasal']);
const TITLED = new Set(['bab', 'bagian', 'paragraf']);

/** Empty units and placeholders. */
export function checkEmpty(run: CheckRun): void {
  for (const unit of run.units) {
    if (!CHECKED.has(unit.kind)) continue;
    const text = run.text(unit);
    if (isBlank(text)) {
      if (unit.kind === 'pasal' && unit.node.firstChild?.type.name === 'ayat') continue;
      const hasList = unit.kind !== 'judul' && unit.node.childCount > 1 && !unit.node.isTextblock;
      if (unit.kind === 'penjelasanPasal') run.report('unit-kosong', unit, `${unit.label} kosong; tulis "Cukup jelas." bila tidak memerlukan penjelasan.`);
      else if (hasList) run.report('unit-kosong', unit, `${unit.label}: kalimat pembuka rincian masih kosong.`);
      else {
        const what = unit.kind === 'judul' ? 'Judul peraturan' : TITLED.has(unit.kind) ? `Judul ${unit.label}` : unit.label;
        run.report('unit-kosong', unit, `${what} masih kosong.`, null, unit.kind === 'item' ? 'info' : undefined);
      }
      continue;
    }
    if (hasPlaceholder(text)) {
      const at = text.includes('…') ? text.indexOf('…') : text.indexOf('...');
      run.report('tempat-isian', unit, 'Masih ada tempat isian "…" yang belum diisi.', { from: at, to: at + (text[at] === '…' ? 1 : 3) });
    }
  }
}
