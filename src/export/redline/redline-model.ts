/**
 * The print model of a redline document: the new text of a comparison set as the Perda prints
 * it, every word the new text deleted or inserted marked as such, so that `redline-docx.ts` writes
 * it as Word revisions (Track Changes: accepting them all gives the new text, rejecting them all
 * the old) and `redline-html.ts` as <del> and <ins>. One reading of the comparison for both.
 */

/** A run of text: kept, or deleted from the old text, or inserted in the new. */
export interface RedlineRun {
  text: string;
  change?: 'insert' | 'delete';
}

/** How a paragraph is set: the Judul, a heading (BAB, Pasal …), body text, or a caption of the document's parts ("Menimbang:"). */
export type RedlineStyle = 'judul' | 'bab' | 'bagian' | 'paragraf' | 'pasal' | 'text' | 'caption';

/** One paragraph. */
export interface RedlinePara {
  style: RedlineStyle;
  /** The marker hung before the text ("(2)", "a."), as runs: a renumbered marker is deleted and inserted. */
  marker?: RedlineRun[];
  runs: RedlineRun[];
  /** Steps (`LEVEL_MM` each) the text's left edge stands in, not counting a hung marker's step. */
  indent: number;
  /**
   * The paragraph is new, or gone, as a whole: its paragraph mark is a revision too, so that
   * rejecting (accepting) the changes leaves no empty paragraph behind.
   */
  whole?: 'insert' | 'delete';
  /** What the comparison says of the unit this paragraph opens (its Keterangan), shown beside it. */
  note?: string;
}

/** A whole redline document. */
export interface RedlineDocument {
  /** File metadata title. */
  docTitle: string;
  /** The line at the head of every page: what the document shows. */
  caption: string;
  paras: RedlinePara[];
  /** Name and time the revisions are signed with. */
  author: string;
  date: string;
}

/** The text of `paras` with every change accepted (`side` new) or rejected (`side` old), for tests. */
export function redlineText(paras: readonly RedlinePara[], side: 'old' | 'new'): string {
  const drop = side === 'new' ? 'delete' : 'insert';
  const text = (runs: readonly RedlineRun[] | undefined) => (runs ?? []).filter((r) => r.change !== drop).map((r) => r.text).join('');
  return paras
    .filter((p) => p.whole !== drop)
    .map((p) => [text(p.marker), text(p.runs)].filter(Boolean).join(' '))
    .join('\n');
}
