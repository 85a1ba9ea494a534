/**
 * Word 97-2003 files (.doc), read through word-extractor: the body's text, a line per paragraph,
 * a table's cells apart by tabs. Headers and footers are left out, so no page number or running
 * header reaches the parser. What the binary format keeps outside the text is lost: numbers Word
 * puts before list paragraphs itself (automatic numbering), and tracked changes, which are read
 * as they stand in the text.
 */
import WordExtractor from 'word-extractor';
import { CoreError } from '../core-error';
import type { Node } from 'prosemirror-model';
import type { Diagnostic } from './types';

/** word-extractor's document as its code reads it: `getBody` takes an option its types leave out. */
interface BodyOptions {
  getBody(options: { filterUnicode: boolean }): string;
}

/** The body text of a .doc file; a file word-extractor cannot read gives IMPORT_FAILED. */
export async function docBodyText(bytes: Uint8Array, fileName: string): Promise<string> {
  try {
    const doc = await new WordExtractor().extract(Buffer.from(bytes));
    // The text as written: word-extractor would otherwise write curly quotation marks, dashes and
    // wide spaces plain (“ as ", ‘’ as '').
    return (doc as unknown as BodyOptions).getBody({ filterUnicode: false });
  } catch (e) {
    throw new CoreError('IMPORT_FAILED', `Berkas "${fileName}" tidak dapat dibaca sebagai dokumen Word lama (.doc): ${(e as Error).message}. Simpan ulang sebagai .docx atau PDF, lalu impor kembali.`);
  }
}

/** The note every import of a .doc file carries: what that format does not tell. */
export const DOC_NOTE: Diagnostic = {
  severity: 'info',
  code: 'DOC_LEGACY',
  message: 'Berkas Word lama (.doc) dibaca sebagai teks: nomor yang dibuat Word sendiri (penomoran otomatis) dan perubahan terlacak tidak ikut terbaca.',
};

/** The units whose paragraphs may open a list. */
const LIST_HOLDERS = new Set(['pasal', 'ayat', 'item']);

/** A list run into its sentence: words after a ":" cut by ";" ("meliputi: izin pertama; izin kedua; dan …"). */
const UNMARKED_LIST = /:\s*\p{Ll}[^:;]*;\s*\S/u;

/**
 * A warning where the parsed body of a .doc file holds a list run into the sentence that opens
 * it, its items with no marker ("meliputi: izin pertama; izin kedua; dan …"): Word numbered that
 * list itself, and its numbers were lost. Null where there is none.
 */
export function lostNumberingNote(doc: Node): Diagnostic | null {
  const found: string[] = [];
  doc.descendants((node) => {
    if (!LIST_HOLDERS.has(node.type.name)) return true;
    node.forEach((child) => {
      if (child.type.name === 'para' && UNMARKED_LIST.test(child.textContent)) found.push(child.textContent);
    });
    return true;
  });
  const first = found[0];
  if (first === undefined) return null;
  return {
    severity: 'warning',
    code: 'DOC_NUMBERING_LOST',
    message: `${found.length} daftar dalam berkas .doc ini tampaknya bernomor otomatis: nomornya tidak terbaca, sehingga butirnya terbaca sebagai paragraf biasa (mis. "${first.length > 80 ? `${first.slice(0, 80)}…` : first}"). Simpan berkas sebagai .docx lalu impor kembali.`,
  };
}
