/**
 * Whole BAB moved (the real Surabaya 2009 text with two neighbouring BAB swapped, as a
 * replacement Perda reorders its chapters): the BAB rows and the Pasal rows tell the same story,
 * i.e. the BAB that reads "moved" are exactly the BAB whose Pasal read "moved".
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { perdaSchema } from '../../../src/model/schema';
import { parseText } from '../../../src/parse';
import { corpusDir } from '../../helpers/paths';

type Json = { type: string; content?: Json[] };

const text = fs.readFileSync(path.join(corpusDir, 'perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt'), 'utf8');
const original = parseText(text).doc;
/** A second import of the same text (other uids, so units are matched by content). */
const reimported = parseText(text).doc.toJSON() as Json;

/** The re-imported text with its `x`-th and `y`-th BAB (0-based) swapped. */
function swapped(x: number, y: number) {
  const json = JSON.parse(JSON.stringify(reimported)) as Json;
  const body = json.content?.find((n) => n.type === 'batangTubuh')?.content ?? [];
  const babs = body.flatMap((n, i) => (n.type === 'bab' ? [i] : []));
  const [i, j] = [babs[x] as number, babs[y] as number];
  [body[i], body[j]] = [body[j] as Json, body[i] as Json];
  return perdaSchema.nodeFromJSON(json);
}

describe('BAB moved as a block', () => {
  const babCount = (reimported.content?.find((n) => n.type === 'batangTubuh')?.content ?? []).filter((n) => n.type === 'bab').length;

  it('the text has enough BAB to swap', () => {
    expect(babCount).toBeGreaterThan(10);
  });

  it('every swap of two neighbouring BAB: the moved BAB are the BAB of the moved Pasal', () => {
    const disagreeing: string[] = [];
    for (let x = 0; x + 1 < babCount; x++) {
      const c = compareDocs(original, swapped(x, x + 1));
      const movedBabs = c.headings.filter((h) => h.kind === 'bab' && h.moved).map((h) => h.old?.label ?? '');
      const babsOfMovedPasal = [...new Set(c.pasal.filter((r) => r.moved).map((r) => r.oldBab ?? ''))];
      expect(babsOfMovedPasal.length, `swap ${x}/${x + 1}`).toBeGreaterThan(0);
      if (movedBabs.sort().join() !== babsOfMovedPasal.sort().join()) disagreeing.push(`swap ${x}/${x + 1}: BAB ${movedBabs.join(', ')} vs Pasal of ${babsOfMovedPasal.join(', ')}`);
    }
    expect(disagreeing).toEqual([]);
  });
});
