/**
 * End to end: the sample project opens from the start screen; list items by keyboard (Enter,
 * Tab, Shift+Tab) follow a. -> 1.; undo restores; a reload goes straight to the open project.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { id as idText } from '../../renderer/i18n/id';
import { chromiumMissing, screenshotDir } from './helpers/browser';
import { cursorAtEndOf, printedPasal, waitSaved } from './helpers/drafting-page';
import { type Preview } from './helpers/preview';
import { useE2eSession } from './helpers/session';

const skip = chromiumMissing();

/** The markers of the list items of the last Pasal, in order. */
const itemMarkers = (page: Page) =>
  page.evaluate(() => {
    const all = document.querySelectorAll('.editor-host:not(.is-hidden) section.pasal');
    const last = all[all.length - 1];
    return last ? [...last.querySelectorAll('.unit-num-item')].map((e) => e.textContent) : [];
  });

describe.skipIf(skip)('sample project and list editing', () => {
  let preview: Preview;
  let page: Page;

  useE2eSession((s) => ({ preview, page } = s));

  it('opens the sample project from the start screen', async () => {
    await page.goto(preview.url);
    await page.getByRole('button', { name: idText.start.sample }).click();
    await page.locator('.perda-doc').waitFor();
    expect(await page.locator('.project-title').textContent()).toMatch(/Perparkiran/);
    expect((await printedPasal(page)).length).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(screenshotDir(), '10-sample.png') });
  });

  it('builds a list by keyboard: Enter, Tab, Shift+Tab, undo', async () => {
    const all = await printedPasal(page);
    const last = all[all.length - 1]!;
    await cursorAtEndOf(page, last.text.replace(/^Pasal \d+/, '').trim().slice(0, 40));
    await page.getByRole('button', { name: idText.toolbar.newPasal }).click();
    await page.keyboard.type('Ketentuan dengan rincian:');
    expect((await printedPasal(page)).length).toBe(all.length + 1);
    const before: string[] = [];
    await page.getByRole('button', { name: idText.toolbar.newItem }).click();
    await page.keyboard.type('Rincian pertama;');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Rincian kedua;');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Rincian ketiga.');
    const flat = await itemMarkers(page);
    expect(flat.slice(0, 3)).toEqual(['a.', 'b.', 'c.']);
    await page.keyboard.press('Tab');
    expect((await itemMarkers(page)).slice(0, 3)).toEqual(['a.', 'b.', '1.']);
    await page.keyboard.press('Shift+Tab');
    expect((await itemMarkers(page)).slice(0, 3)).toEqual(['a.', 'b.', 'c.']);
    await page.keyboard.press('Control+z');
    expect((await itemMarkers(page)).slice(0, 3)).toEqual(['a.', 'b.', '1.']);
    await page.keyboard.press('Control+y');
    expect((await itemMarkers(page)).slice(0, 3)).toEqual(['a.', 'b.', 'c.']);
    expect(before.length + 3).toBe((await itemMarkers(page)).length);
    await waitSaved(page);
    await page.screenshot({ path: path.join(screenshotDir(), '11-list.png') });
  });

  it('reload goes straight to the open project with the list kept', async () => {
    await page.reload();
    await page.locator('.perda-doc').waitFor();
    expect((await printedPasal(page)).at(-1)!.text).toContain('Rincian ketiga.');
    expect((await itemMarkers(page)).slice(0, 3)).toEqual(['a.', 'b.', 'c.']);
  });
});
