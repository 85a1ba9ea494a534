/**
 * Keeps Penjelasan Pasal demi Pasal in step with the batang tubuh (drafting-rules.md 1.11): every
 * Pasal has exactly one entry, in the Pasal's order; a new Pasal gets "Cukup jelas."; an entry
 * follows its Pasal when it moves and goes when the Pasal is removed ("Dihapus." Pasal keep theirs).
 * Entries that were never linked to a Pasal (an import could not place them) stay after the
 * entry they followed. Runs only after structural changes and only for a regulation that has a
 * Penjelasan (not for an amending instrument).
 */
import type { Node } from 'prosemirror-model';
import { Plugin, type EditorState, type Transaction } from 'prosemirror-state';
import { fillTemplate } from '../../src/model/templates';
import { newUid } from '../../src/model/uid';
import { anyChangesStructure } from './structure-change';

/** uids of the Pasal of the batang tubuh, in order. */
export function batangTubuhPasal(doc: Node): string[] {
  const out: string[] = [];
  const walk = (node: Node) => {
    node.forEach((child) => {
      const name = child.type.name;
      if (name === 'pasal') out.push(String(child.attrs.uid));
      else if (name === 'bab' || name === 'bagian' || name === 'paragraf') walk(child);
    });
  };
  doc.forEach((child) => {
    if (child.type.name === 'batangTubuh') walk(child);
  });
  return out;
}

/** The Penjelasan Pasal demi Pasal node and its position, or null. */
function findEntries(doc: Node): { node: Node; pos: number } | null {
  let found: { node: Node; pos: number } | null = null;
  doc.forEach((child, offset) => {
    if (child.type.name !== 'penjelasan') return;
    child.forEach((part, off) => {
      if (part.type.name === 'penjelasanPasalDemiPasal') found = { node: part, pos: offset + 1 + off };
    });
  });
  return found;
}

/** The transaction bringing the entries in step with the Pasal, or null when they already are. */
export function syncPenjelasan(state: EditorState): Transaction | null {
  const { doc, schema } = state;
  if (doc.attrs.kind === 'perubahan') return null;
  const entries = findEntries(doc);
  if (!entries) return null;
  const pasal = batangTubuhPasal(doc);
  const linked = new Map<string, Node>();
  const loose = new Map<string | null, Node[]>();
  let anchor: string | null = null;
  entries.node.forEach((entry) => {
    const target = entry.attrs.target as string | null;
    if (!target) {
      const list = loose.get(anchor) ?? [];
      list.push(entry);
      loose.set(anchor, list);
    } else {
      if (!linked.has(target)) linked.set(target, entry);
      anchor = target;
    }
  });
  const wanted: Node[] = [...(loose.get(null) ?? [])];
  const pasalSet = new Set(pasal);
  for (const uid of pasal) {
    wanted.push(
      linked.get(uid) ??
        schema.nodes.penjelasanPasal!.create({ uid: newUid(), target: uid, label: '' }, schema.nodes.para!.create(null, schema.text(fillTemplate('cukupJelas')))),
    );
    wanted.push(...(loose.get(uid) ?? []));
  }
  // Loose entries anchored to a Pasal that is gone stay at the end rather than being lost.
  for (const [key, list] of loose) if (key !== null && !pasalSet.has(key)) wanted.push(...list);
  const have = entries.node;
  let head = 0;
  while (head < wanted.length && head < have.childCount && wanted[head] === have.child(head)) head++;
  if (head === wanted.length && head === have.childCount) return null;
  let tail = 0;
  while (
    tail < wanted.length - head &&
    tail < have.childCount - head &&
    wanted[wanted.length - 1 - tail] === have.child(have.childCount - 1 - tail)
  ) tail++;
  let from = entries.pos + 1;
  for (let i = 0; i < head; i++) from += have.child(i).nodeSize;
  let to = from;
  for (let i = head; i < have.childCount - tail; i++) to += have.child(i).nodeSize;
  return state.tr.replaceWith(from, to, wanted.slice(head, wanted.length - tail));
}

/** The plugin. */
export function penjelasanSync(): Plugin {
  return new Plugin({
    appendTransaction(trs, _old, state) {
      if (!anyChangesStructure(trs)) return null;
      return syncPenjelasan(state);
    },
  });
}
