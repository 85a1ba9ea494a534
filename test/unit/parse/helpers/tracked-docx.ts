/**
 * A one-Pasal Perda as Word writes it, its ayat with tracked changes (Track Changes not yet
 * accepted or rejected: "Walikota" deleted for "Wali Kota", a phrase inserted) or without.
 */
import { Document, InsertedTextRun, DeletedTextRun, Packer, Paragraph, TextRun } from 'docx';

const when = { author: 'Bagian Hukum', date: '2026-11-02T09:00:00Z' };

/** The DOCX bytes; the text as accepted reads the same with and without `tracked`. */
export async function trackedDocx(tracked: boolean): Promise<Uint8Array> {
  const ayat = tracked
    ? [new TextRun('Retribusi dipungut oleh '), new DeletedTextRun({ text: 'Walikota', id: 1, ...when }), new InsertedTextRun({ text: 'Wali Kota', id: 2, ...when }), new TextRun(' setiap bulan'), new InsertedTextRun({ text: ' melalui Perangkat Daerah', id: 3, ...when }), new TextRun('.')]
    : [new TextRun('Retribusi dipungut oleh Wali Kota setiap bulan melalui Perangkat Daerah.')];
  const doc = new Document({ sections: [{ children: [new Paragraph('BAB I'), new Paragraph('KETENTUAN UMUM'), new Paragraph('Pasal 1'), new Paragraph({ children: ayat })] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
