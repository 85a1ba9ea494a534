/**
 * The old column quotes the old Perda (the real Surabaya 2009 -> 2018 pair): an ayat kept under
 * a new number shows its old marker ("(1)", not the new "(2)"), a citation that followed the
 * renumbering shows the old number ("Pasal 4 ayat (1)", not "Pasal 11 ayat (2)"), and a Pasal
 * whose parts changed order is quoted as written, unmarked, in the view the Perbandingan tab gets;
 * the export prints it part by part, each old part as written beside its new one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { partName } from '../../../src/diff/part-elsewhere';
import { readsAsWritten, sideSegments } from '../../../src/diff/side-text';
import type { PasalRow } from '../../../src/diff/types';
import { comparisonTable } from '../../../src/export/table/index';
import { partNotes } from '../../../src/export/table/part-notes';
import { parseText } from '../../../src/parse';
import { corpusDir } from '../../helpers/paths';

const read = (f: string) => parseText(fs.readFileSync(path.join(corpusDir, f), 'utf8')).doc;
const c = compareDocs(read('perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt'), read('perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt'));
const row = (old: string) => c.pasal.find((r) => r.old?.label === old) as PasalRow;
const oldSide = (r: PasalRow) => sideSegments(r.segments, 'old').map((s) => s.text).join('');
const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the old column', () => {
  it('prints kept ayat with their old markers', () => {
    const r = row('Pasal 4');
    expect(r.new?.label).toBe('Pasal 11');
    expect(readsAsWritten(r.segments, r.old?.text ?? '')).toBe(true);
    expect(squeeze(oldSide(r))).toMatch(/^\(1\) Penyelenggaraan tempat parkir dapat dilakukan/);
    expect(squeeze(oldSide(r))).toContain('(2) Untuk memperoleh izin');
  });

  it('prints citations with the numbers the old text has', () => {
    const r = row('Pasal 41');
    expect(squeeze(r.old?.text ?? '')).toContain('sebagaimana dimaksud dalam Pasal 4 ayat (1)');
    expect(squeeze(oldSide(r))).toContain('sebagaimana dimaksud dalam Pasal 4 ayat (1)');
    expect(readsAsWritten(r.segments, r.old?.text ?? '')).toBe(true);
  });

  it('quotes a Pasal whose parts changed order as written; the export sets each old part beside its new one', () => {
    const r = row('Pasal 1');
    expect(readsAsWritten(r.segments, r.old?.text ?? '')).toBe(false);
    const table = comparisonTable(c, { oldLabel: 'lama', newLabel: 'baru' });
    const rows = table.rows.flatMap((t) => (t.kind === 'row' ? [t.cells] : []));
    const head = rows.findIndex((cells) => cells[1]?.[0]?.runs.map((x) => x.text).join('') === 'Pasal 1');
    const end = rows.findIndex((cells, i) => i > head && cells[0]!.length > 0);
    // Every old part once, in its own row, reading as written (its marker hangs apart).
    const oldParts = rows.slice(head + 1, end).map((cells) => squeeze(cells[1]!.map((p) => p.runs.map((x) => x.text).join('')).join(' '))).filter(Boolean);
    expect(oldParts.sort()).toEqual(r.parts.flatMap((p) => (p.old ? [squeeze(p.old.text)] : [])).sort());
    // Every other paired Pasal reads as written with its marks.
    const notAsWritten = c.pasal.filter((p) => p.old && p.new && !readsAsWritten(p.segments, p.old.text)).map((p) => p.old?.label);
    // (Old Pasal 7's huruf c and d swapped places as new Pasal 13's huruf d and c; old Pasal 3's
    // ayat (2) huruf c is new Pasal 10 ayat (2) huruf e, set before old ayat (2)'s opening words.)
    expect(notAsWritten).toEqual(['Pasal 1', 'Pasal 3', 'Pasal 7', 'Pasal 16']);
  });

  it('names a part that changed number with both numbers in the notes', () => {
    expect(partName('Pasal 4', 'Pasal 11', 'Pasal 4 ayat (1)', 'Pasal 11 ayat (2)')).toBe('ayat (2) (semula ayat (1))');
    expect(partName('Pasal 4', 'Pasal 11', 'Pasal 4 ayat (3)', 'Pasal 11 ayat (3)')).toBe('ayat (3)');
    expect(partName('Pasal 4', 'Pasal 11', 'Pasal 4 ayat (3)', undefined)).toBe('ayat (3)');
    // A unit an amending instrument quotes, its change item renumbered: the item's numbers only.
    expect(partName('Pasal I', 'Pasal I', 'Pasal I angka 2, Pasal 3 ayat (1)', 'Pasal I angka 3, Pasal 3 ayat (1)')).toBe('angka 3 (semula angka 2), Pasal 3 ayat (1)');
    expect(partName('Pasal I', 'Pasal I', 'Pasal I angka 2, Pasal 3 ayat (1)', 'Pasal I angka 2, Pasal 3 ayat (2)')).toBe('angka 2, Pasal 3 ayat (2) (semula angka 2, Pasal 3 ayat (1))');
    // A loose paragraph's name is no number: its role names it, never "(teks 1) (semula teks pembuka)".
    expect(partName('Pasal 42', 'Pasal 40', 'Pasal 42 teks pembuka', 'Pasal 40 (teks 1)')).toBe('teks pembuka');
    expect(partName('Pasal 40', 'Pasal 42', 'Pasal 40 (teks 1)', 'Pasal 42 teks pembuka')).toBe('teks pembuka');
    expect(partName('Pasal 5', 'Pasal 5', 'Pasal 5 ayat (2) (teks 3)', 'Pasal 5 ayat (2) teks penutup')).toBe('ayat (2) teks penutup');
    // Held by units of other numbers, or a numbered part become a paragraph: both names stay.
    expect(partName('Pasal 5', 'Pasal 5', 'Pasal 5 ayat (2) teks penutup', 'Pasal 5 ayat (3) teks penutup')).toBe('ayat (3) teks penutup (semula ayat (2) teks penutup)');
    expect(partName('Pasal 13', 'Pasal 23', 'Pasal 13 ayat (1)', 'Pasal 23 teks pembuka')).toBe('teks pembuka (semula ayat (1))');
    // A Pasal without ayat that gained them (UU 20/2001 Pasal 5): its whole text is "teks Pasal", not "(teks 1)".
    expect(partName('Pasal 5', 'Pasal 5', 'Pasal 5 (teks 1)', 'Pasal 5 ayat (1)', undefined, { old: true })).toBe('ayat (1) (semula teks Pasal)');
    expect(partName('Pasal 5', 'Pasal 5', 'Pasal 5 ayat (1)', 'Pasal 5 (teks 1)', undefined, { new: true })).toBe('teks Pasal (semula ayat (1))');
    expect(partName('Pasal 5', 'Pasal 5', 'Pasal 5 (teks 1)', 'Pasal 5 ayat (1)')).toBe('ayat (1) (semula (teks 1))');
    expect(partNotes(row('Pasal 4'))).toContain('ayat (2) (semula ayat (1)) diubah');
    // Printed part by part, the ayat's own row says it.
    const table = comparisonTable(c, { oldLabel: 'lama', newLabel: 'baru' });
    const notes = table.rows.flatMap((t) => (t.kind === 'row' ? t.cells[3]!.map((p) => p.runs.map((x) => x.text).join('')) : []));
    expect(notes).toContain('Diubah (semula ayat (1))');
  });
});
