/**
 * Change the kind of a unit or of a text paragraph where the importer read it wrongly:
 * paragraph <-> ayat <-> list item, and BAB <-> Bagian <-> Paragraf headings. Each change keeps
 * the text and the uids of what it keeps; the result is checked against the schema and refused
 * with a reason when it would not be valid. Pure functions.
 */
import type { Node } from 'prosemirror-model';
import { finish, KIND_NAMES, locate, newUnit, parentOf, refuse, toJson, type FixResult, type NodeJson } from './tree';

/** Kinds a block can become. */
export type BlockKind = 'para' | 'ayat' | 'item';
/** Kinds a group heading can become. */
export type GroupKind = 'bab' | 'bagian' | 'paragraf';

const GROUP_ORDER: GroupKind[] = ['bab', 'bagian', 'paragraf'];

/** Append `item` to the list before position `at` of `kids`, or insert a new list there. */
function addItemBefore(kids: NodeJson[], at: number, item: NodeJson): void {
  const prev = kids[at - 1];
  if (prev?.type === 'list') prev.content = [...(prev.content ?? []), item];
  else kids.splice(at, 0, { type: 'list', attrs: { style: null }, content: [item] });
}

/** Change the kind of the text paragraph number `index` of the unit `ownerUid` (a Pasal, ayat or item). */
export function changeParaKind(doc: Node, ownerUid: string, index: number, kind: BlockKind): FixResult {
  const root = toJson(doc);
  const hit = locate(root, ownerUid);
  if (!hit) return refuse('Unit tidak ditemukan.');
  const owner = hit.node;
  const kids = owner.content ?? [];
  const para = kids[index];
  if (!para || para.type !== 'para') return refuse('Paragraf tidak ditemukan.');
  if (kind === 'para') return refuse('Paragraf ini sudah berupa paragraf teks.');
  if (index === 0) return refuse(`Paragraf pertama ${KIND_NAMES[owner.type]} tidak dapat diubah; pilih paragraf sesudahnya.`);
  if (kind === 'item') {
    kids.splice(index, 1);
    addItemBefore(kids, index, newUnit('item', [para]));
    return finish(root, 'Mengubah paragraf menjadi butir');
  }
  if (owner.type === 'pasal') {
    if (kids.some((c) => c.type === 'changeItem')) return refuse('Pasal yang memuat butir perubahan tidak dapat dibagi menjadi ayat.');
    owner.content = [newUnit('ayat', kids.slice(0, index)), newUnit('ayat', kids.slice(index))];
    return finish(root, 'Mengubah paragraf menjadi ayat');
  }
  if (owner.type === 'ayat') {
    owner.content = kids.slice(0, index);
    hit.parent.content!.splice(hit.index + 1, 0, newUnit('ayat', kids.slice(index)));
    return finish(root, 'Mengubah paragraf menjadi ayat');
  }
  return refuse('Paragraf di dalam butir tidak dapat menjadi ayat; ubah dahulu butirnya.');
}

/** Change an ayat or list item `uid` into a paragraph, ayat or item. */
function changeBlockKind(root: NodeJson, node: NodeJson, parent: NodeJson, index: number, kind: BlockKind): FixResult {
  const name = KIND_NAMES[node.type]!;
  if (node.type === kind) return refuse(`Unit ini sudah berupa ${name}.`);
  const body = node.content ?? [];
  if (node.type === 'ayat') {
    const ayat = parent.content!;
    if (kind === 'para') {
      if (ayat.length > 1) return refuse('Pasal dengan beberapa ayat tidak dapat memuat paragraf lepas; gabungkan ayat ini dengan ayat sebelumnya.');
      parent.content = body;
      return finish(root, 'Mengubah ayat menjadi paragraf');
    }
    const prev = ayat[index - 1];
    if (!prev) return refuse('Ayat pertama tidak dapat menjadi butir; tidak ada ayat sebelumnya yang menampungnya.');
    ayat.splice(index, 1);
    const prevKids = prev.content ?? [];
    addItemBefore(prevKids, prevKids.length, newUnit('item', body));
    prev.content = prevKids;
    return finish(root, 'Mengubah ayat menjadi butir');
  }
  // A list item: lift it out of its list.
  if (parent.type !== 'list') return refuse('Butir Menimbang/Mengingat tidak dapat diubah jenisnya.');
  const outer = parentOf(root, parent);
  if (!outer) return refuse('Butir tidak ditemukan.');
  const items = parent.content!;
  const before = items.slice(0, index);
  const after = items.slice(index + 1);
  const pieces: NodeJson[] = [];
  if (before.length) pieces.push({ ...parent, content: before });
  if (kind === 'para') {
    pieces.push(...body);
    if (after.length) pieces.push({ ...parent, content: after });
    outer.parent.content!.splice(outer.index, 1, ...pieces);
    return finish(root, 'Mengubah butir menjadi paragraf');
  }
  // kind === 'ayat': the list must sit in an ayat; the item and the items after it start a new ayat.
  if (outer.parent.type !== 'ayat') return refuse('Butir hanya dapat menjadi ayat bila daftarnya berada di dalam ayat.');
  const ayatNode = outer.parent;
  const ayatKids = ayatNode.content!;
  const rest = ayatKids.slice(outer.index + 1);
  ayatNode.content = [...ayatKids.slice(0, outer.index), ...(before.length ? [{ ...parent, content: before }] : [])];
  const newAyat = newUnit('ayat', [...body, ...(after.length ? [{ ...parent, content: after }] : []), ...rest]);
  const pasal = parentOf(root, ayatNode);
  if (!pasal) return refuse('Ayat tidak ditemukan.');
  pasal.parent.content!.splice(pasal.index + 1, 0, newAyat);
  return finish(root, 'Mengubah butir menjadi ayat');
}

/** Retype a group and shift its child groups by the same number of levels. */
function retypeGroup(node: NodeJson, kind: GroupKind): string | null {
  const shift = GROUP_ORDER.indexOf(kind) - GROUP_ORDER.indexOf(node.type as GroupKind);
  const walk = (n: NodeJson): string | null => {
    const to = GROUP_ORDER[GROUP_ORDER.indexOf(n.type as GroupKind) + shift];
    if (!to) return `${KIND_NAMES[n.type]} di dalamnya tidak dapat turun lebih rendah dari Paragraf.`;
    n.type = to;
    for (const c of n.content ?? []) if (GROUP_ORDER.includes(c.type as GroupKind)) { const e = walk(c); if (e) return e; }
    return null;
  };
  return walk(node);
}

/** Change a BAB, Bagian or Paragraf into another of these three. */
function changeGroupKind(root: NodeJson, node: NodeJson, parent: NodeJson, index: number, kind: GroupKind): FixResult {
  const from = node.type as GroupKind;
  if (from === kind) return refuse(`Unit ini sudah berupa ${KIND_NAMES[kind]}.`);
  const error = retypeGroup(node, kind);
  if (error) return refuse(error);
  const what = `Mengubah ${KIND_NAMES[from]} menjadi ${KIND_NAMES[kind]}`;
  const inPlace = finish(root, what);
  if (inPlace.ok) return inPlace;
  const siblings = parent.content!;
  if (GROUP_ORDER.indexOf(kind) > GROUP_ORDER.indexOf(from)) {
    // Lower: it belongs inside the previous group.
    const prev = siblings[index - 1];
    if (!prev || !GROUP_ORDER.includes(prev.type as GroupKind)) return inPlace;
    siblings.splice(index, 1);
    prev.content = [...(prev.content ?? []), node];
    return finish(root, what);
  }
  // Higher: it leaves its group, taking the units after it along.
  const outer = parentOf(root, parent);
  if (!outer) return inPlace;
  const moved = siblings.splice(index + 1);
  siblings.splice(index, 1);
  node.content = [...(node.content ?? []), ...moved];
  outer.parent.content!.splice(outer.index + 1, 0, node);
  return finish(root, what);
}

/** Change the kind of the unit `uid` (ayat/item -> para/ayat/item; BAB/Bagian/Paragraf -> another). */
export function changeUnitKind(doc: Node, uid: string, kind: BlockKind | GroupKind): FixResult {
  const root = toJson(doc);
  const hit = locate(root, uid);
  if (!hit) return refuse('Unit tidak ditemukan.');
  const { node, parent, index } = hit;
  const isGroup = GROUP_ORDER.includes(node.type as GroupKind);
  const toGroup = GROUP_ORDER.includes(kind as GroupKind);
  if (isGroup && toGroup) return changeGroupKind(root, node, parent, index, kind as GroupKind);
  if ((node.type === 'ayat' || node.type === 'item') && !toGroup) return changeBlockKind(root, node, parent, index, kind as BlockKind);
  return refuse(`${KIND_NAMES[node.type] ?? node.type} tidak dapat diubah menjadi ${KIND_NAMES[kind] ?? kind}.`);
}
