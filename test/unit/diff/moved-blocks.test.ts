/**
 * Blocks moved, and the title rows and the Pasal rows telling the same story:
 * - whole BAB moved (the real Surabaya 2009 text with two neighbouring BAB swapped, as a
 *   replacement Perda reorders its chapters): the BAB that read "moved" are exactly the BAB
 *   whose Pasal read "moved";
 * - (the real Sulawesi Utara 4/2014 text) Bagian Keenam, holding only Pasal 22, moved from BAB IV
 *   into BAB V, numbers unchanged: the Pasal and its Bagian both read moved, the Pasal "from BAB IV";
 * - Pasal 27, last of BAB VI, moved after Pasal 28 in BAB VII (the two renumbered): only it moved,
 *   Pasal 28 is renumbered, and no BAB moved; the same the other way round.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { keteranganOf } from '../../../src/diff/keterangan';
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

describe('a Pasal or Bagian moved into another BAB', () => {
  const sulut = fs.readFileSync(path.join(corpusDir, 'perda-prov-sulut-2014-04-minuman-beralkohol.txt'), 'utf8');
  const at = (needle: string) => {
    const i = sulut.indexOf(needle);
    expect(i, needle).toBeGreaterThan(0);
    return i;
  };

  it('a Bagian moved with its Pasal: both read moved, the Pasal from its old BAB', () => {
    const bagian6 = at('                            Bagian Keenam\n');
    const bab5 = at('                                 BAB V\n');
    const bab5bagian1 = at('                             Bagian Kesatu\n                              Pengawasan');
    const rest = sulut.slice(bab5bagian1).replace('Bagian Kesatu\n                              Pengawasan', 'Bagian Kedua\n                              Pengawasan').replace('Bagian Kedua\n                      Pembentukan', 'Bagian Ketiga\n                      Pembentukan');
    const moved = sulut.slice(0, bagian6) + sulut.slice(bab5, bab5bagian1) + sulut.slice(bagian6, bab5).replace('Bagian Keenam', 'Bagian Kesatu') + rest;
    const c = compareDocs(parseText(sulut).doc, parseText(moved).doc);
    expect(c.pasal.filter((r) => r.status !== 'unchanged').map((r) => `${r.status} ${r.old?.label}: ${keteranganOf(r)}`)).toEqual(['moved Pasal 22: Dipindahkan dari BAB IV']);
    const bagian = c.headings.find((h) => h.old?.label === 'BAB IV Bagian Keenam');
    expect(`${bagian?.status} ${bagian?.new?.label}`).toBe('moved BAB V Bagian Kesatu');
  });

  it('the last Pasal of a BAB moved after the first of the next: only it moved, both ways', () => {
    const bab7 = at('                                 BAB VII\n');
    const bab8 = at('                                BAB VIII\n');
    const p27 = at('                               Pasal 27\n');
    const p28 = at('                                Pasal 28\n');
    const moved = sulut.slice(0, p27) + sulut.slice(bab7, p28) + sulut.slice(p28, bab8).replace('Pasal 28', 'Pasal 27') + sulut.slice(p27, bab7).replace('Pasal 27', 'Pasal 28') + sulut.slice(bab8);
    const rows = (c: ReturnType<typeof compareDocs>) => [
      ...c.pasal.filter((r) => r.status !== 'unchanged').map((r) => `${r.status} ${r.old?.label} -> ${r.new?.label}`),
      ...c.headings.filter((h) => h.moved).map((h) => `moved ${h.old?.label}`),
    ];
    expect(rows(compareDocs(parseText(sulut).doc, parseText(moved).doc)).sort()).toEqual(['moved Pasal 27 -> Pasal 28', 'renumbered Pasal 28 -> Pasal 27']);
    expect(rows(compareDocs(parseText(moved).doc, parseText(sulut).doc)).sort()).toEqual(['moved Pasal 28 -> Pasal 27', 'renumbered Pasal 27 -> Pasal 28']);
  });
});
