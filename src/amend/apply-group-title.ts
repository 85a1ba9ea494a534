/**
 * An item that changes the title of a BAB, Bagian or Paragraf: "Judul BAB V diubah sehingga
 * berbunyi …" (F17), a group restated by its heading alone ("Ketentuan Bagian Pertama
 * Pengangkatan diubah sehingga berbunyi sebagai berikut: Bagian Kesatu Pengangkatan"), or a title
 * changed in the item's own words ("Bab II Bagian Keempat tentang … diubah menjadi tentang …").
 */
import type { NodeJson } from '../model/doc-json';
import { fail, type Entry } from './apply-entry';
import type { Instruction } from './instruction';
import { canonicalNum, findUnit, unitLabel as label } from './json-tree';
import { innermostGroup, squeezed, textOf } from './named-group';

/** True when the item changes a title only (see the header), not a Pasal. */
export function changesTitle(ins: Instruction, restated: readonly NodeJson[]): boolean {
  if (ins.scope === 'judul') return true;
  if (ins.action !== 'diubah' || ins.place.pasal.length > 0) return false;
  const namesGroup = ins.place.bab.length > 0 || ins.place.bagian.length > 0 || ins.place.paragraf.length > 0;
  return restatesTitleOnly(restated) || (namesGroup && TITLE_IN_WORDS.test(ins.text));
}

/** "Judul BAB V diubah …", "Judul Bagian Kedua BAB V diubah …" (F17): replace the title only. */
export function applyGroupTitle(body: NodeJson, ins: Instruction, restated: NodeJson[]): Entry {
  const named = innermostGroup(body, ins);
  if (typeof named === 'string') return fail(ins, named);
  const { container, within, type, nums } = named;
  const n = nums[0] as string;
  const units = [`${within}${label(type, n)}`];
  if (nums.length !== 1) return fail(ins, `Butir menyebut lebih dari satu judul ${label(type, '').trim()} yang diubah.`, units);
  const loc = findUnit(container, type, n);
  if (!loc) return fail(ins, `${units[0]} tidak ada dalam naskah dasar.`, units);
  const content = loc.node.content ?? [];
  const at = content.findIndex((c) => c.type === 'heading');
  const group = restated.find((x) => x.type === type);
  const heading = group?.content?.find((c) => c.type === 'heading') ?? titleInWords(ins.text, at >= 0 ? (content[at] as NodeJson) : null);
  if (typeof heading === 'string') return fail(ins, `Butir menyebut judul lama "${heading}", tetapi judul ${units[0]} dalam naskah dasar lain.`, units);
  if (!heading) return fail(ins, `Judul ${label(type, n)} yang baru tidak ditemukan dalam butir.`, units);
  if (at >= 0) content[at] = heading;
  // The same number in the rule's form ("Bagian Pertama" restated as "Bagian Kesatu") is written so.
  if (group && canonicalNum(type, group.attrs?.baseNum) === canonicalNum(type, loc.node.attrs?.baseNum)) loc.node.attrs = { ...loc.node.attrs, baseNum: group.attrs?.baseNum };
  return { status: 'applied', action: 'diubah', units, message: '' };
}

/** A title changed in words: "Bab II Bagian Keempat tentang <old title> diubah menjadi tentang <new title>." */
const TITLE_IN_WORDS = /\btentang\s+(.+?)\s+diubah\s+menjadi\s+(?:tentang\s+)?(.+?)\.?\s*$/i;

/**
 * The new heading an item gives in words (`TITLE_IN_WORDS`), set in the case of the heading it
 * replaces: null when it gives none, the old title it names when that is not the heading's.
 */
function titleInWords(text: string, old: NodeJson | null): NodeJson | string | null {
  const m = TITLE_IN_WORDS.exec(text);
  if (!m || !old) return null;
  const was = textOf(old);
  if (squeezed(was) !== squeezed(m[1] as string)) return (m[1] as string).trim();
  const now = (m[2] as string).trim();
  return { ...old, content: [{ type: 'text', text: was === was.toUpperCase() ? now.toUpperCase() : now }] };
}

/** A BAB, Bagian or Paragraf restated with its heading alone, no Pasal: a title changed ("… diubah sehingga berbunyi sebagai berikut: Bagian Kesatu / Pengangkatan"). */
function restatesTitleOnly(restated: readonly NodeJson[]): boolean {
  return restated.length === 1 && ['bab', 'bagian', 'paragraf'].includes(restated[0]?.type ?? '') && !(restated[0]?.content ?? []).some((c) => c.type !== 'heading');
}
