/** Locating the nearest ancestor of a given node type around a resolved position. */
import type { Node, ResolvedPos } from 'prosemirror-model';

/** The nearest ancestor of `$pos` whose type name is in `names`. */
export interface Ancestor {
  node: Node;
  /** Depth of the ancestor in `$pos`. */
  depth: number;
  /** Position just before the ancestor. */
  pos: number;
}

/** Find the nearest ancestor (including the parent) of `$pos` with one of the type names. */
export function findAncestor($pos: ResolvedPos, ...names: string[]): Ancestor | null {
  for (let d = $pos.depth; d > 0; d--) {
    const node = $pos.node(d);
    if (names.includes(node.type.name)) return { node, depth: d, pos: $pos.before(d) };
  }
  return null;
}

/** Fresh attributes for a new numbered unit: new uid, no base number, not deleted. */
export function freshUnitAttrs(uid: string): { uid: string; baseNum: null; deleted: false } {
  return { uid, baseNum: null, deleted: false };
}
