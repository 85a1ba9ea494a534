/**
 * Where each unit of a document is: its node, document position and the uids of the units that
 * enclose it (outermost first). Built once per immutable document.
 */
import type { Node } from 'prosemirror-model';

/** One unit found in a document. */
export interface UnitLocation {
  uid: string;
  node: Node;
  pos: number;
  /** Uids of the enclosing nodes that carry a uid, outermost first. */
  ancestors: string[];
}

const cache = new WeakMap<Node, Map<string, UnitLocation>>();

/** Every node with a non-empty uid, by uid (memoised per document). */
export function unitIndex(doc: Node): ReadonlyMap<string, UnitLocation> {
  const hit = cache.get(doc);
  if (hit) return hit;
  const out = new Map<string, UnitLocation>();
  const walk = (node: Node, start: number, ancestors: string[]) => {
    node.forEach((child, offset) => {
      if (child.isInline) return;
      const pos = start + offset;
      const uid = child.attrs.uid;
      const has = typeof uid === 'string' && uid !== '';
      if (has && !out.has(uid)) out.set(uid, { uid, node: child, pos, ancestors });
      if (!child.isTextblock) walk(child, pos + 1, has ? [...ancestors, uid] : ancestors);
    });
  };
  walk(doc, 0, []);
  cache.set(doc, out);
  return out;
}

/** The uid of the innermost unit that contains document position `pos` (null outside units). */
export function unitAt(doc: Node, pos: number): string | null {
  const $pos = doc.resolve(pos);
  for (let d = $pos.depth; d > 0; d--) {
    const uid = $pos.node(d).attrs.uid;
    if (typeof uid === 'string' && uid !== '') return uid;
  }
  return null;
}
