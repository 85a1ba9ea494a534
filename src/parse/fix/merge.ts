/**
 * Merge a unit with the previous unit of the same kind (the importer split one Pasal, ayat or
 * list item in two, e.g. at a page break): the unit's content is appended to the previous one
 * and the unit disappears. A BAB, Bagian or Paragraf merges its units into the previous group
 * (its heading is dropped). A loose text paragraph joins the previous paragraph. Pure function.
 */
import type { Node } from 'prosemirror-model';
import { finish, KIND_NAMES, locate, refuse, toJson, type FixResult, type NodeJson } from './tree';

const MERGEABLE = new Set(['bab', 'bagian', 'paragraf', 'pasal', 'ayat', 'item']);

/** Join two text paragraphs (a space between, unless one is empty). */
function joinParas(a: NodeJson, b: NodeJson): NodeJson {
  const gap: NodeJson[] = a.content?.length && b.content?.length ? [{ type: 'text', text: ' ' }] : [];
  return { ...a, content: [...(a.content ?? []), ...gap, ...(b.content ?? [])] };
}

/** Merge the unit `uid` into the previous unit of its kind (same parent). */
export function mergeWithPrevious(doc: Node, uid: string): FixResult {
  const root = toJson(doc);
  const hit = locate(root, uid);
  if (!hit) return refuse('Unit tidak ditemukan.');
  const { node, parent, index } = hit;
  const name = KIND_NAMES[node.type] ?? node.type;
  if (!MERGEABLE.has(node.type)) return refuse(`${name} tidak dapat digabung.`);
  const prev = parent.content![index - 1];
  if (!prev || prev.type !== node.type) return refuse(`Tidak ada ${name} sebelumnya di tempat yang sama untuk digabung.`);
  const body = node.type === 'bab' || node.type === 'bagian' || node.type === 'paragraf' ? (node.content ?? []).filter((c) => c.type !== 'heading') : node.content ?? [];
  const prevKids = prev.content ?? [];
  const prevAyat = prevKids.some((c) => c.type === 'ayat');
  const ownAyat = body.some((c) => c.type === 'ayat');
  if (node.type === 'pasal' && prevAyat !== ownAyat) {
    return refuse('Pasal berayat tidak dapat digabung dengan Pasal tanpa ayat; ubah dahulu jenis paragrafnya menjadi ayat.');
  }
  prev.content = [...prevKids, ...body];
  parent.content!.splice(index, 1);
  return finish(root, `Menggabungkan ${name}`);
}

/** Join the text paragraph at `index` of the unit `uid` to the paragraph before it. */
export function mergeParagraph(doc: Node, uid: string, index: number): FixResult {
  const root = toJson(doc);
  const hit = locate(root, uid);
  if (!hit) return refuse('Unit tidak ditemukan.');
  const kids = hit.node.content ?? [];
  const cur = kids[index];
  const prev = kids[index - 1];
  if (!cur || cur.type !== 'para' || !prev || prev.type !== 'para') return refuse('Hanya paragraf teks yang didahului paragraf teks yang dapat digabung.');
  kids.splice(index - 1, 2, joinParas(prev, cur));
  return finish(root, 'Menggabungkan paragraf');
}
