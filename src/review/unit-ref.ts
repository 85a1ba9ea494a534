/**
 * Finding the unit a user names: a uid, an address ("Pasal 5", "Pasal 5 ayat (2) huruf a",
 * "Menimbang huruf b", resolved by the model's address resolver), or a part name ("Judul",
 * "Menimbang", "Mengingat", "Penjelasan").
 */
import type { Node } from 'prosemirror-model';
import { CoreError } from '../core-error';
import { resolveAddress } from '../model/references';
import { unitIndex } from './unit-index';

const PART_TYPES: Record<string, string> = {
  judul: 'judul',
  menimbang: 'konsiderans',
  mengingat: 'dasarHukum',
  penjelasan: 'penjelasan',
};

/** The uid of the unit `ref` names in `doc`, or NOT_FOUND (`where` names the document in the message). */
export function resolveUnitRef(doc: Node, ref: string, where = 'naskah'): string {
  const index = unitIndex(doc);
  const text = ref.trim();
  if (index.has(text)) return text;
  const byAddress = resolveAddress(doc, text);
  if (byAddress) return byAddress;
  const part = PART_TYPES[text.toLowerCase()];
  if (part) for (const loc of index.values()) if (loc.node.type.name === part) return loc.uid;
  throw new CoreError('NOT_FOUND', `Unit "${ref}" tidak ditemukan dalam ${where}.`);
}
