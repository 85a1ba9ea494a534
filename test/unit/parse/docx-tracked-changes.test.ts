/**
 * A Word file that still holds tracked changes (Track Changes not yet accepted or rejected) is
 * read as if every change were accepted, as mammoth reads it, and the import says so with the
 * counts, through both import paths (`importBuffer` and the import screen's `runImport`); a file
 * without tracked changes gets no such note.
 */
import { Document, InsertedTextRun, DeletedTextRun, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../../src/api/import-run';
import { importBuffer } from '../../../src/parse';

const when = { author: 'Bagian Hukum', date: '2026-11-02T09:00:00Z' };

/** A one-Pasal Perda as Word writes it, with `tracked` revisions in its ayat or none. */
async function docx(tracked: boolean): Promise<Uint8Array> {
  const ayat = tracked
    ? [new TextRun('Retribusi dipungut oleh '), new DeletedTextRun({ text: 'Walikota', id: 1, ...when }), new InsertedTextRun({ text: 'Wali Kota', id: 2, ...when }), new TextRun(' setiap bulan'), new InsertedTextRun({ text: ' melalui Perangkat Daerah', id: 3, ...when }), new TextRun('.')]
    : [new TextRun('Retribusi dipungut oleh Wali Kota setiap bulan melalui Perangkat Daerah.')];
  const doc = new Document({ sections: [{ children: [new Paragraph('BAB I'), new Paragraph('KETENTUAN UMUM'), new Paragraph('Pasal 1'), new Paragraph({ children: ayat })] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

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
