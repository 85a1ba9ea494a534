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
