/**
 * The largest real amending instrument among the fixtures: UU 10/1994 applied to UU 7/1983 on
 * Pajak Penghasilan (test/fixtures/amend, both as a web page gives them; the instrument amends
 * the law as UU 7/1991 left it, the base is the law as enacted). Its 40 items restate 29 Pasal
 * whole, insert 5, delete 5 and retitle a BAB. The base runs its first BAB's heading, that BAB's
 * title and Pasal 1 with its words into one line ("BAB I KETENTUAN UMUM Pasa1 1 Pajak Penghasilan
 * dikenakan …"), so Pasal 1 was lost and item 1 could not be applied.
 */
import { describe, expect, it } from 'vitest';
import { applyNewInstrument } from '../../../src/amend/applied-instrument';
import { compareDocs } from '../../../src/diff/compare';
import { comparisonToJson } from '../../../src/diff/json';
import { outlineOf } from '../../../src/parse/index';
import { readAmendFixture } from '../../helpers/amend-fixture';

const parse = (f: string) => readAmendFixture(f);
const imported = parse('uu-1983-07-pajak-penghasilan.txt');
const base = imported.doc;
const instrument = parse('uu-1994-10-perubahan-pajak-penghasilan.txt').doc;

describe('UU 10/1994 applied to UU 7/1983 (Pajak Penghasilan), from a web page\'s text', () => {
  it('reads BAB I, its title and Pasal 1 run together on one line', () => {
    const o = outlineOf(imported);
    expect(o.babs[0]).toMatchObject({ num: 'I', title: 'KETENTUAN UMUM' });
    expect(o.pasal.slice(0, 2).map((p) => `${p.num} ${p.bab}`)).toEqual(['1 I', '2 II']);
    expect(imported.diagnostics.filter((d) => d.code === 'UNPLACED' || /tidak dapat ditempatkan/.test(d.message))).toEqual([]);
  });

  it('applies all 40 items; compared with its base, reads exactly the Pasal they change, insert and delete', () => {
    const a = applyNewInstrument(base, instrument)!;
    expect([a.applied, a.total]).toEqual([40, 40]);
    const c = compareDocs(base, a.doc);
    const j = comparisonToJson(c);
    const by = (s: string) => j.units.filter((u) => u.status === s).map((u) => (u.new ?? u.old)?.replace('Pasal ', ''));
    const changed = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '14', '15', '16', '17', '18', '19', '20', '21', '22', '23', '24', '25', '26', '28', '29', '32', '34', '35'];
    expect(by('changed')).toEqual(changed);
    expect(by('inserted')).toEqual(['2A', '11A', '28A', '31A', '33A']);
    expect(by('deleted')).toEqual(['12', '13', '27', '30', '31']);
    expect(by('unchanged')).toEqual(['33', '36']);
    expect(c.headings.filter((r) => r.status !== 'unchanged').map((r) => `${r.status} ${r.new?.label ?? r.old?.label}`)).toEqual(['changed BAB VI']);
  });
});
