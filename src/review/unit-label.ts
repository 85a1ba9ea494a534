/**
 * The label of any unit a thread can sit on: the address from the one numbering function
 * ("Pasal 14 ayat (2)", "Menimbang huruf b") or, for unnumbered parts, their name ("Judul",
 * "Menimbang", "Penjelasan", "LAMPIRAN I").
 */
import type { Node } from 'prosemirror-model';
import { numberDocument } from '../model/numbering';
import { unitIndex } from './unit-index';

const PART_NAMES: Record<string, string> = {
  judul: 'Judul',
  konsiderans: 'Menimbang',
  dasarHukum: 'Mengingat',
  penjelasan: 'Penjelasan',
};

/** The label of unit `uid` in `doc`, or null when the unit is not there. */
export function unitLabelOf(doc: Node, uid: string): string | null {
  const n = numberDocument(doc).get(uid);
  if (n) return n.address;
  const loc = unitIndex(doc).get(uid);
  if (!loc) return null;
  const type = loc.node.type.name;
  if (type === 'lampiran') return String(loc.node.attrs.title || 'Lampiran');
  return PART_NAMES[type] ?? type;
}

/** The label of the Pasal that holds unit `uid` ("Pasal 14"), or the unit's own label. */
export function pasalLabelOf(doc: Node, uid: string): string | null {
  const numbering = numberDocument(doc);
  const pasalUid = numbering.get(uid)?.pasalUid;
  const pasal = pasalUid ? numbering.get(pasalUid) : undefined;
  return pasal ? pasal.address : unitLabelOf(doc, uid);
}
