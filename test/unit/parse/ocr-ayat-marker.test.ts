/**
 * Text recognition reads the ayat marker "(1)" as "(l)". On the real Surabaya 2018 text with
 * every "(1)" at a line start misread so, the import finds the same ayat, and the comparison with
 * the text as printed finds nothing changed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { compareDocs } from '../../../src/diff/compare';
import { parseText } from '../../../src/parse';
import { corpusDir } from '../../helpers/paths';

const printed = fs.readFileSync(path.join(corpusDir, 'perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt'), 'utf8');
const misread = printed.replace(/^(\s*)\(1\)/gm, '$1(l)');

/** The number of ayat of each Pasal. */
function ayatCounts(doc: Node): number[] {
  const out: number[] = [];
  doc.descendants((n) => {
    if (n.type.name === 'pasal') out.push(n.children.filter((c) => c.type.name === 'ayat').length);
    return true;
  });
  return out;
}

describe('an ayat marker "(l)" from text recognition', () => {
  it('the misread text has such markers', () => {
    expect(misread.match(/^\s*\(l\)/gm)?.length ?? 0).toBeGreaterThan(20);
  });

  it('reads as ayat (1): same ayat per Pasal, nothing changed', () => {
    const a = parseText(printed).doc;
    const b = parseText(misread).doc;
    expect(ayatCounts(b)).toEqual(ayatCounts(a));
    const c = compareDocs(a, b);
    expect(c.pasal.filter((r) => r.status !== 'unchanged').map((r) => `${r.old?.label}: ${r.status}`)).toEqual([]);
  });
});
