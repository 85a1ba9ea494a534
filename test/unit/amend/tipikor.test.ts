/**
 * A second real amending instrument outside the corpus: UU 20/2001 applied to UU 31/1999 on the
 * eradication of corruption (test/fixtures/amend). It restates eight Pasal in one item, splits
 * Pasal 37 in two through lettered sub-items that each quote their Pasal (one opened ‘’), inserts
 * "BAB VI A" between two BAB and a Pasal "Dalam BAB VII sebelum Pasal 44", and changes an
 * explanation only. Checked against the consolidated text a reader makes from both.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyInstrument, consolidatedText } from '../../../src/amend/index';
import { applyNewInstrument } from '../../../src/amend/applied-instrument';
import { compareDocs } from '../../../src/diff/compare';
import { comparisonToJson } from '../../../src/diff/json';
import { partNotes } from '../../../src/export/table/part-notes';
import { parseText } from '../../../src/parse/index';
import { fixturesDir } from '../../helpers/paths';
import { readAmendFixture } from '../../helpers/amend-fixture';

const read = (f: string) => readAmendFixture(f).doc;
const base = read('uu-1999-31-tipikor.txt');
const instrument = read('uu-2001-20-perubahan-tipikor.txt');
const applied = applyInstrument(base, instrument);
const text = consolidatedText(applied.doc);
/** The headings of the batang tubuh in order: "BAB VIA", "Pasal 43A". */
const headings = text.split('\n').map((l) => l.trim()).filter((l) => /^(BAB [IVX]+[A-Z]?|Pasal \d+[A-Z]?)$/.test(l));

describe('UU 20/2001 applied to UU 31/1999 (tindak pidana korupsi)', () => {
  it('applies items 2 to 8 and reports item 1, whose new explanation neither file holds', () => {
    expect(applied.report.map((r) => [r.item, r.status])).toEqual([[1, 'not-applied'], ...[2, 3, 4, 5, 6, 7, 8].map((n) => [n, 'applied'])]);
    expect(applied.report[0]?.units).toEqual(['Penjelasan Pasal 2']);
  });

  it('puts every new unit where the item says: 12A-12C after 12, 37A after 37, BAB VIA after BAB VI, Pasal 43B in BAB VII before Pasal 44', () => {
    const at = (h: string) => headings.indexOf(h);
    expect(headings.slice(at('Pasal 12'), at('Pasal 13') + 1)).toEqual(['Pasal 12', 'Pasal 12A', 'Pasal 12B', 'Pasal 12C', 'Pasal 13']);
    expect(headings.slice(at('Pasal 37'), at('Pasal 38') + 1)).toEqual(['Pasal 37', 'Pasal 37A', 'Pasal 38']);
    expect(headings.slice(at('BAB VI'), at('Pasal 45') + 1)).toEqual(['BAB VI', 'Pasal 43', 'BAB VIA', 'Pasal 43A', 'BAB VII', 'Pasal 43B', 'Pasal 44', 'Pasal 45']);
  });

  it('reads a split made by lettered sub-items: each Pasal is its quoted text, the instrument\'s words between them left out', () => {
    expect(text).toContain('maka pembuktian tersebut dipergunakan oleh pengadilan sebagai dasar untuk menyatakan bahwa dakwaan tidak terbukti.\n');
    expect(text).not.toContain('Pasal 37 A dengan substansi');
    expect(text).not.toContain('terbukti.”');
    expect(text).toContain('(1) Terdakwa wajib memberikan keterangan tentang seluruh harta bendanya');
  });

  it('compared with its base, reads exactly the units the instrument names as changed, inserted or split', () => {
    const a = applyNewInstrument(base, instrument)!;
    expect([a.applied, a.total]).toEqual([7, 8]);
    const j = comparisonToJson(compareDocs(base, a.doc));
    const changed = j.units.filter((u) => u.status !== 'unchanged').map((u) => `${u.status}:${u.new ?? u.old}`);
    expect(changed).toEqual([
      ...[5, 6, 7, 8, 9, 10, 11, 12].map((n) => `changed:Pasal ${n}`),
      'inserted:Pasal 12A', 'inserted:Pasal 12B', 'inserted:Pasal 12C', 'inserted:Pasal 26A',
      'split:Pasal 37', 'split:Pasal 37A',
      'inserted:Pasal 38A', 'inserted:Pasal 38B', 'inserted:Pasal 38C', 'inserted:Pasal 43A', 'inserted:Pasal 43B',
    ]);
    expect(j.summary.unchanged).toBe(36);
  });

  it('applies alike with its quotation marks written plain, as its Word 97 file gives them (\'\' for ‘’, " for “ and ”)', () => {
    const plain = fs.readFileSync(path.join(fixturesDir, 'amend', 'uu-2001-20-perubahan-tipikor.txt'), 'utf8').replace(/‘’/g, "''").replace(/[“”]/g, '"');
    expect(plain).toContain("''Pasal 37");
    const again = applyInstrument(base, parseText(plain).doc);
    expect(again.report.map((r) => [r.item, r.status])).toEqual(applied.report.map((r) => [r.item, r.status]));
    expect(consolidatedText(again.doc)).toBe(text);
  });

  it('says of a Pasal without ayat that gained them where its text went: "ayat (1) (semula teks Pasal) diubah"', () => {
    const row = compareDocs(base, applied.doc).pasal.find((r) => r.new?.label === 'Pasal 5')!;
    expect(partNotes(row)).toContain('ayat (1) (semula teks Pasal) diubah');
    expect(partNotes(row).join(' ')).not.toContain('(teks 1)');
  });
});
