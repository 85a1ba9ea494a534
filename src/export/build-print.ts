/**
 * Lays out a Perda document as a `PrintDocument`: numbers from `numberDocument` only, the
 * batang tubuh with judul, pembukaan and penutup as the first part, then the Penjelasan and each
 * Lampiran as parts of their own (new page, own page numbers).
 */
import type { Node } from 'prosemirror-model';
import { numberDocument } from '../model/numbering';
import { batangBlocks } from './print-batang';
import type { PrintContext } from './print-context';
import { lampiranBlocks } from './print-lampiran';
import type { ExportOptions } from './options';
import { resolveOptions } from './options';
import { judulBlocks, pembukaanBlocks } from './print-pembukaan';
import { penjelasanBlocks } from './print-penjelasan';
import { penutupBlocks, signerOf } from './print-penutup';
import type { PrintBlock, PrintDocument, PrintSection } from './print-model';

/** The print model of `doc` under `opts`. */
export function buildPrint(doc: Node, opts: ExportOptions = {}): PrintDocument {
  const ctx: PrintContext = { numbering: numberDocument(doc), opts: resolveOptions(doc, opts) };
  const main: PrintBlock[] = judulBlocks(ctx);
  const sections: PrintSection[] = [{ kind: 'batang', blocks: main }];
  let penutup: PrintBlock[] = [];
  doc.forEach((part) => {
    switch (part.type.name) {
      case 'pembukaan':
        main.push(...pembukaanBlocks(ctx, part));
        break;
      case 'batangTubuh':
        main.push(...batangBlocks(ctx, part));
        break;
      case 'penutup':
        penutup = penutupBlocks(ctx, part);
        main.push(...penutup);
        break;
      case 'penjelasan':
        if (ctx.opts.includePenjelasan) sections.push({ kind: 'penjelasan', blocks: penjelasanBlocks(ctx, part) });
        break;
      case 'lampiran':
        sections.push({ kind: 'lampiran', blocks: lampiranBlocks(ctx, part, signerOf(penutup)) });
        break;
    }
  });
  return { title: ctx.opts.title, sections };
}
