/**
 * The print model of a redline document: the new text of a comparison set as the Perda prints
 * it, every word the new text deleted or inserted marked as such, so that `redline-docx.ts` writes
 * it as Word revisions (Track Changes: accepting them all gives the new text, rejecting them all
 * the old) and `redline-html.ts` as <del> and <ins>. One reading of the comparison for both.
 */

/**
 * A revision: text deleted from the old text or inserted in the new, or text of a unit that moved,
 * at its old place ('moveFrom', gone from there) and at its new one ('moveTo').
 */
export type RedlineChange = 'insert' | 'delete' | 'moveFrom' | 'moveTo';

/** A run of text: kept, or a revision. */
export interface RedlineRun {
  text: string;
  change?: RedlineChange;
}

/** The text side each revision belongs to: the old text's ('delete', 'moveFrom') or the new one's. */
export function sideOf(change: RedlineChange): 'old' | 'new' {
  return change === 'delete' || change === 'moveFrom' ? 'old' : 'new';
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
  whole?: RedlineChange;
  /**
   * How the break after the paragraph (its paragraph mark) changed, where that is not as `whole`
   * says: new or gone where one text runs on and the other starts a paragraph, `null` where both
   * texts break there (a line wholly new at the end of a unit: the break before it is the new
   * one). Where only the mark changes, a space stands in for it in the reading without it.
   */
  mark?: RedlineChange | null;
  /** What the comparison says of the unit this paragraph opens (its Keterangan), shown beside it. */
  note?: string;
  /** The move this paragraph is part of: its number (the same at a unit's old place and new one), and which place. */
  move?: { id: number; side: 'old' | 'new' };
  /** For a line of a Pasal that one text has only (`whole`): the part it sets, as that text names it ("Pasal 3 ayat (1)"). */
  part?: string;
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
  const kept = (change: RedlineChange | undefined) => change === undefined || sideOf(change) === side;
  const text = (runs: readonly RedlineRun[] | undefined) => (runs ?? []).filter((r) => kept(r.change)).map((r) => r.text).join('');
  const lines: string[] = [];
  let open = '';
  for (const p of paras) {
    open += [text(p.marker), text(p.runs)].filter(Boolean).join(' ');
    if (kept(markChange(p))) {
      lines.push(open);
      open = '';
    } else if (!p.whole) open += ' ';
  }
  if (open.trim()) lines.push(open);
  return lines.filter((l) => l.trim() !== '').join('\n');
}

/** How a paragraph's mark changed: as `mark` says where it says, else with its whole paragraph. */
export function markChange(p: RedlinePara): RedlineChange | undefined {
  return p.mark === undefined ? p.whole : (p.mark ?? undefined);
}
