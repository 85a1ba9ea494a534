/**
 * Export end to end in Chromium through the real browser preview: create a project, open the
 * "Ekspor" tab, export the draft as DOCX and receive it as a download (a real Word package), then
 * ask for the comparison table (or the redline) without a base and see the reason instead of a
 * download; once a version is saved, the redline of the draft against it downloads.
 */
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { id as idText } from '../../renderer/i18n/id';
import { strings as exportStrings } from '../../renderer/i18n/features/export';
import { chromiumMissing, screenshotDir } from './helpers/browser';
import { type Preview } from './helpers/preview';
import { createProjectFromStartScreen, useE2eSession } from './helpers/session';

const skip = chromiumMissing();
const t = exportStrings.id;

describe.skipIf(skip)('export panel in the browser preview', () => {
  let preview: Preview;
  let page: Page;

  useE2eSession((s) => ({ preview, page } = s));

  beforeAll(async () => {
    await page.goto(preview.url);
    await page.getByRole('heading', { name: idText.start.newTitle }).waitFor();
    await createProjectFromStartScreen(page, preview, { title: 'Pencegahan Narkotika Uji Ekspor', mode: 'penggantian', file: 'ekspor.rancang' });
  }, 120_000);


  it('exports the draft as DOCX and the browser receives the download', async () => {
    await page.locator('[role="tab"][data-tab="export"]').click();
    const panel = page.locator('.export-panel');
    await panel.waitFor();
    await panel.locator('select[name="what"]').selectOption('draft');
    await panel.locator('input[name="format"][value="docx"]').check();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), panel.getByRole('button', { name: t.run, exact: true }).click()]);
    expect(download.suggestedFilename()).toBe('rancangan-pencegahan-narkotika-uji-ekspor.docx');
    const saved = path.join(preview.workDir, 'unduhan.docx');
    await download.saveAs(saved);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(saved))).file('word/document.xml')?.async('string');
    expect(xml).toContain('PENCEGAHAN NARKOTIKA UJI EKSPOR');
    await expect.poll(() => panel.locator('.export-done').textContent()).toContain('rancangan-pencegahan-narkotika-uji-ekspor.docx');
    await page.screenshot({ path: path.join(screenshotDir(), 'export-01-done.png') });
  });

  it('offers no comparison without a base text and says why', async () => {
    const panel = page.locator('.export-panel');
    expect(await panel.locator('select[name="what"] option[value="comparison"]').isDisabled()).toBe(true);
    expect(await panel.locator('select[name="what"] option[value="instrument"]').isDisabled()).toBe(true);
    expect(await panel.locator('select[name="what"] option[value="redline"]').isDisabled()).toBe(true);
    await panel.locator('select[name="what"]').selectOption('dim');
    expect(await panel.locator('input[name="format"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(['docx', 'pdf', 'html']);
  });

  it('compares with a saved version where there is no base: the redline of the draft against "Naskah awal" downloads', async () => {
    await page.getByRole('button', { name: idText.toolbar.saveVersion }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(idText.saveVersion.label).fill('Naskah awal');
    await dialog.getByRole('button', { name: idText.saveVersion.submit }).click();
    await dialog.waitFor({ state: 'detached' });
    const panel = page.locator('.export-panel');
    await expect.poll(() => panel.locator('select[name="what"] option[value="redline"]').isDisabled()).toBe(false);
    await panel.locator('select[name="what"]').selectOption('redline');
    expect(await panel.locator('select[name="against"] option').allTextContents()).toEqual(['Naskah awal']);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), panel.getByRole('button', { name: t.run, exact: true }).click()]);
    expect(download.suggestedFilename()).toBe('perubahan-terlacak-pencegahan-narkotika-uji-ekspor-naskah-kerja-terhadap-naskah-awal.docx');
  });
});
