/**
 * A redline document as DOCX with real Word revisions: deleted text is a deletion and inserted
 * text an insertion (w:del / w:ins, signed with the document's author and time), a unit new or gone
 * as a whole has its paragraph marks tracked too, so that Word's "Accept All" leaves the new text
 * and "Reject All" the old, without empty paragraphs. Portrait F4 in the Perda styles (Bookman Old
 * Style 12, centred headings, markers hung with a tab), the document's caption at the head of each
 * page, each unit's Keterangan as a Word comment on its first paragraph.
 */
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  InsertedTextRun,
  Packer,
  Paragraph,
  Tab,
  TextRun,
  type ICommentOptions,
  type ParagraphChild,
} from 'docx';
import { f4Section } from '../docx/section';
import { perdaStyles, WORD_STYLES } from '../docx/styles';
import { HEADING_SPACE_PT, LEVEL_MM, mmToTwip } from '../layout';
import type { PrintStyle } from '../print-model';
import { markChange, type RedlineDocument, type RedlinePara, type RedlineRun, type RedlineStyle } from './redline-model';

/** The Perda Word style each redline style is set in. */
const STYLE_OF: Record<RedlineStyle, PrintStyle> = { judul: 'judul', bab: 'bab', bagian: 'bagian', paragraf: 'paragraf', pasal: 'pasal', text: 'isi', caption: 'isi' };

/** Styles set as centred headings, with space before them. */
const HEADINGS = new Set<RedlineStyle>(['judul', 'bab', 'bagian', 'paragraf', 'pasal']);

/**
 * Numbers the annotations of one document, revisions and comments alike: an annotation's id is
 * to be unique in the document, whatever its kind.
 */
class RevisionIds {
  private next = 1;
  constructor(readonly author: string, readonly date: string) {}
  /** The attributes of a new revision (or, its id, of a comment). */
  take(): { id: number; author: string; date: string } {
    return { id: this.next++, author: this.author, date: this.date };
  }
}

/** docx runs of redline runs: kept text, a deletion, or an insertion. */
function runsOf(runs: readonly RedlineRun[], ids: RevisionIds): ParagraphChild[] {
  return runs.map((r) => {
    if (r.change === 'insert') return new InsertedTextRun({ text: r.text, ...ids.take() });
    if (r.change === 'delete') return new DeletedTextRun({ text: r.text, ...ids.take() });
    return new TextRun({ text: r.text });
  });
}

/** One paragraph; its note, when it has one, becomes comment `commentId`. */
function paragraphOf(p: RedlinePara, ids: RevisionIds, commentId: number | null): Paragraph {
  const heading = HEADINGS.has(p.style);
  const children: ParagraphChild[] = [];
  if (commentId !== null) children.push(new CommentRangeStart(commentId));
  // A marker renumbered prints both numbers ("35.23."), wider than its hanging step: a space, not a
  // tab that would jump to the next tab stop, parts it from the text.
  if (p.marker) children.push(...runsOf(p.marker, ids), p.marker.some((r) => r.change) ? new TextRun(' ') : new TextRun({ children: [new Tab()] }));
  children.push(...runsOf(p.runs, ids));
  // Where only the paragraph mark changed, the reading without the break runs the two paragraphs
  // on: a space, in that reading only, keeps their words apart.
  const mark = markChange(p);
  if (mark && !p.whole) children.push(...runsOf([{ text: ' ', change: mark === 'insert' ? 'delete' : 'insert' }], ids));
  if (commentId !== null) children.push(new CommentRangeEnd(commentId), new TextRun({ children: [new CommentReference(commentId)] }));
  const left = mmToTwip((p.indent + (p.marker ? 1 : 0)) * LEVEL_MM);
  return new Paragraph({
    style: WORD_STYLES[STYLE_OF[p.style]].id,
    alignment: heading ? AlignmentType.CENTER : p.style === 'caption' ? AlignmentType.LEFT : AlignmentType.JUSTIFIED,
    ...(heading ? { keepNext: true, keepLines: true, spacing: { before: p.style === 'judul' ? 0 : HEADING_SPACE_PT * 20 } } : { indent: p.marker ? { left, hanging: mmToTwip(LEVEL_MM) } : { left, firstLine: 0 } }),
    ...(markChange(p) ? { run: markChange(p) === 'insert' ? { insertion: ids.take() } : { deletion: ids.take() } } : {}),
    children,
  });
}

/** The docx `Document` of a redline. */
export function redlineToDocument(r: RedlineDocument): Document {
  const ids = new RevisionIds(r.author, r.date);
  const comments: ICommentOptions[] = [];
  const paragraphs = r.paras.map((p) => {
    if (!p.note) return paragraphOf(p, ids, null);
    const id = ids.take().id;
    comments.push({ id, author: r.author, initials: r.author.slice(0, 2).toUpperCase(), date: new Date(r.date), children: [new Paragraph({ children: [new TextRun(p.note)] })] });
    return paragraphOf(p, ids, id);
  });
  return new Document({
    creator: r.author,
    title: r.docTitle,
    language: 'id-ID',
    styles: perdaStyles(),
    comments: { children: comments },
    sections: [f4Section(paragraphs, { caption: r.caption })],
  } as ConstructorParameters<typeof Document>[0]);
}

/** The DOCX file of a redline. */
export async function redlineToDocx(r: RedlineDocument): Promise<Uint8Array> {
  const buf = await Packer.toBuffer(redlineToDocument(r));
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}
