/**
 * Whether a document has the structure of another as the numbering reads it: the same nodes
 * down to the text blocks (types, attributes, order), whatever the text inside the blocks. The
 * numbering of a document derived from another by text edits (a keystroke in the editor, a draft
 * saved after one) is then the other's numbering, unchanged.
 */
import type { Attrs, Node } from 'prosemirror-model';

/** The same attribute values (by value for the rare structured one). */
function sameAttrs(a: Attrs, b: Attrs): boolean {
  for (const k in a) {
    const x = a[k] as unknown;
    const y = b[k] as unknown;
    if (x !== y && (typeof x !== 'object' || JSON.stringify(x) !== JSON.stringify(y))) return false;
  }
  return true;
}

/** Same structure (see the header); shared subtrees are not walked. */
function sameStructure(a: Node, b: Node): boolean {
  if (a === b) return true;
  if (a.type !== b.type || !sameAttrs(a.attrs, b.attrs)) return false;
  if (a.isTextblock || a.isLeaf) return true;
  if (a.childCount !== b.childCount) return false;
  for (let i = 0; i < a.childCount; i++) if (!sameStructure(a.child(i), b.child(i))) return false;
  return true;
}

/**
 * True when `doc` was derived from `prev` by edits that left the structure as it was. Only a
 * document that shares a top-level node with `prev` counts as derived from it (a fresh copy,
 * sharing nothing, is numbered afresh), so the walk stays on the path the edits touched.
 */
export function sameStructureDerived(prev: Node, doc: Node): boolean {
  if (prev.childCount !== doc.childCount) return false;
  let shares = false;
  for (let i = 0; i < doc.childCount && !shares; i++) shares = doc.child(i) === prev.child(i);
  return shares && sameStructure(prev, doc);
}
