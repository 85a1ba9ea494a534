/**
 * Three-way compare (base -> A -> draft) tells the stage of each part of a Pasal, not only of the
 * Pasal. On the real Sulawesi Utara 4/2014 text: A rewords definition 16 of Pasal 1, the draft
 * then rewords definition 17 and definition 3 again on top of a change A made to it; each part
 * reads its own stage, the others none.
 */
import { describe, expect, it } from 'vitest';
import { comparisonView } from '../../../src/api/handlers/compare';
import { compareThreeWay } from '../../../src/diff/three-way';
import { parseText } from '../../../src/parse';
import { readCorpus } from './corpus-edits';

const t = readCorpus('perda-prov-sulut-2014-04-minuman-beralkohol.txt');
const edit = (text: string, from: string, to: string) => {
  expect(text).toContain(from);
  return text.replace(from, to);
};
const a = edit(edit(t.text, 'Distributor adalah Perusahaan yang ditunjuk', 'Distributor adalah badan usaha yang ditunjuk'), 'Gubernur adalah Gubernur Sulawesi Utara.', 'Gubernur adalah Gubernur Provinsi Sulawesi Utara.');
const draft = edit(edit(a, 'Sub Distributor adalah perusahaan yang ditunjuk', 'Sub Distributor adalah badan usaha yang ditunjuk'), 'Gubernur adalah Gubernur Provinsi Sulawesi Utara.', 'Gubernur adalah Gubernur Provinsi Sulawesi Utara selaku kepala daerah.');
const three = compareThreeWay(parseText(t.text).doc, parseText(a).doc, parseText(draft).doc);
const pasal1 = three.rows.find((r) => r.row.new?.label === 'Pasal 1')!;

describe('the stage of each part of a Pasal', () => {
  it('is given for every part, in the order of the row\'s parts', () => {
    expect(pasal1.stage).toBe('both');
    expect(pasal1.parts).toHaveLength(pasal1.row.parts.length);
  });

  it('says which stage changed each definition', () => {
    const staged = pasal1.row.parts.map((p, i) => [p.new?.label, pasal1.parts[i]]).filter(([, s]) => s !== 'none');
    expect(staged).toEqual([
      ['Pasal 1 angka 3', 'both'],
      ['Pasal 1 angka 16', 'baseToA'],
      ['Pasal 1 angka 17', 'aToDraft'],
    ]);
  });

  it('is none for a Pasal no stage changed', () => {
    const pasal2 = three.rows.find((r) => r.row.new?.label === 'Pasal 2')!;
    expect(pasal2.stage).toBe('none');
    expect(pasal2.parts.every((s) => s === 'none')).toBe(true);
  });

  it('reaches the part rows of the table, each with its stage', () => {
    const view = comparisonView(three.baseToDraft, { old: null, new: null, mid: null } as never, { pasal: three.rows, other: three.otherStages });
    const row = view.rows.find((r) => r.kind === 'pasal' && r.new?.label === 'Pasal 1')!;
    expect(row.stage).toBe('both');
    expect(row.partRows?.filter((p) => p.stage !== 'none').map((p) => [p.new?.label, p.stage])).toEqual([
      ['Pasal 1 angka 3', 'both'],
      ['Pasal 1 angka 16', 'baseToA'],
      ['Pasal 1 angka 17', 'aToDraft'],
    ]);
  });
});
