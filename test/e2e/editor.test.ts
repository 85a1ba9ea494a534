/**
 * The structured drafting editor end to end (real browser preview, real core): build a small
 * Perda from the skeleton (three BAB, a Bagian, eight Pasal with ayat and two list levels, live
 * references typed and picked), insert a Pasal in the middle and see every later number, every
 * reference and the Penjelasan follow; move, find and replace, the status bar, the page view, the
 * count of changes since the last version; then perubahan mode on an imported base text (a real
 * Perda from the corpus): an inserted Pasal becomes 7A and a deleted one stays as "Dihapus.".
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { id as idText } from '../../renderer/i18n/id';
import { strings } from '../../renderer/i18n/features/editor';
import { call } from '../../src/api/dispatch';
import { parseText } from '../../src/parse/parse-text';
import type { DocJson } from '../../src/api/contract';
import { chromiumMissing, screenshotDir } from './helpers/browser';
import { cursorAtEndOf, printedPasal, waitSaved } from './helpers/drafting-page';
import { repoRoot } from './helpers/paths';
import { type Preview } from './helpers/preview';
import { createProjectFromStartScreen, useE2eSession } from './helpers/session';

const skip = chromiumMissing();
const ed = strings.id as { status: Record<string, string> };

describe.skipIf(skip)('the structured drafting editor', () => {
  let preview: Preview;
  let page: Page;
  const shots = screenshotDir();
  const shot = (name: string) => page.screenshot({ path: path.join(shots, `${name}.png`) });
  const action = (id: string) => page.locator(`.toolbar button[data-action="${id}"]`).click();
  const type = (text: string) => page.keyboard.type(text);
  const labels = async () => (await printedPasal(page)).map((p) => p.label);
  const refs = () => page.locator('.editor-host:not(.is-hidden) .perda-doc .batang-tubuh .ref').allTextContents();
  const entries = () => page.locator('.editor-host:not(.is-hidden) .penjelasan-pasal > .printed-heading').allTextContents();
  const address = () => page.locator('[data-testid="unit-address"]').textContent();

  useE2eSession((s) => ({ preview, page } = s));

  it('builds a small Perda from the skeleton with ayat, two list levels and live references', { timeout: 90_000 }, async () => {
    await page.goto(preview.url);
    await createProjectFromStartScreen(page, preview, { title: 'Perizinan Usaha Uji', mode: 'penggantian', file: 'editor.rancang' });
    expect(await labels()).toEqual(['Pasal 1', 'Pasal 2', 'Pasal 3']);

    // BAB II and its Bagian get titles.
    await page.locator('.perda-doc section.bab').nth(1).locator(':scope > .unit-title').click();
    await action('title');
    await type('PERIZINAN');
    await page.locator('.perda-doc section.bagian > .unit-title').first().click();
    await action('title');
    await type('Jenis Izin');

    // Pasal 2 ayat (1), then Pasal 3..7 in the Bagian.
    await page.locator('.perda-doc section.bagian section.pasal .ayat p').first().click();
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    await type('Setiap usaha wajib memiliki izin.');
    await page.keyboard.press('Control+Enter');
    await type('Izin diberikan oleh Wali Kota.');
    await page.getByRole('button', { name: idText.toolbar.newAyat }).click();
    await type('Izin berlaku 5 (lima) tahun.');

    await page.keyboard.press('Control+Enter');
    await type('Izin meliputi:');
    await page.getByRole('button', { name: idText.toolbar.newItem }).click();
    await type('izin usaha;');
    await page.keyboard.press('Enter');
    await type('izin lokasi:');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await type('lokasi darat; dan');
    await page.keyboard.press('Enter');
    await type('lokasi laut; dan');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+Tab');
    await type('izin lingkungan.');

    await page.keyboard.press('Control+Enter');
    await type('Pemegang izin wajib melapor.');
    await page.getByRole('button', { name: idText.toolbar.newAyat }).click();
    await type('Laporan sebagaimana dimaksud pada ayat (1');
    await page.locator('.ref-suggest').waitFor();
    await page.keyboard.press('Tab');
    await type(' disampaikan setiap tahun.');

    await page.keyboard.press('Control+Enter');
    await type('Setiap orang yang melanggar ketentuan');
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog').locator('input[name="address"]').fill('Pasal 3 ayat (2)');
    await page.getByRole('dialog').locator('input[name="address"]').press('Enter');
    await type(' dikenai sanksi administratif.');

    await page.keyboard.press('Control+Enter');
    await type('Ketentuan lebih lanjut mengenai izin');
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog').locator('input[name="address"]').fill('Pasal 3 sampai dengan Pasal 5');
    await page.getByRole('dialog').getByRole('button', { name: 'Sisipkan' }).click();
    await type(' diatur dengan Peraturan Wali Kota.');

    expect(await labels()).toEqual(['Pasal 1', 'Pasal 2', 'Pasal 3', 'Pasal 4', 'Pasal 5', 'Pasal 6', 'Pasal 7', 'Pasal 8']);
    const pasal = await printedPasal(page);
    expect(pasal[2]!.ayat).toEqual(['(1)', '(2)']);
    expect(pasal[3]!.text).toContain('a.izin usaha;b.izin lokasi:1.lokasi darat; dan2.lokasi laut; danc.izin lingkungan.');
    expect(pasal[4]!.text).toContain('Laporan sebagaimana dimaksud pada ayat (1) disampaikan setiap tahun.');
    expect(pasal[5]!.text).toContain('melanggar ketentuan sebagaimana dimaksud dalam Pasal 3 ayat (2) dikenai sanksi');
    expect(pasal[6]!.text).toContain('mengenai izin sebagaimana dimaksud dalam Pasal 3 sampai dengan Pasal 5 diatur');
    expect(await page.locator('.perda-doc section.bab').nth(1).textContent()).toContain('BAB IIPERIZINANBagian KesatuJenis Izin');
    expect(await entries()).toEqual(['Pasal 1', 'Pasal 2', 'Pasal 3', 'Pasal 4', 'Pasal 5', 'Pasal 6', 'Pasal 7', 'Pasal 8']);
    await waitSaved(page);
    await shot('40-editor-built');
  });

  it('inserting a Pasal in the middle renumbers later Pasal, references and Penjelasan', { timeout: 90_000 }, async () => {
    await cursorAtEndOf(page, 'Setiap usaha wajib memiliki izin.');
    await page.getByRole('button', { name: idText.toolbar.newPasal }).click();
    await type('Jenis usaha ditetapkan oleh Wali Kota.');
    expect(await labels()).toEqual(['Pasal 1', 'Pasal 2', 'Pasal 3', 'Pasal 4', 'Pasal 5', 'Pasal 6', 'Pasal 7', 'Pasal 8', 'Pasal 9']);
    expect((await printedPasal(page))[2]!.text).toContain('Jenis usaha ditetapkan');
    expect(await refs()).toEqual(expect.arrayContaining(['ayat (1)', 'Pasal 4 ayat (2)', 'Pasal 4 sampai dengan Pasal 6']));
    expect(await entries()).toEqual(['Pasal 1', 'Pasal 2', 'Pasal 3', 'Pasal 4', 'Pasal 5', 'Pasal 6', 'Pasal 7', 'Pasal 8', 'Pasal 9']);
    const entryTexts = await page.locator('.editor-host:not(.is-hidden) .penjelasan-pasal').nth(2).textContent();
    expect(entryTexts).toContain('Cukup jelas.');
    await page.locator('.perda-doc section.pasal', { hasText: 'Jenis usaha ditetapkan' }).scrollIntoViewIfNeeded();
    await shot('41-editor-inserted-middle');

    // The status bar names the unit at the cursor.
    await cursorAtEndOf(page, 'lokasi darat; dan');
    await expect.poll(address).toBe('BAB II > Bagian Kesatu > Pasal 5 huruf b angka 1');

    // Move the new Pasal down: numbers and references follow; undo puts it back.
    await cursorAtEndOf(page, 'Jenis usaha ditetapkan');
    await page.keyboard.press('Alt+ArrowDown');
    expect((await printedPasal(page))[3]!.text).toContain('Jenis usaha ditetapkan');
    expect(await refs()).toEqual(expect.arrayContaining(['Pasal 3 ayat (2)']));
    await page.keyboard.press('Control+z');
    expect((await printedPasal(page))[2]!.text).toContain('Jenis usaha ditetapkan');
    expect(await refs()).toEqual(expect.arrayContaining(['Pasal 4 ayat (2)']));
  });

  it('finds and replaces whole words with case, only where asked', { timeout: 90_000 }, async () => {
    await page.keyboard.press('Control+f');
    const bar = page.getByRole('search');
    await bar.locator('input[name="find"]').fill('Izin');
    await bar.locator('input[name="caseSensitive"]').check();
    await bar.locator('input[name="wholeWord"]').check();
    await expect.poll(() => bar.locator('.find-count').textContent()).toBe('4 ditemukan');
    await bar.locator('input[name="replace"]').fill('Perizinan');
    await shot('42-editor-find');
    await bar.getByRole('button', { name: 'Ganti semua' }).click();
    const all = (await printedPasal(page)).map((p) => p.text).join(' ');
    expect(all).toContain('Perizinan diberikan oleh Wali Kota.');
    expect(all).toContain('Perizinan berlaku 5 (lima) tahun.');
    expect(all).toContain('Pemegang izin wajib');
    expect(await page.locator('.perda-doc section.bagian > .unit-title').first().textContent()).toBe('Jenis Perizinan');
    await bar.getByRole('button', { name: 'Tutup' }).click();
  });

  it('shows the page view and counts the changes since the last version', { timeout: 90_000 }, async () => {
    await page.locator('input[name="page-view"]').check();
    await page.locator('.perda-doc section.bab').first().scrollIntoViewIfNeeded();
    const width = await page.locator('.paper').evaluate((e) => e.getBoundingClientRect().width);
    expect(Math.round(width)).toBe(Math.round((215 / 25.4) * 96));
    await shot('43-editor-page-view');
    await page.locator('input[name="page-view"]').uncheck();

    await page.getByRole('button', { name: idText.toolbar.saveVersion }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[name="version-label"]').fill('Draf editor');
    await dialog.getByRole('button', { name: idText.saveVersion.submit }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('[data-testid="since-version"]').textContent(), { timeout: 10_000 }).toBe(ed.status.sinceSame);

    await cursorAtEndOf(page, 'Jenis usaha ditetapkan');
    await action('deletePasal');
    expect(await labels()).toHaveLength(8);
    expect(await refs()).toEqual(expect.arrayContaining(['Pasal 3 ayat (2)', 'Pasal 3 sampai dengan Pasal 5']));
    await expect.poll(() => page.locator('[data-testid="since-version"]').textContent(), { timeout: 10_000 }).toBe(
      'Sejak versi terakhir: 0 diubah, 0 disisipkan, 1 dihapus',
    );
    await shot('44-editor-since-version');
  });

  it('perubahan mode on an imported base: an inserted Pasal is 7A, a deleted one stays as "Dihapus."', { timeout: 90_000 }, async () => {
    const text = fs.readFileSync(path.resolve(repoRoot, '../shared/corpus/perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt'), 'utf8');
    const { doc } = parseText(text);
    await waitSaved(page);
    await call(preview.ctx, 'draft.save', { doc: doc.toJSON() as DocJson });
    await page.reload();
    await page.locator('.perda-doc').waitFor();
    const before = await labels();
    expect(before.slice(0, 10)).toEqual(['Pasal 1', 'Pasal 2', 'Pasal 3', 'Pasal 4', 'Pasal 5', 'Pasal 6', 'Pasal 7', 'Pasal 8', 'Pasal 9', 'Pasal 10']);

    await page.locator('select[name="doc-mode"]').selectOption('perubahan');
    await expect.poll(() => page.locator('.mode-badge').textContent()).toBe(idText.mode.perubahan);
    expect(await labels()).toEqual(before);

    const pasal7 = page.locator('.perda-doc section.pasal', { has: page.locator(':scope > .unit-num-pasal', { hasText: /^Pasal 7$/ }) });
    await pasal7.locator('p').last().click();
    await page.keyboard.press('End');
    await page.getByRole('button', { name: idText.toolbar.newPasal }).click();
    await type('Ketentuan parkir khusus kendaraan listrik diatur dengan Peraturan Wali Kota.');

    const pasal9 = page.locator('.perda-doc section.pasal', { has: page.locator(':scope > .unit-num-pasal', { hasText: /^Pasal 9$/ }) });
    await pasal9.locator('p').first().click();
    await action('deletePasal');

    const after = await labels();
    expect(after.slice(0, 12)).toEqual(['Pasal 1', 'Pasal 2', 'Pasal 3', 'Pasal 4', 'Pasal 5', 'Pasal 6', 'Pasal 7', 'Pasal 7A', 'Pasal 8', 'Pasal 9 Dihapus.', 'Pasal 10', 'Pasal 11']);
    expect(after).toHaveLength(before.length + 1);
    expect(await entries()).toEqual(expect.arrayContaining(['Pasal 7A']));
    await page.locator('.perda-doc section.pasal', { hasText: 'kendaraan listrik' }).scrollIntoViewIfNeeded();
    await shot('45-editor-perubahan');
    await waitSaved(page);
    const saved = await call(preview.ctx, 'draft.get', {});
    expect((saved.doc as { attrs?: { mode?: string } }).attrs?.mode).toBe('perubahan');
    expect((await call(preview.ctx, 'settings.get', {})).mode).toBe('perubahan');
  });
});
