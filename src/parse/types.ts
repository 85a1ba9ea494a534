/**
 * Shared types of the importer (src/parse): what every stage reads and writes, and the result
 * handed to the CLI and the import screen.
 */
import type { Node } from 'prosemirror-model';

/** Severity of an import diagnostic. */
export type Severity = 'info' | 'warning' | 'error';

/** One finding of the importer, with its place in the source (1-based line, 1-based page). */
export interface Diagnostic {
  line?: number;
  page?: number;
  severity: Severity;
  /** Stable machine code, e.g. "NUMBERING_GAP", "REF_UNRESOLVED", "FURNITURE_REMOVED". */
  code: string;
  /** Message for the user, in Bahasa Indonesia. */
  message: string;
}

/** A source line that the importer removed as page furniture (kept here so nothing is lost). */
export interface RemovedLine {
  line: number;
  page: number;
  text: string;
  /** Why it was removed, in Bahasa Indonesia ("nomor halaman", "kop", "tanda tangan elektronik"…). */
  reason: string;
}

/** What an import produces: a schema-valid document, its findings and the removed furniture. */
export interface ImportResult {
  doc: Node;
  diagnostics: Diagnostic[];
  removed: RemovedLine[];
  kind: 'original' | 'amendment';
}

/** Options of `parseText`. */
export interface ParseOptions {
  /** Skip the corpus header block (`#` lines up to `# ---`) when present. Default true. */
  skipCorpusHeader?: boolean;
}

/** Progress of a file import. */
export interface ImportProgress {
  stage: string;
  done: number;
  total: number;
}

/** Options of `importFile` / `importBuffer`. */
export interface ImportOptions extends ParseOptions {
  signal?: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
}

/**
 * One line of source text after normalisation (stage 1). `indent` is the column of the first
 * character (layout-relative; 0 when unknown), `text` is trimmed with layout spaces collapsed,
 * `raw` is the line as found (without trailing spaces). `hard` marks a line that is known to start
 * a new paragraph (a DOCX paragraph), `blankBefore` a line preceded by an empty line.
 */
export interface SourceLine {
  no: number;
  page: number;
  indent: number;
  text: string;
  raw: string;
  hard: boolean;
  blankBefore: boolean;
  /** The line ended a page (a page break follows it). */
  pageEnd?: boolean;
}

/** The outline of a document (the `outline --json` shape). */
export interface Outline {
  kind: 'original' | 'amendment';
  title: string;
  menimbang: number;
  mengingat: number;
  babs: Array<{ num: string; title: string }>;
  bagian_count: number;
  paragraf_count: number;
  pasal: Array<{ num: string; bab: string | null; ayat: number; first_words: string }>;
  penjelasan_pasal_entries: number;
  change_items: Array<{ action: string; units: string[] }>;
  diagnostics: Array<{ line?: number; page?: number; severity?: Severity; code?: string; message: string }>;
}
