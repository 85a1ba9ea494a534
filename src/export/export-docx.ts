/**
 * DOCX export of a Perda document: the print model (`build-print.ts`) written with the `docx`
 * package in the official layout, one Word section per part (batang tubuh, Penjelasan, each
 * Lampiran), real Word styles, labels as text.
 */
import { Document, Packer } from 'docx';
import type { Node } from 'prosemirror-model';
import { buildPrint } from './build-print';
import { blockParagraphs } from './docx/paragraphs';
import { f4Section } from './docx/section';
import { perdaStyles } from './docx/styles';
import type { ExportOptions } from './options';
import type { PrintDocument } from './print-model';

/** A docx `Document` of a print model (for callers that add their own parts). */
export function printToDocx(print: PrintDocument): Document {
  return new Document({
    creator: 'Rancang',
    title: print.title,
    language: 'id-ID',
    styles: perdaStyles(),
    sections: print.sections.map((s) => f4Section(blockParagraphs(s.blocks))),
  } as ConstructorParameters<typeof Document>[0]);
}

/** The DOCX file of `doc`. */
export async function exportDocx(doc: Node, opts: ExportOptions = {}): Promise<Uint8Array> {
  const buf = await Packer.toBuffer(printToDocx(buildPrint(doc, opts)));
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}
