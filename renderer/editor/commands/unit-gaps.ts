/**
 * The places in a document where a unit of a given type may stand ("gaps" between siblings that
 * the schema allows), in document order. Moving a Pasal up or down steps from gap to gap, which
 * is how it crosses from one BAB (or Bagian) into the previous or next one.
 */
import type { Node, NodeType } from 'prosemirror-model';

/** Containers worth descending into when looking for slots of a batang tubuh unit. */
const STRUCTURE = new Set(['doc', 'batangTubuh', 'bab', 'bagian', 'paragraf']);

function hasChild(node: Node, type: NodeType): boolean {
  for (let i = 0; i < node.childCount; i++) if (node.child(i).type === type) return true;
  return false;
}

function hasGroupChild(node: Node): boolean {
  for (let i = 0; i < node.childCount; i++) if (STRUCTURE.has(node.child(i).type.name)) return true;
  return false;
}

/**
 * Positions (in `doc`) where a node of `type` can be inserted, in document order. For Pasal,
 * BAB, Bagian and Paragraf the search covers the grouping levels of the batang tubuh; for other
 * types it covers only `within` (a node and its start position). A container that holds only
 * groups (a batang tubuh of BABs) offers no place to a unit it does not hold yet, so a Pasal never
 * lands between BABs.
 */
export function unitGaps(doc: Node, type: NodeType, within?: { node: Node; pos: number }): number[] {
  const out: number[] = [];
  const scan = (node: Node, start: number, descend: boolean) => {
    let pos = start;
    const skip = descend && !hasChild(node, type) && hasGroupChild(node);
    for (let i = 0; i <= node.childCount; i++) {
      if (!skip && node.canReplaceWith(i, i, type)) out.push(pos);
      if (i === node.childCount) break;
      const child = node.child(i);
      if (descend && STRUCTURE.has(child.type.name)) scan(child, pos + 1, true);
      pos += child.nodeSize;
    }
  };
  if (within) scan(within.node, within.pos + 1, false);
  else scan(doc, 0, true);
  return out;
}
