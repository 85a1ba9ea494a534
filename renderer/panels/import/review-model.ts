/**
 * What the review screen shows of an imported document: the outline tree (BAB, Bagian,
 * Paragraf, Pasal, ayat with their numbers as read and their first words) and the child blocks
 * of the selected unit (where a split or a change of kind applies).
 */
import type { Node } from 'prosemirror-model';
import { numberDocument } from '../../../src/model/numbering';
import { firstWords, inlineText } from '../../../src/parse/outline';

/** One row of the outline tree. */
export interface ReviewEntry {
  uid: string;
  type: 'bab' | 'bagian' | 'paragraf' | 'pasal' | 'ayat';
  depth: number;
  label: string;
  words: string;
}

/** One child block of a unit. */
export interface ReviewBlock {
  index: number;
  type: string;
  text: string;
  count: number;
}

const TREE = new Set(['bab', 'bagian', 'paragraf', 'pasal', 'ayat']);
const PREFIX: Record<string, string> = { bab: 'BAB', bagian: 'Bagian', paragraf: 'Paragraf', pasal: 'Pasal' };

/** The label of a unit from its number ("Pasal 5", "BAB II", "(2)"). */
function labelOf(type: string, num: string): string {
  return type === 'ayat' ? `(${num})` : `${PREFIX[type] ?? type} ${num}`.trim();
}

/** First text of a unit: a group's heading, else its first paragraph. */
function leadText(n: Node): string {
  let out = '';
  n.descendants((c) => {
    if (out) return false;
    if (c.isTextblock) out = inlineText(c);
    return !out;
  });
  return out;
}

/** The outline tree of the document. */
export function reviewEntries(doc: Node): ReviewEntry[] {
  const numbers = numberDocument(doc);
  const out: ReviewEntry[] = [];
  doc.descendants((n, pos) => {
    if (!TREE.has(n.type.name)) return true;
    const uid = String(n.attrs.uid);
    const num = n.attrs.baseNum != null && n.attrs.baseNum !== '' ? String(n.attrs.baseNum) : (numbers.get(uid)?.num ?? '');
    const $p = doc.resolve(pos);
    let depth = 0;
    for (let d = 1; d <= $p.depth; d++) if (TREE.has($p.node(d).type.name)) depth++;
    out.push({ uid, type: n.type.name as ReviewEntry['type'], depth, label: labelOf(n.type.name, num), words: firstWords(leadText(n), 8) });
    return n.type.name !== 'ayat';
  });
  return out;
}

/** The node with `uid`, or null. */
export function findUnit(doc: Node, uid: string): Node | null {
  let found: Node | null = null;
  doc.descendants((n) => {
    if (found) return false;
    if (n.attrs.uid === uid) found = n;
    return !found;
  });
  return found;
}

/** The child blocks of a unit (headings left out). */
export function blocksOf(unit: Node): ReviewBlock[] {
  const out: ReviewBlock[] = [];
  unit.forEach((c, _o, index) => {
    if (c.type.name === 'heading') return;
    out.push({ index, type: c.type.name, text: firstWords(c.isTextblock ? inlineText(c) : leadText(c), 10), count: c.childCount });
  });
  return out;
}

/** The sibling of the same kind just before the unit `uid` (what a merge leaves selected), or null. */
export function previousUnit(doc: Node, uid: string): string | null {
  let prev: string | null = null;
  doc.descendants((n, pos) => {
    if (prev !== null) return false;
    if (n.attrs.uid !== uid) return true;
    const $p = doc.resolve(pos);
    const index = $p.index();
    const before = index > 0 ? $p.parent.child(index - 1) : null;
    prev = before && before.type === n.type ? String(before.attrs.uid) : '';
    return false;
  });
  return prev || null;
}
