/**
 * A redline document as DOCX with real Word revisions: deleted text is a deletion and inserted
 * text an insertion (w:del / w:ins, signed with the document's author and time), a unit that moved
 * a move (w:moveFrom at its old place, w:moveTo at its new one, the two ranges named alike), a
 * unit new, gone or moved as a whole has its paragraph marks tracked too, so that Word's "Accept
 * All" leaves the new text and "Reject All" the old, in its order, without empty paragraphs. Portrait F4 in the Perda styles (Bookman Old
 * Style 12, centred headings, markers hung with a tab), the document's caption at the head of each
 * page, each unit's Keterangan as a Word comment on its first paragraph.
 */
import {
  AlignmentType,
  BuilderElement,
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
  type XmlComponent,
} from 'docx';
import { f4Section } from '../docx/section';
import { perdaStyles, WORD_STYLES } from '../docx/styles';
import { HEADING_SPACE_PT, LEVEL_MM, mmToTwip } from '../layout';
import type { PrintStyle } from '../print-model';
import { markChange, sideOf, type RedlineChange, type RedlineDocument, type RedlinePara, type RedlineRun, type RedlineStyle } from './redline-model';

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

/** The attributes of a revision element (w:id, w:author, w:date), as docx's own revisions write them. */
function revisionAttributes(ids: RevisionIds) {
  const { id, author, date } = ids.take();
  return { id: { key: 'w:id', value: id }, author: { key: 'w:author', value: author }, date: { key: 'w:date', value: date } };
}

/**
 * A run of moved text (docx writes no moves): at the old place as deleted text is written
 * (w:moveFrom, its text w:delText), at the new place as inserted text (w:moveTo).
 */
function movedRun(content: string | Tab, change: 'moveFrom' | 'moveTo', ids: RevisionIds): ParagraphChild {
  const text = typeof content === 'string' ? content : null;
  const inner =
    change === 'moveTo' || text === null
      ? new TextRun(text === null ? { children: [content] } : { text })
      : new BuilderElement({ name: 'w:r', children: [new BuilderElement({ name: 'w:delText', attributes: { space: { key: 'xml:space', value: 'preserve' } }, children: [text] as never[] })] });
  return new BuilderElement({ name: `w:${change}`, attributes: revisionAttributes(ids), children: [inner] }) as unknown as ParagraphChild;
}

/**
 * A docx run of `content` (text, or a tab) as `change` marks it: kept text, a deletion, an
 * insertion, or moved text. Text runs are made with the option objects of one shape each: the
 * docx library reads dozens of options off them, which slows down sharply when the shapes vary.
 */
function runOf(content: string | Tab, change: RedlineChange | undefined, ids: RevisionIds): ParagraphChild {
  if (typeof content !== 'string') {
    if (change === 'insert') return new InsertedTextRun({ children: [content], ...ids.take() });
    if (change === 'delete') return new DeletedTextRun({ children: [content], ...ids.take() });
    return change ? movedRun(content, change, ids) : new TextRun({ children: [content] });
  }
  if (change === 'insert') return new InsertedTextRun({ text: content, ...ids.take() });
  if (change === 'delete') return new DeletedTextRun({ text: content, ...ids.take() });
  if (change) return movedRun(content, change, ids);
  return new TextRun({ text: content });
}

/** docx runs of redline runs. */
function runsOf(runs: readonly RedlineRun[], ids: RevisionIds): ParagraphChild[] {
  return runs.map((r) => runOf(r.text, r.change, ids));
}

/**
 * What parts a hung marker from its text: a tab, revised with the marker where the whole marker
 * is one revision (a paragraph new, gone or moved as a whole leaves nothing behind). A marker
 * renumbered prints both numbers ("35.23."), wider than its hanging step: a space, not a tab that
 * would jump to the next tab stop.
 */
function markerGap(marker: readonly RedlineRun[], ids: RevisionIds): ParagraphChild {
  const change = marker[0]?.change;
  if (marker.every((r) => r.change === change)) return runOf(new Tab(), change, ids);
  return new TextRun(' ');
}

/**
 * The bounds of a move's range (w:moveFromRangeStart / w:moveToRangeStart, and their ends): Word
 * pairs a move's two places by the range's name.
 */
function moveRange(move: NonNullable<RedlinePara['move']>, edge: 'Start' | 'End', rangeId: number, ids: RevisionIds): ParagraphChild {
  const name = `w:${move.side === 'old' ? 'moveFrom' : 'moveTo'}Range${edge}`;
  const id = { key: 'w:id', value: rangeId };
  const attributes: Record<string, { key: string; value: string | number }> = edge === 'Start' ? { id, author: { key: 'w:author', value: ids.author }, date: { key: 'w:date', value: ids.date }, name: { key: 'w:name', value: `move${move.id}` } } : { id };
  return new BuilderElement({ name, attributes }) as unknown as ParagraphChild;
}

/**
 * Marks a paragraph's mark as moved (w:rPr of its w:pPr); docx's paragraph options write only an
 * inserted or deleted mark. The element goes last in the paragraph's properties, where w:rPr stands.
 */
function markMoved(paragraph: Paragraph, change: 'moveFrom' | 'moveTo', ids: RevisionIds): void {
  const properties = (paragraph as unknown as { properties: XmlComponent }).properties;
  properties.addChildElement(new BuilderElement({ name: 'w:rPr', children: [new BuilderElement({ name: `w:${change}`, attributes: revisionAttributes(ids) })] }));
}

/** The revision that undoes `change` in the reading where it is not (a space where only a paragraph mark changed). */
function spaceFor(change: RedlineChange): RedlineChange {
  return sideOf(change) === 'old' ? 'insert' : 'delete';
}

/** Where a paragraph stands in its move's range: opening it, closing it, or both. */
interface MoveEdges {
  start?: number;
  end?: number;
}

/** One paragraph; its note, when it has one, becomes comment `commentId`. */
function paragraphOf(p: RedlinePara, ids: RevisionIds, commentId: number | null, edges: MoveEdges = {}): Paragraph {
  const heading = HEADINGS.has(p.style);
  const children: ParagraphChild[] = [];
  if (p.move && edges.start !== undefined) children.push(moveRange(p.move, 'Start', edges.start, ids));
  if (commentId !== null) children.push(new CommentRangeStart(commentId));
  if (p.marker) children.push(...runsOf(p.marker, ids), markerGap(p.marker, ids));
  children.push(...runsOf(p.runs, ids));
  // Where only the paragraph mark changed, the reading without the break runs the two paragraphs
  // on: a space, in that reading only, keeps their words apart.
  const mark = markChange(p);
  if (mark && !p.whole) children.push(...runsOf([{ text: ' ', change: spaceFor(mark) }], ids));
  if (commentId !== null) children.push(new CommentRangeEnd(commentId), new TextRun({ children: [new CommentReference(commentId)] }));
  if (p.move && edges.end !== undefined) children.push(moveRange(p.move, 'End', edges.end, ids));
  const left = mmToTwip((p.indent + (p.marker ? 1 : 0)) * LEVEL_MM);
  const paragraph = new Paragraph({
    style: WORD_STYLES[STYLE_OF[p.style]].id,
    alignment: heading ? AlignmentType.CENTER : p.style === 'caption' ? AlignmentType.LEFT : AlignmentType.JUSTIFIED,
    ...(heading ? { keepNext: true, keepLines: true, spacing: { before: p.style === 'judul' ? 0 : HEADING_SPACE_PT * 20 } } : { indent: p.marker ? { left, hanging: mmToTwip(LEVEL_MM) } : { left, firstLine: 0 } }),
    ...(mark === 'insert' ? { run: { insertion: ids.take() } } : mark === 'delete' ? { run: { deletion: ids.take() } } : {}),
    children,
  });
  if (mark === 'moveFrom' || mark === 'moveTo') markMoved(paragraph, mark, ids);
  return paragraph;
}

/** The range edges of each paragraph of a move (by index): a move's place opens at its first paragraph and closes at its last. */
function moveEdges(paras: readonly RedlinePara[], ids: RevisionIds): Map<number, MoveEdges> {
  const edges = new Map<number, MoveEdges>();
  const same = (a: RedlinePara | undefined, b: RedlinePara) => a?.move !== undefined && a.move.id === b.move?.id && a.move.side === b.move.side;
  let rangeId = 0;
  paras.forEach((p, i) => {
    if (!p.move) return;
    const e: MoveEdges = {};
    if (!same(paras[i - 1], p)) e.start = rangeId = ids.take().id;
    if (!same(paras[i + 1], p)) e.end = rangeId;
    edges.set(i, e);
  });
  return edges;
}

/** The docx `Document` of a redline. */
export function redlineToDocument(r: RedlineDocument): Document {
  const ids = new RevisionIds(r.author, r.date);
  const comments: ICommentOptions[] = [];
  const edges = moveEdges(r.paras, ids);
  const paragraphs = r.paras.map((p, i) => {
    if (!p.note) return paragraphOf(p, ids, null, edges.get(i));
    const id = ids.take().id;
    comments.push({ id, author: r.author, initials: r.author.slice(0, 2).toUpperCase(), date: new Date(r.date), children: [new Paragraph({ children: [new TextRun(p.note)] })] });
    return paragraphOf(p, ids, id, edges.get(i));
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
