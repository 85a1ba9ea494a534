/**
 * Print HTML export of a Perda document: one self-contained page (inline CSS, no scripts) in
 * the official layout, from the same print model as the DOCX.
 */
import type { Node } from 'prosemirror-model';
import { buildPrint } from './build-print';
import { printToHtml } from './html/render';
import type { ExportOptions } from './options';

/** The print HTML of `doc`. */
export function exportHtml(doc: Node, opts: ExportOptions = {}): string {
  return printToHtml(buildPrint(doc, opts));
}
