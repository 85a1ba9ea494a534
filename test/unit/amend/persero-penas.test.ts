/**
 * A real amending instrument whose text layer lost most of its line breaks: PP 72/2021 applied to
 * PP 48/1991 (test/fixtures/amend). Item 2 restates Pasal 2 run into its instruction without
 * quotation marks ("… sehingga berbunyi sebagai berikut: Pasal 2 (1) Perusahaan …"), its ayat (2)
 * run in after ayat (1) and read "(21" by text recognition. The item was not understood, and
 * Pasal 2 read unchanged.
 */
import { describe, expect, it } from 'vitest';
import { applyInstrument } from '../../../src/amend/index';
import { applyNewInstrument } from '../../../src/amend/applied-instrument';
import { compareDocs } from '../../../src/diff/compare';
import { comparisonToJson } from '../../../src/diff/json';
import { readAmendFixture } from '../../helpers/amend-fixture';

const parse = (f: string) => readAmendFixture(f).doc;
const base = parse('pp-1991-48-persero-penas.txt');
const instrument = parse('pp-2021-72-perubahan-persero-penas.txt');

describe('PP 72/2021 applied to PP 48/1991, its restated Pasal run into the instruction', () => {
  it('applies its 3 items, Pasal 2 restated with 3 ayat', () => {
    const applied = applyInstrument(base, instrument);
    expect(applied.report.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    let ayat = 0;
    applied.doc.descendants((n) => {
      if (n.type.name === 'pasal' && n.attrs.baseNum === '2') n.forEach((c) => { if (c.type.name === 'ayat') ayat++; });
      return true;
    });
    expect(ayat).toBe(3);
  });

  it('compared with its base, reads exactly the Pasal the instrument inserts, changes and deletes', () => {
    const a = applyNewInstrument(base, instrument)!;
    const j = comparisonToJson(compareDocs(base, a.doc));
    expect(j.units.filter((u) => u.status !== 'unchanged').map((u) => `${u.status} ${u.new ?? u.old}`)).toEqual(['inserted Pasal 1A', 'changed Pasal 2', 'deleted Pasal 7']);
    expect(j.summary).toMatchObject({ unchanged: 6, changed: 1, inserted: 1, deleted: 1 });
  });
});
