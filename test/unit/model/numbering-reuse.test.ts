/**
 * A document derived from one numbered lately by edits that left its structure as it was takes
 * that numbering (`numberDocument`, `sameStructureDerived`); any edit of structure, or a fresh
 * copy, is numbered afresh, and every numbering equals the one computed from scratch. On the real
 * Surabaya 2009 text.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Node } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { describe, expect, it } from 'vitest';
import { numberDocument } from '../../../src/model/numbering';
import { perdaSchema } from '../../../src/model/schema';
import { parseText } from '../../../src/parse';
import { corpusDir } from '../../helpers/paths';

const base = parseText(fs.readFileSync(path.join(corpusDir, 'perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt'), 'utf8')).doc;

/** The numbering as plain entries (what it says, not which object holds it). */
const entries = (doc: Node) => [...numberDocument(doc).values()];
/** The same document as fresh nodes, sharing nothing: numbered from scratch. */
const fresh = (doc: Node) => entries(perdaSchema.nodeFromJSON(doc.toJSON()));

/** Position of the first node of `type` (and its node). */
function first(doc: Node, type: string, nth = 0): { pos: number; node: Node } {
  let seen = 0;
  let out: { pos: number; node: Node } | null = null;
  doc.descendants((node, pos) => {
    if (out) return false;
    if (node.type.name === type && seen++ === nth) out = { pos, node };
    return true;
  });
  if (!out) throw new Error(`no ${type}`);
  return out;
}

describe('numbering of a document derived by edits', () => {
  it('text typed into a Pasal keeps the numbering object, and it equals the numbering from scratch', () => {
    const before = numberDocument(base);
    const para = first(base, 'para', 40);
    const typed = new Transform(base).insert(para.pos + 1, perdaSchema.text('diubah ')).doc;
    expect(numberDocument(typed)).toBe(before);
    expect(entries(typed)).toEqual(fresh(typed));
  });

  it('an edit of structure is numbered afresh: a Pasal deleted, an ayat inserted, the numbering mode', () => {
    numberDocument(base);
    const pasal = first(base, 'pasal', 3);
    const withoutPasal = new Transform(base).delete(pasal.pos, pasal.pos + pasal.node.nodeSize).doc;
    expect(numberDocument(withoutPasal)).not.toBe(numberDocument(base));
    expect(entries(withoutPasal)).toEqual(fresh(withoutPasal));
    expect(entries(withoutPasal).filter((u) => u.type === 'pasal')).toHaveLength(entries(base).filter((u) => u.type === 'pasal').length - 1);

    const ayat = first(base, 'ayat', 0);
    const copyOfAyat = perdaSchema.nodeFromJSON({ ...ayat.node.toJSON(), attrs: { ...ayat.node.attrs, uid: 'ayat-baru' } });
    const withAyat = new Transform(base).insert(ayat.pos, copyOfAyat).doc;
    expect(numberDocument(withAyat)).not.toBe(numberDocument(base));
    expect(entries(withAyat)).toEqual(fresh(withAyat));
    expect(numberDocument(withAyat).get('ayat-baru')?.num).toBe('1');

    const perubahan = new Transform(base).setDocAttribute('mode', base.attrs.mode === 'perubahan' ? 'penggantian' : 'perubahan').doc;
    expect(numberDocument(perubahan)).not.toBe(numberDocument(base));
    expect(entries(perubahan)).toEqual(fresh(perubahan));
  });

  it('a fresh copy sharing no node is numbered afresh, though its structure is the same', () => {
    const para = first(base, 'para', 12);
    const typed = new Transform(base).insert(para.pos + 1, perdaSchema.text('diubah ')).doc;
    const before = numberDocument(typed);
    const copy = perdaSchema.nodeFromJSON(typed.toJSON());
    expect(numberDocument(copy)).not.toBe(before);
    expect(entries(copy)).toEqual(entries(typed));
  });
});
