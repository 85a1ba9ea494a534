/**
 * The exports of a Perda document: DOCX, print HTML, PDF (through Chromium) and Akoma Ntoso XML,
 * plus the reusable print model and DOCX building blocks for later exports.
 */
export { exportDocx, printToDocx } from './export-docx';
export { exportHtml } from './export-html';
export { exportPdf, htmlToPdf } from './export-pdf';
export { exportAkn } from './export-akn';
export { buildPrint } from './build-print';
export { resolveOptions, DEFAULT_REGION, type ExportOptions, type ExportRegion } from './options';
export type { PrintDocument, PrintSection, PrintBlock, Inline } from './print-model';
export { blockParagraph, blockParagraphs, preambleParagraph, textRuns } from './docx/paragraphs';
export { f4Section, pageNumberHeader } from './docx/section';
export { perdaStyles, WORD_STYLES } from './docx/styles';
