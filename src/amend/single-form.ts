/**
 * The single-change form of Pasal I (drafting-rules.md 3.4.1 Contoh 2): when the instrument
 * changes one Pasal only, Pasal I has no numbered items but opens with "Ketentuan Pasal {p} dalam
 * Peraturan Daerah … (Lembaran Daerah …) diubah sehingga berbunyi sebagai berikut:" followed by
 * the Pasal. The rules give this wording only for one whole Pasal changed (F1) in a Perda not
 * amended before; any other single change keeps Contoh 1 with one numbered item (and says so in
 * the item's tooltip).
 *
 * In the document the single form is Pasal I's opening paragraph (the whole instruction) and one
 * change item whose own instruction paragraph is empty and whose number is null: it holds the
 * restated Pasal, so that the schema, the numbering and the applier see one item as always.
 */
import type { Node } from 'prosemirror-model';
import { fillTemplate } from '../model/templates';
import { citationValues } from './citation';
import type { AmendSettings, InstrumentItem } from './types';

/** Tooltip of the single-form item (the source example is truncated; its completion is ◐). */
export const SINGLE_FORM_NOTE =
  'Satu perubahan: Pasal I tanpa butir bernomor (drafting-rules.md 3.4.1 Contoh 2). Contoh dalam sumber terpotong; kelengkapan rumusannya belum diverifikasi (◐).';

/** Tooltip of a single item that keeps the numbered form, and why. */
export function singleItemNote(reason: 'kind' | 'amended'): string {
  return reason === 'kind'
    ? 'Pasal I memuat satu butir: Lampiran II hanya memberi rumusan tanpa butir bernomor untuk satu Pasal yang diubah seluruhnya (drafting-rules.md 3.4.1 Contoh 2); untuk satu perubahan jenis lain dipakai rumusan Contoh 1 dengan satu butir.'
    : 'Pasal I memuat satu butir: rumusan tanpa butir bernomor (drafting-rules.md 3.4.1 Contoh 2) tidak tersedia untuk Perda yang telah diubah sebelumnya; dipakai rumusan 3.4.1 dengan satu butir.';
}

/** True when planned items qualify for the single-change form. */
export function usesSingleForm(items: readonly InstrumentItem[], s: AmendSettings): boolean {
  return items.length === 1 && items[0]?.template === 'ubahPasal' && s.amendmentCount <= 0;
}

/** True when items as written (`writtenItems`) are in the single-change form. */
export function isSingleForm(items: readonly InstrumentItem[]): boolean {
  return items.length === 1 && items[0]?.template === 'pasalITunggal';
}

/**
 * The items as written in the instrument: the one F1 item turned into the Contoh 2 sentence, or
 * a single item of another kind with the note saying why it stays numbered.
 */
export function writtenItems(items: InstrumentItem[], s: AmendSettings): InstrumentItem[] {
  if (items.length !== 1) return items;
  const item = items[0] as InstrumentItem;
  if (usesSingleForm(items, s)) {
    const pasal = item.units[0]?.replace(/^Pasal\s+/, '') ?? '…';
    const text = fillTemplate('pasalITunggal', { ...citationValues(s), pasal }, s.region);
    return [
      {
        ...item,
        text,
        template: 'pasalITunggal',
        formula: 'F1 (3.4.1 Contoh 2)',
        hint: SINGLE_FORM_NOTE,
      },
    ];
  }
  return [
    {
      ...item,
      hint: singleItemNote(
        s.amendmentCount > 0 && item.template === 'ubahPasal' ? 'amended' : 'kind',
      ),
    },
  ];
}

/** True when a change item is the unnumbered item of the single form (its instruction is in Pasal I's opening). */
export function isSingleFormItem(item: Node): boolean {
  const first = item.firstChild;
  return (
    item.attrs.baseNum == null &&
    first !== null &&
    first.type.name === 'para' &&
    first.textContent.trim() === ''
  );
}
