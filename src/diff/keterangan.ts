/**
 * The "Keterangan" column of the comparison table (matriks perbandingan, drafting-rules.md 5.3):
 * the Indonesian note for one row.
 */
import { caseOnly, renumberedPieces } from './printed-otherwise';
import type { OtherRow, PasalRow, Segment, UnitRef } from './types';

function list(refs: readonly UnitRef[]): string {
  const labels = refs.map((r) => r.label);
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} dan ${labels[labels.length - 1]}`;
}

/**
 * The note of a change of form only, the words being the same: "; hanya tanda baca" when only
 * punctuation was struck or added ("Cukup jelas" -> "Cukup jelas."), "; hanya huruf besar/kecil"
 * when only capitals changed ("Karcis Parkir" -> "karcis parkir"), or both; "" otherwise. Numbers
 * that only followed the renumbering count for neither.
 */
function formOnlyNote(segments: readonly Segment[]): string {
  let punctuation = false;
  for (const s of segments) {
    if (s.op === 'equal') continue;
    if (!/^[\s\p{P}]*$/u.test(s.text)) return '';
    punctuation = true;
  }
  // Words changed nowhere: look for capitals changed in the runs printed otherwise.
  const capitals = segments.some((s) => s.op === 'equal' && s.old !== undefined && (renumberedPieces(s.old, s.text) ?? []).some((p) => !('same' in p) && caseOnly(p)));
  if (punctuation && capitals) return '; hanya huruf besar/kecil dan tanda baca';
  return punctuation ? '; hanya tanda baca' : capitals ? '; hanya huruf besar/kecil' : '';
}

/** Indonesian note for a comparison row: "Tetap", "Diubah", "Dipindahkan dari Pasal 9", ... */
export function keteranganOf(row: PasalRow | OtherRow): string {
  // A Pasal that kept its number but went to another BAB came from that BAB, not from "Pasal 22".
  const fromBab = 'oldBab' in row && row.oldBab !== null && row.oldBab !== row.newBab && row.old?.label === row.new?.label;
  const oldLabel = (fromBab ? (row as PasalRow).oldBab : row.old?.label) ?? '';
  switch (row.status) {
    case 'unchanged':
      return 'Tetap';
    case 'inserted':
      return 'Disisipkan';
    case 'deleted':
      return 'Dihapus';
    case 'renumbered':
      return `Nomor berubah (semula ${oldLabel})`;
    case 'moved':
      return `Dipindahkan dari ${oldLabel}`;
    case 'changed': {
      const note = 'staleRefs' in row && row.staleRefs ? '; bunyi sama, tetapi rujukan tidak menyesuaikan penomoran baru' : formOnlyNote(row.segments);
      if (row.moved) return `Diubah dan dipindahkan dari ${oldLabel}${note}`;
      if (row.renumbered) return `Diubah (semula ${oldLabel})${note}`;
      return `Diubah${note}`;
    }
    case 'split':
      return 'newAll' in row ? `Dipecah menjadi ${list(row.newAll)}` : 'Dipecah';
    case 'merged':
      return 'oldAll' in row ? `Digabung dari ${list(row.oldAll)}` : 'Digabung';
  }
}
