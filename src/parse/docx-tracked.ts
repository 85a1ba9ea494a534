/**
 * Tracked changes in a DOCX (Word's "Track Changes" revisions not yet accepted or rejected).
 * mammoth reads a document as if every revision were accepted: inserted text is kept, deleted
 * text dropped. That is usually what a drafter sending a revised file means, but not always, so
 * the import says so, with the counts, instead of doing it silently.
 */
import JSZip from 'jszip';
import type { Diagnostic } from './types';

/** How many insertions and deletions (moves counted with them) the main document part holds. */
export interface TrackedChanges {
  insertions: number;
  deletions: number;
}

/** The tracked changes of a DOCX's `word/document.xml`; zero counts when the package cannot be read. */
export async function trackedChanges(bytes: Uint8Array): Promise<TrackedChanges> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    return {
      insertions: (xml.match(/<w:(?:ins|moveTo)\b[^>]*>/g) ?? []).length,
      deletions: (xml.match(/<w:(?:del|moveFrom)\b[^>]*>/g) ?? []).length,
    };
  } catch {
    return { insertions: 0, deletions: 0 };
  }
}

/** The import note for a DOCX with tracked changes, or null when it has none. */
export function trackedChangesNote(t: TrackedChanges): Diagnostic | null {
  if (t.insertions + t.deletions === 0) return null;
  return {
    severity: 'warning',
    code: 'DOCX_TRACKED_CHANGES',
    message: `Berkas Word ini masih memuat perubahan terlacak (Track Changes: ${t.insertions} sisipan, ${t.deletions} hapusan) yang belum diterima atau ditolak. Naskah diimpor seperti semua perubahan itu diterima: teks sisipan dimasukkan, teks hapusan dibuang. Bila bukan itu maksudnya, terima atau tolak perubahan di Word, lalu impor lagi.`,
  };
}
