/**
 * End to end: a project whose base is the real Perda Prov. Sulawesi Utara 3/2016 (RPJMD); its
 * real amending Perda 2/2018 is imported in the Impor tab. The review offers to apply it to the
 * base; the panel then lists the three change items as applied, and after "Buka draf" the
 * Perbandingan tab shows the Pasal the instrument changes (1, 3 and 4) and no other.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForJob } from '../../src/api/jobs';
import { strings as importStrings } from '../../renderer/i18n/features/import';
import { strings as compareStrings } from '../../renderer/i18n/features/compare';
import { corpusDir } from '../helpers/paths';
import { chromiumMissing, screenshotDir } from './helpers/browser';
import { type Preview } from './helpers/preview';
import { callCore, useE2eSession } from './helpers/session';

const skip = chromiumMissing();
const s = importStrings.id;
const c = compareStrings.id;
const BASE = path.join(corpusDir, 'perda-prov-sulut-2016-03-rpjmd-2016-2021.txt');
const INSTRUMENT = path.join(corpusDir, 'perda-prov-sulut-2018-02-perubahan-rpjmd.txt');

describe.skipIf(skip)('an amending instrument imported and applied to the base', () => {
  let preview: Preview;
  let page: Page;
  const shot = (name: string) => page.screenshot({ path: path.join(screenshotDir(), name) });

  useE2eSession(
    (x) => ({ preview, page } = x),
    async (p) => {
      preview = p;
      await callCore(p, 'project.create', { path: path.join(p.workDir, 'rpjmd.rancang'), title: 'RPJMD', mode: 'perubahan' });
      const { jobId } = await callCore<{ jobId: string }>(p, 'import.start', { path: BASE });
      await waitForJob(p.ctx, jobId);
      await callCore(p, 'import.commit', { jobId, as: 'base', draftFromBase: true });
    },
  );

  it('offers to apply it, lists the items applied, and the comparison shows the Pasal it changes', async () => {
    await page.goto(preview.url);
    await page.locator('.perda-doc').waitFor();
    await page.getByRole('tab', { name: s.title }).click();
    await page.getByLabel(s.choose).setInputFiles(INSTRUMENT);
    await page.locator('.import-review').waitFor({ timeout: 60_000 });
    expect(await page.locator('.import-instrument').textContent()).toBe(s.instrumentFound);
    await page.getByRole('button', { name: s.applyToBase }).click();
    const report = page.locator('.import-applied');
    await report.waitFor();
    expect(await report.locator('p').textContent()).toBe(s.appliedTitle.replace('{{applied}}', '3').replace('{{total}}', '3'));
    expect(await report.locator('li').allTextContents()).toEqual(['Butir 1: diterapkan (Pasal 1)', 'Butir 2: diterapkan (Pasal 3)', 'Butir 3: diterapkan (Pasal 4)']);
    await shot('import-7-instrument-applied.png');
    await page.getByRole('button', { name: s.openDraft }).click();
    await page.waitForLoadState('load');
    await page.locator('.perda-doc').waitFor();
    await page.getByRole('tab', { name: c.title }).click();
    await page.locator('.cmp-summary').waitFor();
    expect(await page.locator('.cmp-chip[data-status="changed"]').textContent()).toBe(`3 ${c.status.changed}`);
    await page.locator('select[data-field="filter"]').selectOption('changes');
    const changed = await page.locator('.cmp-row[data-status="changed"] td.cmp-old .cmp-label').allTextContents();
    expect(changed.map((x) => x.trim())).toEqual(['Pasal 1', 'Pasal 3', 'Pasal 4']);
    await shot('import-8-instrument-compare.png');
  }, 120_000);
});
