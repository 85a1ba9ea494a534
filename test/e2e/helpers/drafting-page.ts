/** Page helpers for the drafting screen: read the printed Pasal, put the cursor at a text's end. */
import type { Page } from 'playwright-core';

/** One printed Pasal: its label and its whole visible text. */
export interface PrintedPasal {
  label: string;
  text: string;
  ayat: string[];
}

/** The Pasal of the visible editor, in order. */
export async function printedPasal(page: Page): Promise<PrintedPasal[]> {
  return page.evaluate(() => {
    const host = [...document.querySelectorAll('.editor-host')].find((h) => !h.classList.contains('is-hidden'));
    if (!host) return [];
    return [...host.querySelectorAll('section.pasal')].map((el) => ({
      label: el.querySelector(':scope > .unit-num-pasal')?.textContent ?? '',
      text: el.textContent ?? '',
      ayat: [...el.querySelectorAll(':scope > .ayat > .unit-num-ayat')].map((a) => a.textContent ?? ''),
    }));
  });
}

/** Click into the first paragraph containing `text` (inside `scope`) and move the cursor to its end. */
export async function cursorAtEndOf(page: Page, text: string, scope = '.perda-doc'): Promise<void> {
  const para = page.locator(`.editor-host:not(.is-hidden) ${scope} p`, { hasText: text }).first();
  await para.click();
  await page.keyboard.press('End');
  // The editor learns of a caret moved by the browser (End) from the asynchronous selectionchange
  // event; under load a key sent right away can arrive first. Give the page one frame, as a
  // person's next keystroke always would.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Wait until the top bar says the draft is saved. */
export async function waitSaved(page: Page): Promise<void> {
  await page.locator('.save-status[data-state="saved"]').waitFor({ timeout: 15_000 });
}
