/**
 * File import: detects the format of a file by its content (and name), reads it into source
 * lines (TXT, DOCX, DOC, PDF) and runs the staged parser. Bad files give a typed CoreError:
 * UNSUPPORTED_FILE for a format that is not a Perda text (binary data, an Excel or PowerPoint
 * file, a zip that is not a DOCX), IMPORT_FAILED for a file of the right kind that cannot be read
 * (empty, damaged, encrypted, a scan in which text recognition finds no text), CANCELLED when the
 * signal aborts. A scanned PDF is read by text recognition, with a warning that says so.
 */
import iconv from 'iconv-lite';
import { readFile } from 'node:fs/promises';
import { CoreError } from '../core-error';
import { DOC_NOTE, docBodyText, lostNumberingNote } from './doc-text';
import { docxLines } from './docx-lines';
import { trackedChanges, trackedChangesNote } from './docx-tracked';
import { normalizeLines } from './normalize-lines';
import { parseLines } from './parse-text';
import { pdfLines, type PdfText } from './pdf-lines';
import { joinList } from '../model/join-list';
import { restoreItemSemicolons } from './recognised-punctuation';
import type { Diagnostic, ImportOptions, ImportResult, SourceLine } from './types';

/** The formats the importer reads. */
export type ImportFormat = 'txt' | 'docx' | 'doc' | 'pdf';

/** Other Office formats in the same compound-file container as a .doc. */
const OTHER_OFFICE = new Set(['xls', 'xlt', 'ppt', 'pps', 'pot', 'msg', 'vsd', 'pub']);

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((v, i) => b[i] === v);

/** Detect the format of file bytes (content first, name second); throws for unsupported data. */
export function detectFormat(bytes: Uint8Array, fileName: string): ImportFormat {
  const ext = (/\.([a-z0-9]+)$/i.exec(fileName)?.[1] ?? '').toLowerCase();
  if (bytes.length === 0) throw new CoreError('IMPORT_FAILED', `Berkas "${fileName}" kosong; tidak ada naskah yang dapat diimpor.`);
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    if (ext === 'docx' || ext === 'dotx' || ext === 'docm' || containsAscii(bytes, 'word/')) return 'docx';
    throw new CoreError('UNSUPPORTED_FILE', `Berkas "${fileName}" adalah arsip ZIP, bukan dokumen Word (.docx).`);
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    if (OTHER_OFFICE.has(ext)) throw new CoreError('UNSUPPORTED_FILE', `Berkas "${fileName}" adalah berkas Office lain (.${ext}), bukan dokumen Word.`);
    return 'doc';
  }
  if (ext === 'pdf') throw new CoreError('UNSUPPORTED_FILE', `Berkas "${fileName}" bernama .pdf tetapi isinya bukan PDF.`);
  if (ext === 'docx') throw new CoreError('UNSUPPORTED_FILE', `Berkas "${fileName}" bernama .docx tetapi isinya bukan dokumen Word.`);
  if (looksBinary(bytes)) throw new CoreError('UNSUPPORTED_FILE', `Berkas "${fileName}" bukan teks, DOCX, atau PDF yang dapat dibaca.`);
  return 'txt';
}

function containsAscii(bytes: Uint8Array, s: string): boolean {
  const hay = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 1 << 20))).toString('latin1');
  return hay.includes(s);
}

function looksBinary(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return false;
  const n = Math.min(bytes.length, 8192);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) bad++;
  }
  return bad > n * 0.02;
}

/**
 * Decode text bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 (what
 * Notepad long saved as "ANSI"), through iconv-lite: Node's own decoder of that name reads its
 * quotation marks and dashes (0x80-0x9F) as control characters.
 */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252');
  }
}

function checkAbort(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new CoreError('CANCELLED', 'Impor dibatalkan.');
}

/** The import stage of a scanned PDF's pages read by text recognition (reported page by page). */
export const OCR_STAGE = 'mengenali teks hasil pindai (OCR)';

/** What reading a file gives: its source lines, and notes about the file itself (tracked changes in a DOCX). */
export interface ReadSource {
  lines: SourceLine[];
  notes: Diagnostic[];
}

/**
 * Read file bytes of `format` into source lines (PDF pages reported as "mengekstrak teks PDF"),
 * with the reader's notes about the file. The one reader of both import paths (`importBuffer`,
 * the import screen's `runImport`).
 */
export async function readSource(bytes: Uint8Array, fileName: string, format: ImportFormat, opts: { signal?: AbortSignal; onProgress?: ImportOptions['onProgress']; skipCorpusHeader: boolean }): Promise<ReadSource> {
  if (format === 'pdf') {
    const pdf = await pdfLines(bytes, {
      signal: opts.signal,
      onPage: (done, total) => opts.onProgress?.({ stage: 'mengekstrak teks PDF', done, total }),
      onRecognisedPage: (done, total) => opts.onProgress?.({ stage: OCR_STAGE, done, total }),
    });
    return { lines: pdf.lines, notes: pdf.recognisedPages > 0 ? recognisedNotes(pdf) : [] };
  }
  if (format === 'docx') {
    const note = trackedChangesNote(await trackedChanges(bytes));
    return { lines: await docxLines(bytes), notes: note ? [note] : [] };
  }
  if (format === 'doc') return { lines: normalizeLines(await docBodyText(bytes, fileName), { skipCorpusHeader: false }), notes: [DOC_NOTE] };
  const text = decodeText(bytes);
  if (!text.trim()) throw new CoreError('IMPORT_FAILED', `Berkas "${fileName}" kosong; tidak ada naskah yang dapat diimpor.`);
  return { lines: normalizeLines(text, { skipCorpusHeader: opts.skipCorpusHeader }), notes: [] };
}

/** The notes on a PDF whose pages were read by text recognition: that they were, which were read turned, which read poorly. */
function recognisedNotes(pdf: PdfText): Diagnostic[] {
  const notes: Diagnostic[] = [{
    severity: 'warning',
    code: 'OCR_READ',
    message: `${pdf.recognisedPages} halaman PDF ini berupa gambar hasil pindai dan teksnya dibaca dengan pengenal teks (OCR). Angka, tanda baca, dan huruf dapat salah terbaca: periksa naskah hasil impor dengan PDF aslinya, terutama nomor Pasal, ayat, dan angka rupiah.`,
  }];
  if (pdf.turnedPages.length > 0) {
    const pages = joinList(pdf.turnedPages.map((t) => `halaman ${t.page} (${t.turn === 180 ? 'terbalik' : 'menyamping'})`));
    notes.push({ severity: 'info', code: 'OCR_TURNED', page: pdf.turnedPages[0]?.page, message: `${pages.charAt(0).toUpperCase()}${pages.slice(1)} hasil pindai tidak tegak; teksnya dibaca setelah halaman itu diputar.` });
  }
  if (pdf.illegiblePages.length > 0) {
    notes.push({ severity: 'warning', code: 'OCR_ILLEGIBLE', page: pdf.illegiblePages[0], message: `Pengenal teks (OCR) tidak yakin akan tulisan pada ${joinList(pdf.illegiblePages.map((p) => `halaman ${p}`))}: periksa teksnya dengan PDF aslinya, atau pindai ulang halaman itu (300 dpi, tegak dan lurus).` });
  }
  return notes;
}

/** Import file bytes (the UI sends them) into a Perda document. */
export async function importBuffer(bytes: Uint8Array, fileName: string, opts: ImportOptions = {}): Promise<ImportResult> {
  checkAbort(opts.signal);
  const format = detectFormat(bytes, fileName);
  opts.onProgress?.({ stage: 'membaca', done: 0, total: 1 });
  const { lines, notes } = await readSource(bytes, fileName, format, { signal: opts.signal, onProgress: opts.onProgress, skipCorpusHeader: opts.skipCorpusHeader !== false });
  checkAbort(opts.signal);
  if (lines.length === 0) throw new CoreError('IMPORT_FAILED', `Berkas "${fileName}" tidak berisi teks.`);
  opts.onProgress?.({ stage: 'menyusun struktur', done: 0, total: 1 });
  const result = parseSource({ lines, notes }, format);
  opts.onProgress?.({ stage: 'selesai', done: 1, total: 1 });
  return result;
}

/**
 * Parse what `readSource` read: the structure, with the reader's notes first and, for a .doc,
 * a warning where its lists lost Word's own numbering. Both import paths parse through it.
 */
export function parseSource({ lines, notes }: ReadSource, format: ImportFormat): ImportResult {
  const result = parseLines(lines, format === 'txt');
  const lost = format === 'doc' ? lostNumberingNote(result.doc) : null;
  const recognised = notes.some((n) => n.code === 'OCR_READ') ? restoreItemSemicolons(result.doc) : { doc: result.doc, restored: 0 };
  result.doc = recognised.doc;
  const semicolons: Diagnostic[] = recognised.restored > 0
    ? [{ severity: 'info', code: 'OCR_SEMICOLONS', message: `${recognised.restored} rincian yang berlanjut berakhir dengan titik dua (:) hasil pengenal teks; dibaca sebagai titik koma (;).` }]
    : [];
  result.diagnostics = [...notes, ...(lost ? [lost] : []), ...semicolons, ...result.diagnostics];
  return result;
}

/** Import a file from disk into a Perda document. */
export async function importFile(path: string, opts: ImportOptions = {}): Promise<ImportResult> {
  checkAbort(opts.signal);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new CoreError('IMPORT_FAILED', `Berkas tidak dapat dibaca: ${(e as Error).message}`);
  }
  return importBuffer(bytes, path, opts);
}
