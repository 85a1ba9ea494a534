/**
 * An F4 docx section with the Perda page layout: 215 x 330 mm, margins T20 B25 L30 R20, page
 * number "- n -" centred in the header from the section's second page, numbering restarting at 1
 * (drafting-rules.md 4.2, 4.3), and optionally a caption line above it on every page (what the
 * document shows). Reusable by every DOCX export.
 */
import { AlignmentType, Header, PageNumber, PageOrientation, Paragraph, TextRun, type ISectionOptions } from 'docx';
import { FONT, FONT_PT, MARGIN_MM, PAGE_MM, mmToTwip } from '../layout';

/** A small italic line at the head of each page saying what the document shows. */
function captionLine(caption: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ font: FONT, size: 18, italics: true, text: caption })] });
}

/** The centred "- n -" page number header (under `caption`, when given). */
export function pageNumberHeader(caption?: string): Header {
  return new Header({
    children: [
      ...(caption ? [captionLine(caption)] : []),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ font: FONT, size: FONT_PT * 2, children: ['- ', PageNumber.CURRENT, ' -'] })],
      }),
    ],
  });
}

/** A section of F4 pages holding `children`, numbered from its second page; `caption` heads every page. */
export function f4Section(children: ISectionOptions['children'], opts: { landscape?: boolean; caption?: string } = {}): ISectionOptions {
  // docx swaps width and height itself for a landscape orientation: always pass the portrait size.
  const [w, h] = [PAGE_MM.width, PAGE_MM.height];
  return {
    properties: {
      titlePage: true,
      page: {
        size: { width: mmToTwip(w), height: mmToTwip(h), orientation: opts.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: {
          top: mmToTwip(MARGIN_MM.top),
          bottom: mmToTwip(MARGIN_MM.bottom),
          left: mmToTwip(MARGIN_MM.left),
          right: mmToTwip(MARGIN_MM.right),
          header: mmToTwip(MARGIN_MM.header),
          footer: mmToTwip(MARGIN_MM.header),
        },
        pageNumbers: { start: 1 },
      },
    },
    headers: { default: pageNumberHeader(opts.caption), first: new Header({ children: [opts.caption ? captionLine(opts.caption) : new Paragraph({})] }) },
    children,
  };
}
