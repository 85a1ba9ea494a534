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
  /**
   * How the break after the paragraph (its paragraph mark) changed, where that is not as `whole`
   * says: new or gone where one text runs on and the other starts a paragraph, `null` where both
   * texts break there (a line wholly new at the end of a unit: the break before it is the new
   * one). Where only the mark changes, a space stands in for it in the reading without it.
   */
  mark?: 'insert' | 'delete' | null;
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
  const lines: string[] = [];
  let open = '';
  for (const p of paras) {
    open += [text(p.marker), text(p.runs)].filter(Boolean).join(' ');
    if (markChange(p) !== drop) {
      lines.push(open);
      open = '';
    } else if (!p.whole) open += ' ';
  }
  if (open.trim()) lines.push(open);
  return lines.filter((l) => l.trim() !== '').join('\n');
}

/** How a paragraph's mark changed: as `mark` says where it says, else with its whole paragraph. */
export function markChange(p: RedlinePara): 'insert' | 'delete' | undefined {
  return p.mark === undefined ? p.whole : (p.mark ?? undefined);
}
