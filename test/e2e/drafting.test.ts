/**
 * End to end through the real browser preview and the real core: create a project from the start
 * screen, draft (type, Enter for ayat, new Pasal), see numbers follow, autosave, save a version,
 * reload, open the version read-only, restore it; the outline jumps to a Pasal.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { id as idText } from '../../renderer/i18n/id';
import { chromiumMissing, screenshotDir } from './helpers/browser';
import { cursorAtEndOf, printedPasal, waitSaved } from './helpers/drafting-page';
import { type Preview } from './helpers/preview';
import { createProjectFromStartScreen, useE2eSession } from './helpers/session';

const skip = chromiumMissing();

describe.skipIf(skip)('drafting in the browser preview', () => {
  let preview: Preview;
  let page: Page;
  const shots = screenshotDir();
  const shot = (name: string) => page.screenshot({ path: path.join(shots, `${name}.png`) });

  useE2eSession((s) => ({ preview, page } = s));

  it('creates a project from the start screen', async () => {
    await page.goto(preview.url);
    await page.getByRole('heading', { name: idText.start.newTitle }).waitFor();
    await shot('01-start');
    await createProjectFromStartScreen(page, preview, { title: 'Penanggulangan Narkotika Uji', mode: 'penggantian', file: 'uji.rancang' });
    await expect.poll(() => page.locator('.project-title').textContent()).toBe('Penanggulangan Narkotika Uji');
    const pasal = await printedPasal(page);
    expect(pasal.map((p) => p.label)).toEqual(pasal.map((_, i) => `Pasal ${i + 1}`));
    expect(pasal.length).toBeGreaterThan(0);
    await shot('02-drafting-new');
  });

  it('types, adds ayat with Enter and Pasal with the toolbar, and numbers follow', async () => {
    const first = (await printedPasal(page))[0]!;
    const firstText = first.text.replace(/^Pasal 1/, '').trim().slice(0, 20);
    await cursorAtEndOf(page, firstText);
    await page.keyboard.type(' Teks uji pertama.');
    expect((await printedPasal(page))[0]!.text).toContain('Teks uji pertama.');

    const before = (await printedPasal(page)).length;
    await page.getByRole('button', { name: idText.toolbar.newPasal }).click();
    await page.keyboard.type('Ketentuan kedua.');
    await page.getByRole('button', { name: idText.toolbar.newPasal }).click();
    await page.keyboard.type('Ketentuan ketiga.');
    let pasal = await printedPasal(page);
    expect(pasal.length).toBe(before + 2);
    expect(pasal[1]).toMatchObject({ label: 'Pasal 2' });
    expect(pasal[1]!.text).toContain('Ketentuan kedua.');
    expect(pasal[2]).toMatchObject({ label: 'Pasal 3' });

    // Pasal 2 gets ayat: its text becomes (1), a new (2) follows; Enter at its end makes (3).
    await cursorAtEndOf(page, 'Ketentuan kedua.');
    await page.getByRole('button', { name: idText.toolbar.newAyat }).click();
    await page.keyboard.type('Ayat kedua.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Ayat ketiga.');
    pasal = await printedPasal(page);
    expect(pasal[1]!.ayat).toEqual(['(1)', '(2)', '(3)']);

    // Enter at the end of ayat (1) inserts a new (2); the later ayat renumber.
    await cursorAtEndOf(page, 'Ketentuan kedua.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Ayat sisipan.');
    pasal = await printedPasal(page);
    expect(pasal[1]!.ayat).toEqual(['(1)', '(2)', '(3)', '(4)']);
    const ayatTexts = await page.evaluate(() => {
      const second = document.querySelectorAll('.editor-host:not(.is-hidden) section.pasal')[1]!;
      return [...second.querySelectorAll(':scope > .ayat')].map((a) => a.textContent ?? '');
    });
    expect(ayatTexts[1]).toBe('(2)Ayat sisipan.');
    expect(ayatTexts[2]).toBe('(3)Ayat kedua.');

    // A new Pasal after Pasal 1 shifts the later Pasal numbers.
    await cursorAtEndOf(page, 'Teks uji pertama.');
    await page.getByRole('button', { name: idText.toolbar.newPasal }).click();
    await page.keyboard.type('Pasal sisipan.');
    pasal = await printedPasal(page);
    expect(pasal.map((p) => p.label)).toEqual(pasal.map((_, i) => `Pasal ${i + 1}`));
    expect(pasal[1]!.text).toContain('Pasal sisipan.');
    expect(pasal[2]!.text).toContain('Ayat kedua.');
    expect(pasal[3]!.text).toContain('Ketentuan ketiga.');

    await waitSaved(page);
    await expect.poll(() => page.locator('.save-status').textContent()).toBe(idText.save.saved);
    await shot('03-drafting-edited');
  });

  it('lists the Pasal in the outline and jumps to one on click', async () => {
    const outline = page.locator('.outline-panel');
    await expect.poll(() => outline.locator('.outline-pasal .outline-label').allTextContents()).toEqual(
      (await printedPasal(page)).map((p) => p.label),
    );
    await outline.locator('.outline-pasal', { hasText: 'Pasal 4' }).getByRole('button').click();
    const inPasal = await page.evaluate(() => {
      const node = document.getSelection()?.anchorNode;
      const el = node instanceof Element ? node : node?.parentElement;
      return el?.closest('section.pasal')?.querySelector(':scope > .unit-num-pasal')?.textContent ?? null;
    });
    expect(inPasal).toBe('Pasal 4');
    await page.keyboard.type('Lompat ');
    expect((await printedPasal(page))[3]!.text).toContain('Lompat Ketentuan ketiga.');
    await waitSaved(page);
  });

  it('saves a version, keeps text and versions across a reload', async () => {
    await page.getByRole('button', { name: idText.toolbar.saveVersion }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: idText.saveVersion.submit }).click();
    await dialog.getByText(idText.saveVersion.labelRequired).waitFor();
    await dialog.locator('input[name="version-label"]').fill('Naskah uji');
    await dialog.locator('select[name="version-stage"]').selectOption('Hasil harmonisasi');
    await shot('04-save-version-dialog');
    await dialog.getByRole('button', { name: idText.saveVersion.submit }).click();
    await page.locator('.version-item', { hasText: 'Naskah uji' }).waitFor();
    expect(await page.locator('.version-item', { hasText: 'Naskah uji' }).textContent()).toContain('Hasil harmonisasi');

    await cursorAtEndOf(page, 'Teks uji pertama.');
    await page.keyboard.type(' Sesudah versi.');
    await waitSaved(page);

    await page.reload();
    await page.locator('.perda-doc').waitFor();
    expect((await printedPasal(page))[0]!.text).toContain('Teks uji pertama. Sesudah versi.');
    await page.locator('.version-item', { hasText: 'Naskah uji' }).waitFor();
    await shot('05-after-reload');
  });

  it('opens a version read-only and goes back', async () => {
    await page.locator('.version-item', { hasText: 'Naskah uji' }).getByRole('button', { name: idText.versions.open }).click();
    await page.locator('.version-banner').waitFor();
    expect(await page.locator('.version-banner').textContent()).toContain('Naskah uji');
    const ro = page.locator('.editor-host:not(.is-hidden) .perda-doc');
    expect(await ro.getAttribute('contenteditable')).toBe('false');
    expect(await ro.textContent()).toContain('Teks uji pertama.');
    expect(await ro.textContent()).not.toContain('Sesudah versi.');
    await shot('06-version-read-only');
    await page.getByRole('button', { name: idText.versions.back }).click();
    await page.locator('.version-banner').waitFor({ state: 'detached' });
    expect((await printedPasal(page))[0]!.text).toContain('Sesudah versi.');
  });

  it('restores a version as the draft after confirmation', async () => {
    await page.locator('.version-item', { hasText: 'Naskah uji' }).getByRole('button', { name: idText.versions.restore }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Naskah uji', { exact: false }).waitFor();
    await shot('07-restore-confirm');
    await dialog.getByRole('button', { name: idText.common.confirm }).click();
    await expect.poll(async () => (await printedPasal(page))[0]?.text ?? '').not.toContain('Sesudah versi.');
    expect((await printedPasal(page))[0]!.text).toContain('Teks uji pertama.');
    await expect.poll(() => page.locator('.version-item').count()).toBeGreaterThanOrEqual(2);
    await page.reload();
    await page.locator('.perda-doc').waitFor();
    expect((await printedPasal(page))[0]!.text).not.toContain('Sesudah versi.');
  });

  it('switches the interface to English and back', async () => {
    await page.getByRole('combobox', { name: idText.lang.label }).selectOption('en');
    await page.getByRole('button', { name: 'Save version' }).waitFor();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('id');
    await page.getByRole('button', { name: idText.toolbar.saveVersion }).waitFor();
  });

  it('shows an Indonesian message from the resources for a bad project path', async () => {
    await page.getByRole('button', { name: idText.toolbar.closeProject }).click();
    await page.getByRole('heading', { name: idText.start.openTitle }).waitFor();
    await page.locator('input[name="open-path"]').fill(path.join(preview.workDir, 'tidak-ada.rancang'));
    await page.getByRole('button', { name: idText.start.open, exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const messages = Object.values(idText.errors);
    expect(messages).toContain((await alert.locator('span').first().textContent())?.trim());
    await shot('08-start-error');
  });
});
