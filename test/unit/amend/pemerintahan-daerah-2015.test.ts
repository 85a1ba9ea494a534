/**
 * A real amending instrument in today's formulas, on the law Perda are made under: UU 9/2015
 * applied to UU 23/2014 on Pemerintahan Daerah (test/fixtures/amend, both as a web page gives
 * them; 411 Pasal). Its items name the ayat before its Pasal ("Ketentuan ayat (1) Pasal 63
 * diubah"), delete a huruf, add an ayat and insert a huruf "d1"; none of that was new to the
 * applier, and this test keeps it so.
 */
import { describe, expect, it } from 'vitest';
import { applyInstrument, consolidatedText } from '../../../src/amend/index';
import { applyNewInstrument } from '../../../src/amend/applied-instrument';
import { compareDocs } from '../../../src/diff/compare';
import { comparisonToJson } from '../../../src/diff/json';
import { readAmendFixture } from '../../helpers/amend-fixture';

const parse = (f: string) => readAmendFixture(f).doc;
const base = parse('uu-2014-23-pemerintahan-daerah.txt');
const instrument = parse('uu-2015-09-perubahan-pemerintahan-daerah.txt');

describe('UU 9/2015 applied to UU 23/2014 (Pemerintahan Daerah), from a web page\'s text', () => {
  it('applies all 6 items, the huruf d1 inserted between huruf d and e', () => {
    const applied = applyInstrument(base, instrument);
    expect(applied.report.map((r) => `${r.item} ${r.status} ${r.units.join(', ')}`)).toEqual([
      '1 applied Pasal 63 ayat (1)',
      '2 applied Pasal 65 ayat (1)',
      '3 applied Pasal 66 ayat (3)',
      '4 applied Pasal 88',
      '5 applied Pasal 101 huruf d1',
      '6 applied Pasal 154 huruf d1',
    ]);
    const lines = consolidatedText(applied.doc).split('\n').map((l) => l.trim());
    const from = lines.indexOf('Pasal 101');
    const markers = lines.slice(from + 1, lines.indexOf('Pasal 102')).flatMap((l) => /^[a-z]\d?\./.exec(l)?.[0] ?? []);
    expect(markers.slice(0, 6)).toEqual(['a.', 'b.', 'c.', 'd.', 'd1.', 'e.']);
  });

  it('compared with its base, reads exactly the 6 Pasal the instrument changes, the other 405 unchanged', () => {
    const a = applyNewInstrument(base, instrument)!;
    const j = comparisonToJson(compareDocs(base, a.doc));
    expect(j.units.filter((u) => u.status !== 'unchanged').map((u) => `${u.status} ${u.new ?? u.old}`)).toEqual(['changed Pasal 63', 'changed Pasal 65', 'changed Pasal 66', 'changed Pasal 88', 'changed Pasal 101', 'changed Pasal 154']);
    expect(j.summary).toMatchObject({ unchanged: 405, changed: 6 });
  });
});
