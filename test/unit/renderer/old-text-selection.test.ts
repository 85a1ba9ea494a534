/**
 * A phrase chosen in the old column of a later piece of a split Pasal: the cell shows only what
 * the piece took of the old Pasal, so which appearance of the phrase it is counts from the start
 * of the whole old Pasal (real Sulawesi Utara 4/2014 text, Pasal 17 split before its ayat (3):
 * "Gubernur" appears once in the piece, third in the whole Pasal).
 */
import { describe, expect, it } from 'vitest';
import { occurrenceInUnit } from '../../../renderer/panels/compare/old-text-selection';
import { compareDocs } from '../../../src/diff/compare';
import { parseText } from '../../../src/parse';
import { anchorForUnit } from '../../../src/review/make-anchor';
import { pasalSplit, readCorpus } from '../diff/corpus-edits';

describe('occurrenceInUnit', () => {
  it('counts the appearances in the text before the portion first', () => {
    expect(occurrenceInUnit({ quote: 'izin', occurrence: 2 }, 'izin usaha dan izin tempat')).toBe(4);
    expect(occurrenceInUnit({ quote: 'izin', occurrence: 1 }, undefined)).toBe(1);
    expect(occurrenceInUnit({ quote: 'izin', occurrence: 1 }, 'tanpa itu')).toBe(1);
  });

  it('anchors a phrase of the split piece in that piece, not earlier in the old Pasal', () => {
    const t = readCorpus('perda-prov-sulut-2014-04-minuman-beralkohol.txt');
    const oldDoc = parseText(t.text).doc;
    const edit = pasalSplit(t, t.heads.findIndex((h) => h.n === 17))!;
    const piece = compareDocs(oldDoc, parseText(edit.text).doc).pasal.filter((r) => r.status === 'split')[1]!;
    expect(piece.old!.text.match(/Gubernur/g)).toHaveLength(1);
    const occurrence = occurrenceInUnit({ quote: 'Gubernur', occurrence: 1 }, piece.old!.before);
    expect(occurrence).toBe(3);
    const anchor = anchorForUnit(oldDoc, piece.old!.uid, 'Gubernur', occurrence);
    expect(anchor.quote?.prefix).toMatch(/dengan Peraturan $/);
  });
});
