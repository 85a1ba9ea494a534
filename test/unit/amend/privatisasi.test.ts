/**
 * A real amending instrument as a web page gives it: PP 59/2009 applied to PP 33/2005 on the
 * privatisation of Persero (test/fixtures/amend). Its item 5 changes only the Penjelasan of Pasal
 * 19, which the page runs into the signature block without its heading; the base sets a stop in
 * Markdown underscores before a run-in ayat ("… hasil Privatisasi _._ __ (2) Biaya …").
 */
import { describe, expect, it } from 'vitest';
import { applyInstrument } from '../../../src/amend/index';
import { applyNewInstrument } from '../../../src/amend/applied-instrument';
import { compareDocs } from '../../../src/diff/compare';
import { comparisonToJson } from '../../../src/diff/json';
import { readAmendFixture } from '../../helpers/amend-fixture';

const read = (f: string) => readAmendFixture(f);
const baseRead = read('pp-2005-33-privatisasi.txt');
const base = baseRead.doc;
const instrument = read('pp-2009-59-perubahan-privatisasi.txt').doc;

describe('PP 59/2009 applied to PP 33/2005 (Privatisasi Persero), from a web page\'s text', () => {
  it('reads the base\'s ayat in order (Pasal 18 ayat (2) run in after "_._ __")', () => {
    expect(baseRead.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.message)).toEqual([]);
  });

  it('applies the 5 items on the body; the one on a Penjelasan the page does not set apart is reported, changing nothing', () => {
    const applied = applyInstrument(base, instrument);
    expect(applied.report.map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'applied', 'not-applied', 'applied']);
  });

  it('compared with its base, reads exactly the Pasal the instrument changes and inserts', () => {
    const a = applyNewInstrument(base, instrument)!;
    const j = comparisonToJson(compareDocs(base, a.doc));
    expect(j.units.filter((u) => u.status !== 'unchanged').map((u) => `${u.status} ${u.new ?? u.old}`)).toEqual(['changed Pasal 5', 'changed Pasal 12', 'inserted Pasal 12A', 'changed Pasal 14', 'changed Pasal 23']);
    expect(j.summary).toMatchObject({ unchanged: 22, changed: 4, inserted: 1, deleted: 0 });
  });
});
