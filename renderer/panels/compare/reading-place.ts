/**
 * Where the reader is in the comparison: the first row shown below the top of the scroll area
 * (under the table's sticky head), so that "next change" after scrolling goes on from what is
 * being read, not from a row left far above or below.
 */

/** The rows of the table or the redline as rendered (part rows excluded). */
const ROW_SELECTOR = 'tr.cmp-row[data-key], article.cmp-redline-row[data-key]';

/** The top of the readable area of `box`: below its sticky table head, if any. */
function readableTop(box: HTMLElement): number {
  const head = box.querySelector('thead')?.getBoundingClientRect().height ?? 0;
  return box.getBoundingClientRect().top + head;
}

/** The key of the first rendered row that reaches below the top of `box`'s readable area, or null. */
export function firstVisibleRowKey(box: HTMLElement): string | null {
  const top = readableTop(box);
  for (const el of box.querySelectorAll<HTMLElement>(ROW_SELECTOR)) if (el.getBoundingClientRect().bottom > top + 1) return el.dataset.key ?? null;
  return null;
}

/** True when the row with `key`, or one of its part rows (`partKey`), is at least partly in the readable area of `box`. */
export function rowInView(box: HTMLElement, key: string): boolean {
  const k = CSS.escape(key);
  const top = readableTop(box);
  const bottom = box.getBoundingClientRect().bottom;
  for (const el of box.querySelectorAll<HTMLElement>(`[data-key="${k}"], [data-key^="${k}-p"]`)) {
    const r = el.getBoundingClientRect();
    if (r.bottom > top + 1 && r.top < bottom - 1) return true;
  }
  return false;
}
