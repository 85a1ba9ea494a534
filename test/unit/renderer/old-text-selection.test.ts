/**
 * Which old unit a phrase chosen in the old column is on, and which appearance of it there
 * (real Sulawesi Utara 4/2014 text). A later piece of a split Pasal shows only what it took of the
 * old Pasal, so the count starts at the whole old Pasal ("Gubernur" appears once in the piece of
 * Pasal 17, third in the whole Pasal). A merged row's old column holds Pasal 15 and, under its
 * heading line, Pasal 16: a phrase in Pasal 16's lines is on Pasal 16, counted from its text.
 * A phrase in the old column of a part row (a Pasal shown part by part) is on the old part that
 * row quotes.
 */
import { describe, expect, it } from 'vitest';
import { oldCommentTarget, oldSideAt, type OldTextSelection } from '../../../renderer/panels/compare/old-text-selection';
import { partKey } from '../../../renderer/panels/compare/part-key';
import { comparisonView } from '../../../src/api/handlers/compare';
import { compareDocs } from '../../../src/diff/compare';
import { parseText } from '../../../src/parse';
import { anchorForUnit } from '../../../src/review/make-anchor';
import { ayatListSplit, pasalsMerged, pasalSplit, readCorpus } from '../diff/corpus-edits';

/** A selection of the `nth` appearance of `quote` in the cell text that `lines` make, as the DOM reader reports it. */
function selectionIn(lines: readonly string[], quote: string, nth: number): OldTextSelection {
  const text = lines.join('');
  let at = -1;
  for (let k = 0; k < nth; k++) at = text.indexOf(quote, at + 1);
  const lineStarts = lines.map((_l, i) => lines.slice(0, i).join('').length);
  const line = lineStarts.findLastIndex((start) => start <= at);
  return { rowKey: 'p0', quote, text, at, line, lineStarts, top: 0, left: 0 };
}

/** Which appearance of the `nth` "izin" of the cell `cell` it is, on a row whose old side shows the text after `before`. */
const inPortion = (cell: string, nth: number, before: string | undefined) =>
  oldCommentTarget({ old: { uid: 'u', label: 'Pasal 1', ...(before === undefined ? {} : { before }) }, oldAll: [] }, selectionIn([cell], 'izin', nth)).occurrence;

describe('a phrase in a portion of its unit', () => {
  it('counts the appearances in the text before the portion first', () => {
    expect(inPortion('izin lokasi dan izin usaha', 2, 'izin usaha dan izin tempat')).toBe(4);
    expect(inPortion('izin lokasi', 1, undefined)).toBe(1);
    expect(inPortion('izin lokasi', 1, 'tanpa itu')).toBe(1);
  });

  it('anchors a phrase of the split piece in that piece, not earlier in the old Pasal', () => {
    const t = readCorpus('perda-prov-sulut-2014-04-minuman-beralkohol.txt');
    const oldDoc = parseText(t.text).doc;
    const edit = pasalSplit(t, t.heads.findIndex((h) => h.n === 17))!;
    const piece = compareDocs(oldDoc, parseText(edit.text).doc).pasal.filter((r) => r.status === 'split')[1]!;
    expect(piece.old!.text.match(/Gubernur/g)).toHaveLength(1);
    const { occurrence } = oldCommentTarget({ old: piece.old!, oldAll: piece.oldAll }, selectionIn([piece.old!.text], 'Gubernur', 1));
    expect(occurrence).toBe(3);
    const anchor = anchorForUnit(oldDoc, piece.old!.uid, 'Gubernur', occurrence);
    expect(anchor.quote?.prefix).toMatch(/dengan Peraturan $/);
  });
});

describe('a phrase in the items a split took from an ayat\'s list', () => {
  it('is anchored at those items in the whole old Pasal: Pasal 31 huruf e-h made a Pasal 32', () => {
    const t = readCorpus('perda-prov-sulut-2014-04-minuman-beralkohol.txt');
    const oldDoc = parseText(t.text).doc;
    const edit = ayatListSplit(t, t.heads.findIndex((h) => h.n === 31), 4)!;
    const piece = compareDocs(oldDoc, parseText(edit.text).doc).pasal.filter((r) => r.status === 'split')[1]!;
    // "seseorang" in huruf e ("memotret seseorang"); huruf a and c have it before, in the whole Pasal.
    expect(piece.old!.text.indexOf('seseorang')).toBeLessThan(piece.old!.text.indexOf('Memanggil'));
    const { occurrence } = oldCommentTarget({ old: piece.old!, oldAll: piece.oldAll }, selectionIn([piece.old!.text], 'seseorang', 1));
    expect(occurrence).toBe(3);
    const anchor = anchorForUnit(oldDoc, piece.old!.uid, 'seseorang', occurrence);
    expect(anchor.quote?.prefix).toMatch(/memotret $/);
  });
});

describe('oldCommentTarget', () => {
  const t = readCorpus('perda-prov-sulut-2014-04-minuman-beralkohol.txt');
  const oldDoc = parseText(t.text).doc;
  const merged = pasalsMerged(t, t.heads.findIndex((h) => h.n === 15))!;
  const row = compareDocs(oldDoc, parseText(merged.text).doc).pasal.find((r) => r.status === 'merged')!;
  const lines = row.old!.text.split('\n');
  const side = (r: { uid: string; label: string; lines?: unknown }) => ({ uid: r.uid, label: r.label, lines: r.lines as never });
  const view = { old: side(row.old!), oldAll: row.oldAll.map(side) };

  it('puts a phrase of the merged row\'s later Pasal on that Pasal, counted from its own text', () => {
    // "golongan B" appears in Pasal 15 ayat (1), then in Pasal 16: the second in the cell, the first in Pasal 16.
    const sel = selectionIn(lines, 'golongan B', 2);
    expect(sel.text.indexOf('golongan B')).toBeLessThan(sel.text.indexOf('Pasal 16'));
    const target = oldCommentTarget(view, sel);
    expect([target.label, target.uid, target.occurrence]).toEqual(['Pasal 16', row.oldAll[1]!.uid, 1]);
    const anchor = anchorForUnit(oldDoc, target.uid, sel.quote, target.occurrence);
    expect(anchor.quote?.prefix).toMatch(/minuman beralkohol $/);
  });

  it('keeps a phrase of the first Pasal on it', () => {
    const target = oldCommentTarget(view, selectionIn(lines, 'SKP-A', 1));
    expect([target.label, target.occurrence]).toEqual(['Pasal 15', 1]);
  });
});

describe('a phrase in a part row of a Pasal shown part by part', () => {
  // Pasal 1 (37 definitions) with one word changed in angka 16 is shown part by part, so the
  // phrase is chosen in the old column of angka 16's own row, whose data-key names the part.
  const t = readCorpus('perda-prov-sulut-2014-04-minuman-beralkohol.txt');
  const oldDoc = parseText(t.text).doc;
  const edited = t.text.replace('Distributor adalah Perusahaan yang ditunjuk', 'Distributor adalah badan usaha yang ditunjuk');
  const view = comparisonView(compareDocs(oldDoc, parseText(edited).doc), { old: null, new: null, mid: null } as never);
  const pasal1 = view.rows.find((r) => r.kind === 'pasal' && r.old?.label === 'Pasal 1')!;
  const at = pasal1.partRows!.findIndex((p) => p.status === 'changed');

  it('is on the old part that row quotes', () => {
    const unit = oldSideAt(view.rows, partKey(pasal1.key, at));
    expect(unit?.old.label).toBe('Pasal 1 angka 16');
  });

  it('counts its appearances in that part only, and the core anchors it there', () => {
    const unit = oldSideAt(view.rows, partKey(pasal1.key, at))!;
    const cell = 'Distributor adalah Perusahaan yang ditunjuk oleh produsen minuman beralkohol';
    const target = oldCommentTarget(unit, selectionIn([cell], 'minuman', 1));
    expect(target.occurrence).toBe(1);
    const anchor = anchorForUnit(oldDoc, target.uid, 'minuman', target.occurrence);
    expect(anchor.quote?.prefix).toMatch(/oleh produsen $/);
  });

  it('is on the row itself for a row key, and on nothing for a key no row has', () => {
    expect(oldSideAt(view.rows, pasal1.key)?.old.label).toBe('Pasal 1');
    expect(oldSideAt(view.rows, `${pasal1.key}-p999`)).toBeNull();
    expect(oldSideAt(view.rows, 'nope')).toBeNull();
  });
});

describe('a phrase in a part row of a Pasal merged into the middle of another', () => {
  it('is on the later Pasal\'s own part, and anchored there in the old text', () => {
    const t = readCorpus('perda-prov-sulut-2014-04-minuman-beralkohol.txt');
    const oldText = ayatListSplit(t, t.heads.findIndex((h) => h.n === 31), 4, 'Wewenang penyidik sebagaimana dimaksud dalam Pasal 31 ayat (3) meliputi juga:')!.text;
    const oldDoc = parseText(oldText).doc;
    const view = comparisonView(compareDocs(oldDoc, parseText(t.text).doc), { old: null, new: null, mid: null } as never);
    const merged = view.rows.find((r) => r.kind === 'pasal' && r.status === 'merged')!;
    const at = merged.partRows!.findIndex((p) => p.old?.label === 'Pasal 32 huruf a');
    expect(at).toBeGreaterThan(0);
    const unit = oldSideAt(view.rows, partKey(merged.key, at))!;
    expect(unit.old.label).toBe('Pasal 32 huruf a');
    const target = oldCommentTarget(unit, selectionIn(['Mengambil sidik jari dan memotret seseorang;'], 'seseorang', 1));
    const anchor = anchorForUnit(oldDoc, target.uid, 'seseorang', target.occurrence);
    expect(anchor.quote?.prefix).toMatch(/memotret $/);
  });
});
