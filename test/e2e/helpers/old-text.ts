/**
 * Selecting text in the comparison table's "Teks lama" column, as a mouse would: a DOM
 * selection inside one row's old-text cell.
 */
import type { Page } from 'playwright-core';

/**
 * Select the first appearance of `text` inside the old-text cell of the row `rowSelector`, or
 * inside the first line of that cell holding `inLineWith` when given.
 */
export async function selectOldText(page: Page, rowSelector: string, text: string, inLineWith?: string): Promise<void> {
  await page.evaluate(
    ({ rowSelector, text, inLineWith }) => {
      const cell = document.querySelector(`${rowSelector} td.cmp-old .cmp-text`);
      if (!cell) throw new Error(`no old cell in ${rowSelector}`);
      const scope = inLineWith === undefined ? cell : [...cell.querySelectorAll('[data-line]')].find((l) => l.textContent?.includes(inLineWith));
      if (!scope) throw new Error(`no line with: ${inLineWith}`);
      const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.textContent?.indexOf(text) ?? -1;
        if (i < 0) continue;
        window.getSelection()!.setBaseAndExtent(n, i, n, i + text.length);
        return;
      }
      throw new Error(`text not found: ${text}`);
    },
    { rowSelector, text, inLineWith },
  );
}
