/**
 * The Penjelasan beside its Pasal, end to end: the drafter puts the cursor in a Pasal, opens the
 * Penjelasan tab, writes its explanation there (one paragraph per line) and sees it in the
 * draft's Penjelasan Pasal demi Pasal under that Pasal; moving to another Pasal shows its entry;
 * "Cukup jelas." puts the default back; the draft's undo ("Urungkan") undoes it like any edit.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { id as idText } from '../../renderer/i18n/id';
import { strings } from '../../renderer/i18n/features/penjelasan';
import { chromiumMissing, screenshotDir } from './helpers/browser';
import { cursorAtEndOf, waitSaved } from './helpers/drafting-page';
import { type Preview } from './helpers/preview';
import { createProjectFromStartScreen, useE2eSession } from './helpers/session';

const skip = chromiumMissing();
const s = strings.id as Record<string, string>;

describe.skipIf(skip)('the Penjelasan beside its Pasal', () => {
  let preview: Preview;
  let page: Page;
  useE2eSession((x) => ({ preview, page } = x));

  /** The printed entries of Penjelasan Pasal demi Pasal: heading and text. */
  const entries = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('.editor-host:not(.is-hidden) .penjelasan-pasal')].map((e) => ({
        heading: e.querySelector(':scope > .printed-heading')?.textContent ?? '',
        paras: [...e.querySelectorAll(':scope > p')].map((p) => p.textContent ?? ''),
      })),
    );

  it(
    'writes the explanation of the Pasal at the cursor into the draft',
    { timeout: 90_000 },
    async () => {
      await page.goto(preview.url);
      await createProjectFromStartScreen(page, preview, {
        title: 'Penjelasan Uji',
        mode: 'penggantian',
        file: 'penjelasan.rancang',
      });
      await cursorAtEndOf(page, 'Peraturan Daerah ini mulai berlaku');
      await page.getByRole('tab', { name: s.title }).click();
      const field = page.getByRole('textbox', { name: s.fieldLabel });
      const last = (await entries()).at(-1)!;
      await expect
        .poll(() => page.locator('.penjelasan-entry-title').textContent())
        .toBe(`Penjelasan ${last.heading}`);
      expect(await field.inputValue()).toBe('Cukup jelas.');

      await field.fill(
        'Yang dimaksud dengan "diundangkan" adalah dimuat dalam Lembaran Daerah Kota Batam.\nTanggal berlaku dapat ditunda.',
      );
      await expect
        .poll(async () => (await entries()).at(-1)!.paras)
        .toEqual([
          'Yang dimaksud dengan "diundangkan" adalah dimuat dalam Lembaran Daerah Kota Batam.',
          'Tanggal berlaku dapat ditunda.',
        ]);
      await page.screenshot({ path: path.join(screenshotDir(), 'penjelasan-panel.png') });

      // Another Pasal: its own entry; the first one keeps what was written.
      await cursorAtEndOf(page, 'Daerah adalah Kota Batam.');
      await expect.poll(() => field.inputValue()).toBe('Cukup jelas.');
      await page.getByRole('button', { name: s.cukupJelas }).click();
      expect((await entries()).at(-1)!.paras).toHaveLength(2);

      // Back in the last Pasal: "Cukup jelas." restores the default; the draft's undo undoes it.
      await cursorAtEndOf(page, 'Peraturan Daerah ini mulai berlaku');
      await expect.poll(() => field.inputValue()).toContain('Tanggal berlaku dapat ditunda.');
      await page.getByRole('button', { name: s.cukupJelas }).click();
      await expect.poll(async () => (await entries()).at(-1)!.paras).toEqual(['Cukup jelas.']);
      await page.getByRole('button', { name: idText.toolbar.undo }).click();
      await expect.poll(async () => (await entries()).at(-1)!.paras).toHaveLength(2);
      await waitSaved(page);
    },
  );
});
