/**
 * From a finding to the editor: the document positions of the text span a finding points at
 * (for selecting it after jumping to the unit).
 */
import type { Node } from 'prosemirror-model';
import type { Finding } from './types';
import { ownTextPos } from './unit-text';

/** Position just before the node with `uid` and the node, or null. */
export function findUidPos(doc: Node, uid: string): { pos: number; node: Node } | null {
  let found: { pos: number; node: Node } | null = null;
  doc.descendants((node, pos) => {
    if (found) return false;
    if (node.attrs.uid === uid) {
      found = { pos, node };
      return false;
    }
    return !node.isTextblock;
  });
  return found;
}

/** The document range of a finding's span, or null when it has none or the unit is gone. */
export function findingRange(doc: Node, finding: Pick<Finding, 'uid' | 'from' | 'to'>): { from: number; to: number } | null {
  if (finding.from === undefined || finding.to === undefined) return null;
  const hit = findUidPos(doc, finding.uid);
  if (!hit) return null;
  let { node, pos } = hit;
  // The Penjelasan node's own text is its "I. UMUM" part.
  if (node.type.name === 'penjelasan' && node.firstChild) {
    node = node.firstChild;
    pos += 1;
  }
  const from = ownTextPos(node, pos, finding.from);
  const to = ownTextPos(node, pos, finding.to, true);
  return from === null || to === null ? null : { from, to: Math.max(from, to) };
}
