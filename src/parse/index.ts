/**
 * The importer (src/parse): Perda texts (TXT, DOCX, PDF) into the Perda document model with
 * diagnostics. See parse-text.ts for the stages.
 */
export { parseText, parseLines } from './parse-text';
export { importBuffer, importFile, detectFormat, type ImportFormat } from './import-file';
export { outlineOf, outlineOfDoc } from './outline';
export { asPrinted, skipsNumbers } from './printed-numbering';
export type { Diagnostic, ImportOptions, ImportProgress, ImportResult, Outline, ParseOptions, RemovedLine, Severity } from './types';
