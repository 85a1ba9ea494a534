/**
 * The matriks perbandingan of changes only (Surabaya 2009 -> 2018): every row it lists is a
 * change, every change is listed, the summary still counts every Pasal and a sentence says how
 * many rows were left out; a Pasal shown part by part lists its changed parts only.
 */
import { describe, expect, it } from 'vitest';
import { changesOnly, compareDocs, isChangeStatus, keptRowCount, otherRowsOf } from '../../../src/diff/index';
import { comparisonTable } from '../../../src/export/table/index';
import type { TableRow } from '../../../src/export/table/index';
import fs from 'node:fs';
import path from 'node:path';
import { parseText } from '../../../src/parse';
import { corpusDir } from '../../helpers/paths';
import { surabayaComparison } from '../../helpers/surabaya-comparison';

const { comparison: c } = surabayaComparison();
const opts = { oldLabel: 'PERDA 1/2009', newLabel: 'PERDA 3/2018' };
/** The text of a row's Keterangan cell. */
const note = (r: TableRow) => (r.kind === 'row' ? (r.cells[3] ?? []).map((p) => p.runs.map((x) => x.text).join('')).join(' ') : '');
/** Rows that carry a number (units, not part rows or captions). */
const numbered = (rows: readonly TableRow[]) => rows.filter((r) => r.kind === 'row' && (r.cells[0] ?? []).length > 0);

describe('matriks perbandingan, changes only', () => {
  it('keeps exactly the rows that are changes, in every section', () => {
    const only = changesOnly(c);
    expect(only.pasal.every((r) => isChangeStatus(r.status))).toBe(true);
    expect(only.pasal).toHaveLength(c.pasal.filter((r) => isChangeStatus(r.status)).length);
    expect(otherRowsOf(only).every((r) => isChangeStatus(r.status))).toBe(true);
    expect(otherRowsOf(only)).toHaveLength(otherRowsOf(c).filter((r) => isChangeStatus(r.status)).length);
    expect(only.pasal.length + otherRowsOf(only).length + keptRowCount(c)).toBe(c.pasal.length + otherRowsOf(c).length);
    // The Surabaya pair has both: kept rows (renumbered Pasal, unchanged titles) and changes.
    expect(keptRowCount(c)).toBeGreaterThan(0);
    expect(only.summary).toEqual(c.summary);
  });

  it('leaves out, with the changes of content only, the parts of a Pasal shown part by part that changed in form only', () => {
    const partRowNotes = (t: ReturnType<typeof comparisonTable>) => t.rows.filter((r) => r.kind === 'row' && (r.cells[0] ?? []).length === 0).map(note);
    const changes = partRowNotes(comparisonTable(c, { ...opts, changesOnly: true }));
    const content = partRowNotes(comparisonTable(c, { ...opts, contentOnly: true }));
    // Surabaya old Pasal 11 ayat (1), new Pasal 15 ayat (2): "Karcis Parkir" -> "karcis parkir".
    expect(changes.filter((n) => n.startsWith('Diubah; hanya huruf besar/kecil')).length).toBeGreaterThan(0);
    expect(content.filter((n) => / hanya (ejaan|huruf besar\/kecil|tanda baca)/.test(n))).toEqual([]);
    expect(content.length).toBe(changes.filter((n) => !/^Diubah; hanya /.test(n)).length);
  });

  it('prints one numbered row per change, says what it left out, and lists only the changed parts of a Pasal shown part by part', () => {
    const all = comparisonTable(c, opts);
    const changes = comparisonTable(c, { ...opts, changesOnly: true });
    const only = changesOnly(c);
    expect(numbered(changes.rows)).toHaveLength(only.pasal.length + otherRowsOf(only).length);
    expect(numbered(changes.rows).length).toBeLessThan(numbered(all.rows).length);
    expect(numbered(changes.rows).every((r) => !/^(Tetap|Nomor berubah)/.test(note(r)))).toBe(true);
    const said = changes.intro.map((p) => p.runs.map((x) => x.text).join('')).join('\n');
    expect(said).toContain(`Matriks ini memuat perubahan saja: ${keptRowCount(c)} baris tanpa perubahan isi`);
    expect(all.intro.map((p) => p.runs.map((x) => x.text).join('')).join('\n')).not.toContain('perubahan saja');
    // Pasal 1 (part by part): its kept definitions ("angka 1: tetap") are not listed.
    const partNotes = changes.rows.filter((r) => r.kind === 'row' && (r.cells[0] ?? []).length === 0).map(note);
    expect(partNotes.length).toBeGreaterThan(10);
    expect(partNotes.some((n) => /^Tetap/.test(n))).toBe(false);
    expect(all.rows.filter((r) => r.kind === 'row' && (r.cells[0] ?? []).length === 0).map(note).some((n) => /^Tetap/.test(n))).toBe(true);
  });

  it('of changes of content only, also leaves out the rows changed in spelling only, and says so', () => {
    const text = fs.readFileSync(path.join(corpusDir, 'perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt'), 'utf8');
    const respelled = text.replaceAll('Walikota', 'Wali Kota').replace('ditetapkan oleh Wali Kota.', 'ditetapkan oleh Wali Kota setelah mendapat pertimbangan forum lalu lintas.');
    const w = compareDocs(parseText(text).doc, parseText(respelled).doc);
    const changes = comparisonTable(w, { ...opts, changesOnly: true });
    const content = comparisonTable(w, { ...opts, contentOnly: true });
    expect(numbered(changes.rows).length).toBeGreaterThan(15);
    expect(numbered(content.rows).map(note)).toEqual(['Diubah']);
    expect(keptRowCount(w, true) - keptRowCount(w)).toBe(numbered(changes.rows).length - 1);
    const said = content.intro.map((p) => p.runs.map((x) => x.text).join('')).join('\n');
    expect(said).toContain(`Matriks ini memuat perubahan isi saja: ${keptRowCount(w, true)} baris tanpa perubahan isi (tetap, hanya berubah nomor, atau hanya berubah ejaan, huruf besar/kecil, atau tanda baca)`);
  });
});
