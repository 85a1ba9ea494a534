/**
 * One import as the import screen needs it: the file's bytes are read into source lines (TXT,
 * DOCX, DOC, PDF, with the reader `importBuffer` uses, `readSource`), parsed with `parseSource`, and returned as
 * plain JSON (the document as ProseMirror JSON, diagnostics, removed page furniture, the outline
 * and the source lines, so the review screen can show the text beside the structure). Runs in
 * the import worker thread or, where no worker can start, in the calling thread.
 */
import { CoreError } from '../core-error';
import { detectFormat, parseSource, readSource } from '../parse/import-file';
import { outlineOf, type ImportProgress } from '../parse/index';
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

/** Import file bytes into the import screen's payload. Throws CoreError (CANCELLED, IMPORT_FAILED, UNSUPPORTED_FILE). */
export async function runImport(bytes: Uint8Array, fileName: string, opts: RunImportOptions = {}): Promise<ImportPayload> {
  if (opts.signal?.aborted) throw cancelled();
  const format = detectFormat(bytes, fileName);
  opts.onProgress?.({ stage: 'membaca', done: 0, total: 1 });
  await breathe();
  const { lines, notes } = await readSource(bytes, fileName, format, { signal: opts.signal, onProgress: opts.onProgress, skipCorpusHeader: true });
  if (opts.signal?.aborted) throw cancelled();
  if (lines.length === 0) throw new CoreError('IMPORT_FAILED', `Berkas "${fileName}" tidak berisi teks.`);
  opts.onProgress?.({ stage: 'menyusun struktur', done: 0, total: 1 });
  await breathe();
  const sourceLines = lines.map((l) => ({ no: l.no, page: l.page, text: l.raw }));
  const result = parseSource({ lines, notes }, format);
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
