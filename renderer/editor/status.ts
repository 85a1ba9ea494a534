/**
 * What the status bar shows about the draft: its word count and the address of the unit at the
 * cursor as a path ("BAB III > Bagian Kedua > Pasal 12 ayat (2)"), and the Penjelasan entry of a
 * Pasal (or the Pasal of an entry) to jump between them.
 */
import type { Node } from 'prosemirror-model';
import type { EditorState } from 'prosemirror-state';
import { editorNumbering } from './numbering-plugin';

/** Words of the whole document text (numbers and labels printed by the editor not included). */
export function wordCount(doc: Node): number {
  let n = 0;
  doc.descendants((node) => {
    if (node.isText) n += (node.text ?? '').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    return true;
  });
  return n;
}

const GROUPS = new Set(['bab', 'bagian', 'paragraf']);
const LEAVES = new Set(['pasal', 'ayat', 'item']);

/** The path of the unit at the cursor, or "" outside numbered units. */
export function unitPath(state: EditorState): string {
  const numbering = editorNumbering(state);
  const $from = state.selection.$from;
  const parts: string[] = [];
  let leaf = '';
  for (let d = 1; d <= $from.depth; d++) {
    const node = $from.node(d);
    const name = node.type.name;
    const u = typeof node.attrs.uid === 'string' ? numbering.get(node.attrs.uid) : undefined;
    if (name === 'penjelasanPasal') return u?.address ?? '';
    if (!u) continue;
    if (GROUPS.has(name)) parts.push(u.marker);
    else if (LEAVES.has(name)) leaf = u.address;
  }
  if (leaf) parts.push(leaf);
  return parts.join(' > ');
}

/** Where to jump from the cursor: the Penjelasan entry of its Pasal, or the Pasal of its entry. */
export function penjelasanJump(state: EditorState): { kind: 'toEntry' | 'toPasal'; uid: string } | null {
  const $from = state.selection.$from;
  let pasalUid: string | null = null;
  for (let d = $from.depth; d > 0; d--) {
    const node = $from.node(d);
    if (node.type.name === 'penjelasanPasal') return node.attrs.target ? { kind: 'toPasal', uid: String(node.attrs.target) } : null;
    if (node.type.name === 'pasal' && !pasalUid) pasalUid = String(node.attrs.uid);
  }
  if (!pasalUid) return null;
  let entry: string | null = null;
  state.doc.forEach((part) => {
    if (part.type.name !== 'penjelasan') return;
    part.descendants((n) => {
      if (entry) return false;
      if (n.type.name === 'penjelasanPasal' && n.attrs.target === pasalUid) entry = String(n.attrs.uid);
      return n.type.name !== 'penjelasanPasal';
    });
  });
  return entry ? { kind: 'toEntry', uid: entry } : null;
}
