/**
 * End to end (Chromium against the real preview server): a scanned PDF in the import screen
 * (test/fixtures/parse/scan-surabaya-2018-hal-5-7.pdf, three pages without a text layer): the
 * progress says its pages are read by text recognition, page by page, and the review shows the
 * structure read and the warning that the text was recognised from images.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { strings } from '../../renderer/i18n/features/import';
import { fixturesDir } from '../helpers/paths';
import { chromiumMissing, screenshotDir } from './helpers/browser';
import { type Preview } from './helpers/preview';
import { callCore, useE2eSession } from './helpers/session';

const s = strings.id;
const SCAN = path.join(fixturesDir, 'parse', 'scan-surabaya-2018-hal-5-7.pdf');

describe.skipIf(chromiumMissing())('import screen (Impor): a scanned PDF', () => {
  let preview: Preview;
  let page: Page;

  useE2eSession(
    (x) => ({ preview, page } = x),
    async (p) => {
      preview = p;
      await callCore(p, 'project.create', { path: path.join(p.workDir, 'pindai.rancang'), title: 'Penyelenggaraan Perparkiran', mode: 'penggantian' });
    },
    120_000,
  );

  it('shows text recognition page by page, then the structure it read and a warning to check it', async () => {
    await page.goto(preview.url);
    await page.locator('.perda-doc').waitFor();
    await page.getByRole('tab', { name: s.title }).click();
    await page.getByLabel(s.choose).setInputFiles(SCAN);
    const stage = s.stage['mengenali teks hasil pindai (OCR)'];
    await page.waitForFunction(
      (label) => {
        const view = document.querySelector('.import-progress[data-stage="mengenali teks hasil pindai (OCR)"]');
        return !!view && (view.textContent ?? '').includes(label) && /Halaman \d dari 3/.test(view.querySelector('.import-pages')?.textContent ?? '');
      },
      stage,
      { timeout: 60_000, polling: 50 },
    );
    await page.screenshot({ path: path.join(screenshotDir(), 'import-scan-1-progress.png') });
    await page.locator('.import-review').waitFor({ timeout: 120_000 });
    const pasal = await page.locator('.outline-unit.unit-pasal').allTextContents();
    expect(pasal.map((t) => /^Pasal \d+/.exec(t)?.[0])).toEqual(['Pasal 2', 'Pasal 3', 'Pasal 4', 'Pasal 5', 'Pasal 6', 'Pasal 7', 'Pasal 8', 'Pasal 9', 'Pasal 10']);
    expect(await page.locator('.import-diagnostics .diag').filter({ hasText: /berupa gambar hasil pindai.*pengenal teks \(OCR\)/ }).count()).toBe(1);
    await page.screenshot({ path: path.join(screenshotDir(), 'import-scan-2-review.png') });
  }, 180_000);
});
