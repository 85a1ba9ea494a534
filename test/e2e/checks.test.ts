/**
 * End to end: the "Pemeriksaan" (drafting checks) panel. Create a project, write a Pasal with
 * "30 (dua puluh) hari" and a list whose last-but-one item lacks "; dan", open the panel, see
 * both findings with their citations, click one and see the editor jump to the span; correct it
 * and see the finding go; hide and show a rule.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { id as idText } from '../../renderer/i18n/id';
import { strings as checksText } from '../../renderer/i18n/features/checks';
import { chromiumMissing, screenshotDir } from './helpers/browser';
import { cursorAtEndOf, printedPasal, waitSaved } from './helpers/drafting-page';
import { type Preview } from './helpers/preview';
import { createProjectFromStartScreen, useE2eSession } from './helpers/session';

const skip = chromiumMissing();
const ct = checksText.id as { title: string; hideRule: string; show: string };

/** The Pasal label and the text selected in the editor. */
const selection = (page: Page) =>
  page.evaluate(() => {
    const sel = document.getSelection();
    const node = sel?.anchorNode;
    const el = node instanceof Element ? node : node?.parentElement;
    return {
      pasal: el?.closest('section.pasal')?.querySelector(':scope > .unit-num-pasal')?.textContent ?? null,
      text: sel?.toString() ?? '',
    };
  });

describe.skipIf(skip)('drafting checks panel', () => {
  let preview: Preview;
  let page: Page;
  const shot = (name: string) => page.screenshot({ path: path.join(screenshotDir(), `${name}.png`) });
  const finding = (rule: string) => page.locator(`.feature-panel[data-panel="checks"] .checks-finding[data-rule="${rule}"]`);

  useE2eSession((s) => ({ preview, page } = s));

  it('writes a wrong number and a badly punctuated list into a new project', async () => {
    await page.goto(preview.url);
    await createProjectFromStartScreen(page, preview, { title: 'Pencegahan Narkotika Uji Pemeriksaan', mode: 'penggantian', file: 'periksa.rancang' });

    const before = (await printedPasal(page)).length;
    await cursorAtEndOf(page, 'mulai berlaku pada tanggal diundangkan');
    await page.getByRole('button', { name: idText.toolbar.newPasal }).click();
    await page.keyboard.type('Kegiatan pencegahan meliputi:');
    await page.getByRole('button', { name: idText.toolbar.newItem }).click();
    await page.keyboard.type('sosialisasi;');
    await page.keyboard.press('Enter');
    await page.keyboard.type('penyuluhan;');
    await page.keyboard.press('Enter');
    await page.keyboard.type('pelatihan.');
    await page.getByRole('button', { name: idText.toolbar.newPasal }).click();
    await page.keyboard.type('Permohonan diproses paling lama 30 (dua puluh) hari kerja.');
    const pasal = await printedPasal(page);
    expect(pasal.length).toBe(before + 2);
    expect(pasal[before]!.text).toContain('penyuluhan;');
    expect(pasal[before + 1]!.text).toContain('30 (dua puluh) hari');
    await waitSaved(page);
  });

  it('opens the Pemeriksaan tab and shows both findings with counts and citations', async () => {
    await page.getByRole('tab', { name: ct.title }).click();
    const panel = page.locator('.feature-panel[data-panel="checks"]');
    await panel.waitFor();
    const number = finding('angka-huruf');
    const list = finding('tanda-baca-rincian');
    await expect.poll(() => number.count()).toBe(1);
    await expect.poll(() => list.count()).toBe(1);
    expect(await number.locator('.checks-where').textContent()).toBe('Pasal 5');
    expect(await number.locator('.checks-message').textContent()).toContain('"30 (dua puluh)"');
    expect(await number.locator('.checks-message').textContent()).toContain('"30 (tiga puluh)"');
    expect(await number.locator('.checks-cite').textContent()).toMatch(/drafting-rules\.md 1\.4\.4/);
    expect(await list.locator('.checks-where').textContent()).toBe('Pasal 4 huruf b');
    expect(await list.locator('.checks-message').textContent()).toContain('"; dan"');
    expect(await list.locator('.checks-cite').textContent()).toMatch(/drafting-rules\.md 1\.4\.3.*WS p\.113/);
    expect(Number(await panel.locator('.checks-count[data-severity="error"] strong').textContent())).toBeGreaterThanOrEqual(1);
    await shot('40-checks-panel');
  });

  it('jumps to the finding: the cursor lands in the unit with the span selected', async () => {
    await finding('tanda-baca-rincian').click();
    await expect.poll(async () => (await selection(page)).pasal).toBe('Pasal 4');
    await finding('angka-huruf').click();
    await expect.poll(() => selection(page)).toEqual({ pasal: 'Pasal 5', text: '30 (dua puluh)' });
    await shot('41-checks-jump');
  });

  it('recomputes after an edit: correcting the words removes the finding', async () => {
    await page.keyboard.type('30 (tiga puluh)');
    await expect.poll(() => finding('angka-huruf').count()).toBe(0);
    expect((await printedPasal(page))[4]!.text).toContain('30 (tiga puluh) hari');
    await expect.poll(() => finding('tanda-baca-rincian').count()).toBe(1);
  });

  it('hides a rule and shows it again', async () => {
    const group = page.locator('.checks-group[data-rule="tanda-baca-rincian"]');
    await group.getByRole('button', { name: ct.hideRule }).click();
    await expect.poll(() => finding('tanda-baca-rincian').count()).toBe(0);
    const hidden = page.locator('.checks-hidden');
    await hidden.locator('summary').click();
    await shot('42-checks-hidden');
    await hidden.getByRole('button', { name: ct.show }).click();
    await expect.poll(() => finding('tanda-baca-rincian').count()).toBe(1);
    await waitSaved(page);
  });
});
