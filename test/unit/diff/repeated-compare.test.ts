/**
 * A draft compared again and again with the same base (the status bar, the comparison panel)
 * reuses what it extracted and aligned for the Pasal it kept. Whatever the edit, the result must
 * equal a comparison of fresh copies of both documents, where nothing can be reused.
 */
import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { compareDocs } from '../../../src/diff/compare';
import { comparisonToJson } from '../../../src/diff/json';
import { freezeAsBase, generatePerda } from '../../../src/model/doc-builders';
import { perdaSchema } from '../../../src/model/schema';

const fresh = (d: Node) => perdaSchema.nodeFromJSON(d.toJSON());

/** Position and node of the `k`-th node named `type`. */
function nth(doc: Node, type: string, k: number): { pos: number; node: Node } {
  let seen = -1;
  let hit: { pos: number; node: Node } | null = null;
  doc.descendants((node, pos) => {
    if (hit) return false;
    if (node.type.name === type && ++seen === k) hit = { pos, node };
    return true;
  });
  if (!hit) throw new Error(`no ${type} ${k}`);
  return hit;
}

/** A copy of `node` under another uid (children keep theirs: they are never looked up by uid here). */
const copyAs = (node: Node, uid: string) => node.type.create({ ...node.attrs, uid, baseNum: null }, fresh(node).content);

/** Edits a drafter makes between two compares, in order; the base is in perubahan mode. */
const edits: Array<[string, (d: Node) => Node]> = [
  ['type a word', (d) => new Transform(d).insert(nth(d, 'para', 12).pos + 3, perdaSchema.text(' baru')).doc],
  ['move a Pasal within its BAB (its number stays: perubahan)', (d) => {
    const { pos, node } = nth(d, 'pasal', 4);
    const after = nth(d, 'pasal', 6);
    return new Transform(d).insert(after.pos + after.node.nodeSize, node).delete(pos, pos + node.nodeSize).doc;
  }],
  ['insert an ayat after the first (it becomes (1a))', (d) => {
    const first = nth(d, 'ayat', 2);
    return new Transform(d).insert(first.pos + first.node.nodeSize, copyAs(first.node, 'ayat-sisipan')).doc;
  }],
  ['switch to penggantian numbering (the inserted ayat becomes (2))', (d) => new Transform(d).setDocAttribute('mode', 'penggantian').doc],
  ['insert a Pasal early (later Pasal and the references to them renumber)', (d) => new Transform(d).insert(nth(d, 'pasal', 1).pos, copyAs(nth(d, 'pasal', 7).node, 'sisipan')).doc],
  ['delete a Pasal', (d) => { const { pos, node } = nth(d, 'pasal', 3); return new Transform(d).delete(pos, pos + node.nodeSize).doc; }],
];

describe('repeated comparison with the same base', () => {
  it('equals a comparison of fresh documents after every edit', () => {
    const base = freezeAsBase(generatePerda(40, { seed: 3 }));
    let draft = fresh(base);
    compareDocs(base, draft);
    for (const [name, edit] of edits) {
      draft = edit(draft);
      const again = comparisonToJson(compareDocs(base, draft));
      const cold = comparisonToJson(compareDocs(fresh(base), fresh(draft)));
      expect(again, name).toEqual(cold);
      expect(JSON.stringify(compareDocs(base, draft).pasal), name).toBe(JSON.stringify(compareDocs(fresh(base), fresh(draft)).pasal));
    }
  });
});
