/**
 * Where the reader is in the comparison: the row at the top of the view (under the table's
 * sticky head) and how far it is scrolled past. The kept place (use-kept-place.ts) is restored
 * from it, and "next change" after scrolling goes on from it rather than from a row left far
 * above or below.
 */

/** The visible top of the scroll box: below the sticky column header in the table, the box's top in the redline. */
export function viewTop(box: HTMLElement): number {
  return box.getBoundingClientRect().top + (box.querySelector('thead')?.getBoundingClientRect().height ?? 0);
}

/** The rendered rows, in order (their index is the index in the shown rows; part rows are not rows). */
export function rowElements(box: HTMLElement): NodeListOf<HTMLElement> {
  return box.querySelectorAll<HTMLElement>('.cmp-row[data-key]');
}

/** The row at the top of the view: its key, its index among the rendered rows and the pixels of it above the view. */
export function readTop(box: HTMLElement): { topKey: string | null; topIndex: number; offset: number } {
  const top = viewTop(box);
  const rows = rowElements(box);
  for (let i = 0; i < rows.length; i++) {
    const r = (rows[i] as HTMLElement).getBoundingClientRect();
    if (r.bottom > top) return { topKey: (rows[i] as HTMLElement).dataset.key ?? null, topIndex: i, offset: top - r.top };
  }
  return { topKey: null, topIndex: 0, offset: 0 };
}

/** True when the row with `key`, or one of its part rows (`partKey`), is at least partly in view. */
export function rowInView(box: HTMLElement, key: string): boolean {
  const k = CSS.escape(key);
  const top = viewTop(box);
  const bottom = box.getBoundingClientRect().bottom;
  for (const el of box.querySelectorAll<HTMLElement>(`[data-key="${k}"], [data-key^="${k}-p"]`)) {
    const r = el.getBoundingClientRect();
    if (r.bottom > top + 1 && r.top < bottom - 1) return true;
  }
  return false;
}
