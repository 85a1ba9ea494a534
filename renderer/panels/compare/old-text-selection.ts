/**
 * A phrase selected in the old column of the comparison table (DOM): the row it is in, the
 * selected text, where it starts in the cell's text and in which line, and where to show the
 * "comment" button. `oldSideAt` finds the old side that row shows (a part row of a Pasal shown
 * part by part shows one old ayat, item or paragraph); `oldCommentTarget` then names the old unit
 * the phrase belongs to (a merged row's old column holds several old Pasal) and which appearance
 * of it there it is, so the core anchors the same words when the phrase appears twice.
 */
import type { CompareRowView, CompareSide } from '../../../src/api/contract';
import { partOfKey } from './part-key';

/** A selection inside one old-text cell. */
export interface OldTextSelection {
  rowKey: string;
  quote: string;
  /** The cell's text, where the selection starts in it, the line (`data-line`) it starts in and where each line starts. */
  text: string;
  at: number;
  line: number | null;
  lineStarts: number[];
  /** Viewport position under the end of the selection. */
  top: number;
  left: number;
}

/** The old side of a row, and every old unit it quotes (several for a merged row). */
export interface OldSide {
  old: CompareSide;
  oldAll: readonly CompareSide[];
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
  const lineEls = [...textEl.querySelectorAll('[data-line]')];
  const lineStarts = lineEls.map((el) => {
    const upTo = document.createRange();
    upTo.selectNodeContents(textEl);
    upTo.setEndBefore(el);
    return upTo.toString().length;
  });
  const lineEl = start?.closest('[data-line]');
  const box = range.getBoundingClientRect();
  return {
    rowKey,
    quote,
    text: full,
    at,
    line: lineEl && textEl.contains(lineEl) ? lineEls.indexOf(lineEl) : null,
    lineStarts,
    top: box.bottom + 6,
    left: box.right,
  };
}

/** How many times `quote` appears in `text` starting from `from` up to (and starting at) `at`. */
function appearances(text: string, quote: string, from: number, at: number): number {
  let n = 0;
  for (let i = text.indexOf(quote, from); i >= 0 && i <= at; i = text.indexOf(quote, i + 1)) n++;
  return n;
}

/** The side of `all` a line labelled `label` belongs to ("Pasal 4 ayat (2)" to "Pasal 4"), the longest label first. */
function ownerOf(all: readonly CompareSide[], label: string): CompareSide | undefined {
  let best: CompareSide | undefined;
  for (const s of all) if ((label === s.label || label.startsWith(`${s.label} `)) && (!best || s.label.length > best.label.length)) best = s;
  return best;
}

/**
 * The old unit a phrase selected in a row's old column is on, and which appearance of the phrase
 * it is in that unit's text. A merged row's old column holds every old Pasal that went into the
 * new one, each after the first under its heading line: a phrase in the lines of a later one is
 * on that Pasal, counted from its first line. Otherwise it is on the row's old unit, counted from
 * the cell's start, after its appearances in the unit's text `before` the cell when the row shows
 * only a portion of the unit (a later piece of a split Pasal).
 */
export function oldCommentTarget(row: OldSide, sel: OldTextSelection): { uid: string; label: string; occurrence: number } {
  const lines = row.old.lines;
  const label = sel.line !== null ? lines?.[sel.line]?.label : undefined;
  const unit = row.oldAll.length > 1 && label !== undefined ? ownerOf(row.oldAll, label) : undefined;
  if (lines && unit && unit.uid !== row.old.uid) {
    let first = lines.findIndex((l) => ownerOf(row.oldAll, l.label) === unit);
    // Its heading line, which the merge removed, is not the unit's text.
    if (first >= 0 && sel.text.slice(sel.lineStarts[first], sel.lineStarts[first + 1]).trim() === unit.label) first++;
    const from = sel.lineStarts[Math.max(0, first)] ?? 0;
    return { uid: unit.uid, label: unit.label, occurrence: Math.max(1, appearances(sel.text, sel.quote, from, sel.at)) };
  }
  const before = row.old.before ?? '';
  return { uid: row.old.uid, label: row.old.label, occurrence: Math.max(1, appearances(sel.text, sel.quote, 0, sel.at)) + appearances(before, sel.quote, 0, before.length) };
}

/**
 * The old side shown in the row whose `data-key` is `key`: a row's own old side, or, for a part
 * row of a Pasal shown part by part, the old ayat, item or paragraph it quotes (a phrase
 * selected there is on that part, counted from its own text). Null where the row has no old side.
 */
export function oldSideAt(rows: readonly CompareRowView[], key: string): OldSide | null {
  const row = rows.find((r) => r.key === key);
  if (row) return row.old ? { old: row.old, oldAll: row.oldAll } : null;
  const at = partOfKey(key);
  const part = at ? rows.find((r) => r.key === at.rowKey)?.partRows?.[at.part] : undefined;
  return part?.old ? { old: part.old, oldAll: [] } : null;
}
