/**
 * A real amending instrument in Lampiran II's formulas: UU 18/2011 applied to UU 22/2004 on Komisi
 * Yudisial (test/fixtures/amend, both as a web page gives them). One item restates a Bagian by its
 * number and title, without its BAB, and writes the number in the rule's form ("Ketentuan Bagian
 * Pertama Pengangkatan diubah sehingga berbunyi sebagai berikut: Bagian Kesatu Pengangkatan"),
 * where the base has two Bagian numbered one. It was not understood.
 */
import { describe, expect, it } from 'vitest';
import { applyInstrument, consolidatedText } from '../../../src/amend/index';
import { applyNewInstrument } from '../../../src/amend/applied-instrument';
import { compareDocs } from '../../../src/diff/compare';
import { comparisonToJson } from '../../../src/diff/json';
import { readAmendFixture } from '../../helpers/amend-fixture';

const parse = (f: string) => readAmendFixture(f).doc;
const base = parse('uu-2004-22-komisi-yudisial.txt');
const instrument = parse('uu-2011-18-perubahan-komisi-yudisial.txt');
const applied = applyInstrument(base, instrument);

describe('UU 18/2011 applied to UU 22/2004 (Komisi Yudisial), from a web page\'s text', () => {
  it('applies all 23 items, the Bagian named by its title too', () => {
    expect(applied.report.map((r) => r.status)).toEqual(new Array(23).fill('applied'));
    expect(applied.report[16]?.units).toEqual(['Bagian Pertama']);
  });

  it('writes the Bagian it restates as the item does, in BAB IV, and leaves BAB II\'s Bagian Kesatu as it was', () => {
    const lines = consolidatedText(applied.doc).split('\n').map((l) => l.trim());
    const at = (heading: string, title: string) => lines.findIndex((l, i) => l === heading && lines[i + 1] === title);
    expect(at('Bagian Kesatu', 'Pengangkatan')).toBeGreaterThan(lines.indexOf('BAB IV'));
    expect(at('Bagian Kesatu', 'Kedudukan')).toBeGreaterThan(lines.indexOf('BAB II'));
    expect(lines).not.toContain('Bagian Pertama');
  });

  it('compared with its base, reads exactly the Pasal the instrument changes, inserts and deletes, and no title changed', () => {
    const a = applyNewInstrument(base, instrument)!;
    const c = compareDocs(base, a.doc);
    const j = comparisonToJson(c);
    const by = (s: string) => j.units.filter((u) => u.status === s).map((u) => (u.new ?? u.old)?.replace('Pasal ', ''));
    expect(by('changed')).toEqual(['1', '3', '6', '11', '12', '13', '18', '20', '22', '25', '26', '28', '29', '37', '38']);
    expect(by('inserted')).toEqual(['19A', '20A', '22A', '22B', '22C', '22D', '22E', '22F', '22G', '40A', '40B']);
    expect(by('deleted')).toEqual(['21', '23', '24']);
    expect(j.summary).toMatchObject({ unchanged: 23, changed: 15, inserted: 11, deleted: 3, moved: 0, renumbered: 0 });
    expect(c.headings.filter((r) => r.status !== 'unchanged')).toEqual([]);
  });
});
