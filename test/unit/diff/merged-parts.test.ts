/**
 * A merge whose later Pasal went into the middle of the first is shown part by part. On the real
 * Sulawesi Utara 4/2014 text: an old text where Pasal 31 ayat (3) huruf e-h stood as a Pasal 32
 * of their own (`ayatListSplit`), against the text as published, where they are ayat (3) huruf
 * e-h again, before ayat (4). Each old part stands beside the part it became: Pasal 32's items
 * "dipindahkan dari Pasal 32 huruf a" into ayat (3), ayat (4) unchanged (not struck and written
 * again after the items, as one block per side would show it). A merge that only appends the
 * later Pasal keeps one block per side.
 */
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { partsOutOfStep } from '../../../src/diff/parts-in-step';
import { partNotes } from '../../../src/export/table/part-notes';
import { parseText } from '../../../src/parse';
import { ayatListSplit, pasalsMerged, readCorpus } from './corpus-edits';

const t = readCorpus('perda-prov-sulut-2014-04-minuman-beralkohol.txt');
const mergedRow = (oldText: string, newText: string) => compareDocs(parseText(oldText).doc, parseText(newText).doc).pasal.find((r) => r.status === 'merged')!;

describe('a Pasal merged into the middle of another', () => {
  const split = ayatListSplit(t, t.heads.findIndex((h) => h.n === 31), 4, 'Wewenang penyidik sebagaimana dimaksud dalam Pasal 31 ayat (3) meliputi juga:')!;
  const row = mergedRow(split.text, t.text);

  it('is one merged row, shown part by part', () => {
    expect([row.oldAll.map((u) => u.label), row.new?.label]).toEqual([['Pasal 31', 'Pasal 32'], 'Pasal 31']);
    expect(partsOutOfStep(row)).toBe(true);
  });

  it('sets each old part beside the part it became: the later Pasal\'s items moved in, the first Pasal\'s parts where they were', () => {
    expect(row.parts.map((p) => [p.status, p.old?.label ?? null, p.new?.label ?? null])).toEqual([
      ['unchanged', 'Pasal 31 ayat (1)', 'Pasal 31 ayat (1)'],
      ['unchanged', 'Pasal 31 ayat (2)', 'Pasal 31 ayat (2)'],
      ['unchanged', 'Pasal 31 ayat (3)', 'Pasal 31 ayat (3)'],
      ['unchanged', 'Pasal 31 ayat (3) huruf a', 'Pasal 31 ayat (3) huruf a'],
      ['unchanged', 'Pasal 31 ayat (3) huruf b', 'Pasal 31 ayat (3) huruf b'],
      ['unchanged', 'Pasal 31 ayat (3) huruf c', 'Pasal 31 ayat (3) huruf c'],
      ['unchanged', 'Pasal 31 ayat (3) huruf d', 'Pasal 31 ayat (3) huruf d'],
      ['moved', 'Pasal 32 huruf a', 'Pasal 31 ayat (3) huruf e'],
      ['moved', 'Pasal 32 huruf b', 'Pasal 31 ayat (3) huruf f'],
      ['moved', 'Pasal 32 huruf c', 'Pasal 31 ayat (3) huruf g'],
      ['moved', 'Pasal 32 huruf d', 'Pasal 31 ayat (3) huruf h'],
      ['unchanged', 'Pasal 31 ayat (4)', 'Pasal 31 ayat (4)'],
      ['deleted', 'Pasal 32', null],
      ['deleted', 'Pasal 32 teks pembuka', null],
    ]);
  });

  it('notes where the items came from, and not the heading line the merge removed', () => {
    expect(partNotes(row)).toEqual([
      'Pasal 32 teks pembuka dihapus',
      'ayat (3) huruf e dipindahkan dari Pasal 32 huruf a',
      'ayat (3) huruf f dipindahkan dari Pasal 32 huruf b',
      'ayat (3) huruf g dipindahkan dari Pasal 32 huruf c',
      'ayat (3) huruf h dipindahkan dari Pasal 32 huruf d',
    ]);
  });
});

describe('a Pasal merged after another', () => {
  it('keeps one block per side: Pasal 16 joined to the end of Pasal 15', () => {
    const row = mergedRow(t.text, pasalsMerged(t, t.heads.findIndex((h) => h.n === 15))!.text);
    expect(row.oldAll.map((u) => u.label)).toEqual(['Pasal 15', 'Pasal 16']);
    expect(row.parts).toEqual([]);
  });
});
