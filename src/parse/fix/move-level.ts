/**
 * Promote and demote a unit in the grouping hierarchy (BAB > Bagian > Paragraf > Pasal), e.g. a
 * Pasal the importer placed under a Bagian while it belongs before it. Promote moves the unit
 * out of its group, before the group when it is the group's first unit, after it when it is the
 * last; demote moves it into the neighbouring group (the end of the previous one, else the start
 * of the next one). Pure functions on the document.
 */
import type { Node } from 'prosemirror-model';
import { finish, KIND_NAMES, locate, parentOf, refuse, toJson, type FixResult } from './tree';

const GROUPS = new Set(['bab', 'bagian', 'paragraf']);
const MOVABLE = new Set(['pasal', 'bagian', 'paragraf']);

/** Move the unit `uid` one level up (out of its BAB/Bagian/Paragraf). */
export function promoteUnit(doc: Node, uid: string): FixResult {
  const root = toJson(doc);
  const hit = locate(root, uid);
  if (!hit) return refuse('Unit tidak ditemukan.');
  const { node, parent, index } = hit;
  const name = KIND_NAMES[node.type] ?? node.type;
  if (!MOVABLE.has(node.type)) return refuse(`${name} tidak dapat dinaikkan tingkatnya; gunakan "ubah jenis".`);
  if (!GROUPS.has(parent.type)) return refuse(`${name} ini sudah berada di tingkat teratas.`);
  const siblings = parent.content!;
  const units = siblings.map((c, i) => ({ c, i })).filter(({ c }) => c.type !== 'heading');
  const first = units[0]?.i === index;
  const last = units[units.length - 1]?.i === index;
  if (!first && !last) return refuse(`Hanya unit pertama atau terakhir dalam ${KIND_NAMES[parent.type]} yang dapat dinaikkan; pindahkan atau pecah kelompoknya terlebih dahulu.`);
  const grand = parentOf(root, parent);
  if (!grand) return refuse(`${name} ini sudah berada di tingkat teratas.`);
  siblings.splice(index, 1);
  // The first unit goes before its group, the last one after it (an only unit: before).
  grand.parent.content!.splice(first ? grand.index : grand.index + 1, 0, node);
  return finish(root, `Menaikkan ${name}`);
}

/** Move the unit `uid` one level down (into the previous, else the next, BAB/Bagian/Paragraf). */
export function demoteUnit(doc: Node, uid: string): FixResult {
  const root = toJson(doc);
  const hit = locate(root, uid);
  if (!hit) return refuse('Unit tidak ditemukan.');
  const { node, parent, index } = hit;
  const name = KIND_NAMES[node.type] ?? node.type;
  if (!MOVABLE.has(node.type)) return refuse(`${name} tidak dapat diturunkan tingkatnya; gunakan "ubah jenis".`);
  const siblings = parent.content!;
  const prev = siblings[index - 1];
  const next = siblings[index + 1];
  if (prev && GROUPS.has(prev.type)) {
    siblings.splice(index, 1);
    prev.content = [...(prev.content ?? []), node];
    return finish(root, `Menurunkan ${name} ke dalam ${KIND_NAMES[prev.type]} sebelumnya`);
  }
  if (next && GROUPS.has(next.type)) {
    siblings.splice(index, 1);
    const kids = next.content ?? [];
    const at = kids[0]?.type === 'heading' ? 1 : 0;
    kids.splice(at, 0, node);
    next.content = kids;
    return finish(root, `Menurunkan ${name} ke dalam ${KIND_NAMES[next.type]} berikutnya`);
  }
  return refuse(`Tidak ada BAB, Bagian, atau Paragraf di sebelah ${name} ini yang dapat menampungnya.`);
}
