/**
 * The redline export: the new text of a comparison with every change from the old text marked,
 * as DOCX with Word revisions (Track Changes), as print HTML, or as PDF (the HTML through Chromium).
 */
import type { Node } from 'prosemirror-model';
import { compareDocs } from '../../diff/compare';
import { htmlToPdf } from '../export-pdf';
import { comparisonRedline, type ComparisonRedlineOptions } from './comparison-redline';
import { redlineFrame } from './frame-paras';
import { redlineToDocx } from './redline-docx';
import { redlineToHtml } from './redline-html';

export { comparisonRedline, pieceRuns, type ComparisonRedlineOptions } from './comparison-redline';
export { redlineFrame, type RedlineFrame } from './frame-paras';
export { redlineToDocx, redlineToDocument } from './redline-docx';
export { redlineToHtml } from './redline-html';
export { redlineText, type RedlineDocument, type RedlinePara, type RedlineRun } from './redline-model';

/** Output formats of a redline. */
export type RedlineFormat = 'docx' | 'html' | 'pdf';

/** The redline of `draft` against `base` in `format`, its frame (pembukaan lines, signature blocks) included: DOCX and PDF as bytes, HTML as text. */
export async function exportRedline(base: Node, draft: Node, format: RedlineFormat, opts: ComparisonRedlineOptions): Promise<Uint8Array | string> {
  const redline = comparisonRedline(compareDocs(base, draft), { ...opts, frame: opts.frame ?? redlineFrame(base, draft) });
  switch (format) {
    case 'docx':
      return redlineToDocx(redline);
    case 'html':
      return redlineToHtml(redline);
    case 'pdf':
      return htmlToPdf(redlineToHtml(redline));
  }
}
