/**
 * List levels (drafting-rules.md 1.4.3): a. -> 1. -> a) -> 1); at most four levels. Menimbang
 * items start at level 1 and Mengingat items at level 2 (they print "1."), as in numbering.ts.
 */
import type { Node, ResolvedPos } from 'prosemirror-model';

/** The deepest list level allowed. */
export const MAX_LEVEL = 4;

/** The level (1..4) of the item at depth `itemDepth` of `$pos`. */
export function itemLevel($pos: ResolvedPos, itemDepth: number): number {
  let lists = 0;
  let base = 0;
  for (let d = itemDepth - 1; d > 0; d--) {
    const name = $pos.node(d).type.name;
    if (name === 'list') lists++;
    else if (name === 'konsiderans') base = 1;
    else if (name === 'dasarHukum') base = 2;
  }
  return lists + base;
}

/** How many list levels an item's own sub-lists add below it (0 when it has none). */
export function subtreeListDepth(node: Node): number {
  let max = 0;
  node.forEach((child) => {
    if (child.type.name === 'list') {
      child.forEach((item) => {
        max = Math.max(max, 1 + subtreeListDepth(item));
      });
    }
  });
  return max;
}
