/**
 * One import as the import screen needs it: the file's bytes are read into source lines (TXT,
 * DOCX, PDF, with the same readers as `importBuffer`), parsed with `parseLines`, and returned as
 * plain JSON (the document as ProseMirror JSON, diagnostics, removed page furniture, the outline
 * and the source lines, so the review screen can show the text beside the structure). Runs in
 * the import worker thread or, where no worker can start, in the calling thread.
 */
import { CoreError } from '../core-error';
import { detectFormat, decodeText, type ImportFormat } from '../parse/import-file';
import { docxLines } from '../parse/docx-lines';
import { normalizeLines } from '../parse/normalize-lines';
import { outlineOf, parseLines, type ImportProgress } from '../parse/index';
import { pdfLines } from '../parse/pdf-lines';
import type { SourceLine } from '../parse/types';
import type { DocJson, ImportJobResult } from './contract';

/** The result of an import job (plain JSON; the contract's `ImportJobResult`). */
export type ImportPayload = ImportJobResult;

/** Options of `runImport`. */
export interface RunImportOptions {
  signal?: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
}

const cancelled = () => new CoreError('CANCELLED', 'Impor dibatalkan.');

/** Yield to the event loop (so progress messages and other requests get through). */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Read file bytes of `format` into source lines (stages "membaca" and "mengekstrak teks PDF"). */
async function readLines(bytes: Uint8Array, fileName: string, format: ImportFormat, opts: RunImportOptions): Promise<SourceLine[]> {
  opts.onProgress?.({ stage: 'membaca', done: 0, total: 1 });
  await breathe();
  if (format === 'pdf') {
    return pdfLines(bytes, { signal: opts.signal, onPage: (done, total) => opts.onProgress?.({ stage: 'mengekstrak teks PDF', done, total }) });
  }
  if (format === 'docx') return docxLines(bytes);
  const text = decodeText(bytes);
  if (!text.trim()) throw new CoreError('IMPORT_FAILED', `Berkas "${fileName}" kosong; tidak ada naskah yang dapat diimpor.`);
  return normalizeLines(text, { skipCorpusHeader: true });
}

/** Import file bytes into the import screen's payload. Throws CoreError (CANCELLED, IMPORT_FAILED, UNSUPPORTED_FILE). */
export async function runImport(bytes: Uint8Array, fileName: string, opts: RunImportOptions = {}): Promise<ImportPayload> {
  if (opts.signal?.aborted) throw cancelled();
  const format = detectFormat(bytes, fileName);
  const lines = await readLines(bytes, fileName, format, opts);
  if (opts.signal?.aborted) throw cancelled();
  if (lines.length === 0) throw new CoreError('IMPORT_FAILED', `Berkas "${fileName}" tidak berisi teks.`);
  opts.onProgress?.({ stage: 'menyusun struktur', done: 0, total: 1 });
  await breathe();
  const sourceLines = lines.map((l) => ({ no: l.no, page: l.page, text: l.raw }));
  const result = parseLines(lines, format === 'txt');
  if (opts.signal?.aborted) throw cancelled();
  const payload: ImportPayload = {
    fileName,
    kind: result.kind,
    doc: result.doc.toJSON() as DocJson,
    outline: outlineOf(result),
    diagnostics: result.diagnostics,
    removed: result.removed,
    sourceLines,
  };
  opts.onProgress?.({ stage: 'selesai', done: 1, total: 1 });
  return payload;
}
