/**
 * A phrase selected in the old column of the comparison table (DOM): the row it is in, the
 * selected text, which occurrence of that text in the cell it is (so the core anchors the same
 * words when the phrase appears twice), and where to show the "comment" button.
 */

/** A selection inside one old-text cell. */
export interface OldTextSelection {
  rowKey: string;
  quote: string;
  /** 1 for the first appearance of `quote` in the cell's text. */
  occurrence: number;
  /** Viewport position under the end of the selection. */
  top: number;
  left: number;
}

/** The selection of the document when it lies inside one `td.cmp-old .cmp-text` under `root`, else null. */
export function readOldTextSelection(root: HTMLElement): OldTextSelection | null {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  const start =
    range.startContainer instanceof Element
      ? range.startContainer
      : range.startContainer.parentElement;
  const textEl = start?.closest('td.cmp-old .cmp-text');
  if (!textEl || !root.contains(textEl) || !textEl.contains(range.endContainer)) return null;
  const rowKey = textEl.closest('tr[data-key]')?.getAttribute('data-key');
  const raw = range.toString();
  const quote = raw.trim();
  if (!rowKey || quote === '') return null;
  const before = document.createRange();
  before.selectNodeContents(textEl);
  before.setEnd(range.startContainer, range.startOffset);
  const at = before.toString().length + (raw.length - raw.trimStart().length);
  const full = textEl.textContent ?? '';
  let occurrence = 0;
  for (let i = full.indexOf(quote); i >= 0 && i <= at; i = full.indexOf(quote, i + 1)) occurrence++;
  const box = range.getBoundingClientRect();
  return {
    rowKey,
    quote,
    occurrence: Math.max(1, occurrence),
    top: box.bottom + 6,
    left: box.right,
  };
}

/**
 * Which appearance of the selected phrase it is in the whole unit, when the cell shows only a
 * portion of it (a later piece of a split Pasal): its appearances in the text `before` the
 * portion come first.
 */
export function occurrenceInUnit(sel: Pick<OldTextSelection, 'quote' | 'occurrence'>, before: string | undefined): number {
  let earlier = 0;
  if (before) for (let i = before.indexOf(sel.quote); i >= 0; i = before.indexOf(sel.quote, i + 1)) earlier++;
  return sel.occurrence + earlier;
}
