/**
 * The comparison table prints a Pasal part by part where one block per side would put unlike
 * parts side by side: Surabaya 2009 -> 2018, Pasal 1 (definitions inserted, deleted and
 * renumbered), against Pasal 8 -> 12 (one word changed in ayat (1): one row).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparisonPrintTable } from '../../../src/export/table/index';
import type { TableCell, TableRow } from '../../../src/export/table/table-model';
import { parseText } from '../../../src/parse';
import { corpusDir } from '../../helpers/paths';

const read = (f: string) => parseText(fs.readFileSync(path.join(corpusDir, f), 'utf8')).doc;
const t = comparisonPrintTable(read('perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt'), read('perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt'));
const rows = t.rows.filter((r): r is Extract<TableRow, { kind: 'row' }> => r.kind === 'row');
/** A cell as "label text" per paragraph. */
const text = (c: TableCell) => c.map((p) => `${p.label ? `${p.label} ` : ''}${p.runs.map((r) => r.text).join('')}`).join(' / ');
const at = (label: string) => rows.findIndex((r) => text(r.cells[2]!) === label || text(r.cells[2]!).startsWith(`${label} / `));

describe('a Pasal printed part by part in the comparison table', () => {
  it('Pasal 1: its labels and status, then one row per definition, old and new side by side with its own note', () => {
    const head = at('Pasal 1');
    expect(text(rows[head]!.cells[1]!)).toBe('Pasal 1');
    expect(text(rows[head]!.cells[3]!)).toBe('Diubah');
    const parts = rows.slice(head + 1, rows.findIndex((r, i) => i > head && r.cells[0]!.length > 0));
    expect(parts.length).toBeGreaterThan(30);
    expect(parts.every((r) => r.cells[0]!.length === 0)).toBe(true);
    const row = (oldStart: string) => parts.find((r) => text(r.cells[1]!).startsWith(oldStart))!;
    // Old angka 9 beside new angka 7, not beside whatever stands seventh.
    expect(text(row('9. Parkir adalah keadaan').cells[2]!)).toMatch(/^7\. Parkir adalah keadaan Kendaraan berhenti/);
    expect(text(row('9. Parkir adalah keadaan').cells[3]!)).toBe('Diubah (semula angka 9)');
    expect(text(row('10. Juru parkir').cells[3]!)).toBe('Nomor berubah (semula angka 10)');
    expect(text(row('1. Daerah adalah').cells[3]!)).toBe('Tetap');
    const deleted = row('16. Tempat Parkir Wisata');
    expect([text(deleted.cells[2]!), text(deleted.cells[3]!)]).toEqual(['Dihapus.', 'Dihapus']);
    const inserted = parts.find((r) => text(r.cells[2]!).startsWith('12. Tempat Parkir di luar Ruang Milik Jalan'))!;
    expect([text(inserted.cells[1]!), text(inserted.cells[3]!)]).toEqual(['', 'Disisipkan']);
    // Word changes stay marked inside the part.
    expect(row('9. Parkir adalah keadaan').cells[1]!.flatMap((p) => p.runs).some((r) => r.change === 'delete' && r.text.includes('tidak bergerak'))).toBe(true);
  });

  it('a Pasal whose parts stay in step keeps one row (old Pasal 8 -> new Pasal 12)', () => {
    const i = at('Pasal 12');
    expect(rows[i]!.cells[0]!.length).toBe(1);
    expect(text(rows[i]!.cells[2]!)).toContain('(2) Apabila penyediaan tempat parkir');
    expect(rows[i + 1]!.cells[0]!.length).toBe(1);
  });
});

describe('an amending instrument printed part by part (the real Sulawesi Utara 2018 instrument, one word edited)', () => {
  const source = fs.readFileSync(path.join(corpusDir, 'perda-prov-sulut-2018-02-perubahan-rpjmd.txt'), 'utf8');
  const edited = source.replace('sebagaimana tercantum dalam BAB VII Lampiran', 'sebagaimana tercantum dalam BAB VIII Lampiran');
  const table = comparisonPrintTable(parseText(source).doc, parseText(edited).doc);
  const all = table.rows.filter((r): r is Extract<TableRow, { kind: 'row' }> => r.kind === 'row');
  const newCell = (start: string) => all.find((r) => text(r.cells[2]!).startsWith(start))?.cells[2] ?? [];

  it('sets a quoted Pasal heading centred and the units it quotes a step inside their change item', () => {
    const item = newCell('1. Pasal 1 diubah, sehingga');
    const heading = all.find((r, i) => i > all.findIndex((x) => x.cells[2] === item) && text(r.cells[2]!) === 'Pasal 1')?.cells[2] ?? [];
    const quoted = newCell('1. Gubernur adalah Gubernur Sulawesi Utara.');
    const ayat = newCell('(3) Rincian Program Pembangunan');
    expect(item[0]).toMatchObject({ label: '1.', level: 1 });
    expect(heading[0]).toMatchObject({ align: 'center' });
    expect(quoted[0]).toMatchObject({ label: '1.', level: 2 });
    expect(ayat[0]).toMatchObject({ label: '(3)', level: 2 });
    // The one edit marks its quoted ayat alone.
    expect(ayat.flatMap((p) => p.runs).filter((r) => r.change).map((r) => r.text)).toEqual(['VIII']);
  });
});
