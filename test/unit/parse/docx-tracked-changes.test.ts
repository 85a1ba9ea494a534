/**
 * A Word file that still holds tracked changes (Track Changes not yet accepted or rejected) is
 * read as if every change were accepted, as mammoth reads it, and the import says so with the
 * counts, through both import paths (`importBuffer` and the import screen's `runImport`); a file
 * without tracked changes gets no such note.
 */
import { describe, expect, it } from 'vitest';
import { runImport } from '../../../src/api/import-run';
import { importBuffer } from '../../../src/parse';
import { trackedDocx as docx } from './helpers/tracked-docx';

describe('tracked changes in a DOCX', () => {
  it('are read as accepted, and the import says so with the counts', async () => {
    const r = await importBuffer(await docx(true), 'revisi.docx');
    expect(r.doc.textContent).toContain('Retribusi dipungut oleh Wali Kota setiap bulan melalui Perangkat Daerah.');
    expect(r.doc.textContent).not.toContain('Walikota');
    const note = r.diagnostics.find((d) => d.code === 'DOCX_TRACKED_CHANGES');
    expect(note?.severity).toBe('warning');
    expect(note?.message).toContain('Track Changes: 2 sisipan, 1 hapusan');
  });

  it('the import screen gets the same note', async () => {
    const p = await runImport(await docx(true), 'revisi.docx');
    expect(p.diagnostics.filter((d) => d.code === 'DOCX_TRACKED_CHANGES')).toHaveLength(1);
  });

  it('a file without tracked changes gets no such note', async () => {
    const r = await importBuffer(await docx(false), 'bersih.docx');
    expect(r.doc.textContent).toContain('Retribusi dipungut oleh Wali Kota setiap bulan melalui Perangkat Daerah.');
    expect(r.diagnostics.some((d) => d.code === 'DOCX_TRACKED_CHANGES')).toBe(false);
  });
});
