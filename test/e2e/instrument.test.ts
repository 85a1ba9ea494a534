/**
 * The instrument pane in Chromium while editing a Perda in perubahan mode: the items follow the
 * edits, in the Lampiran II formulas, and a click jumps to the unit.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { strings } from '../../renderer/i18n/features/instrument';
import { buildPerda, freezeAsBase } from '../../src/model/doc-builders';
import { chromiumMissing } from './helpers/browser';
import { cursorAtEndOf } from './helpers/drafting-page';
import { type Preview } from './helpers/preview';
import { callCore, useE2eSession } from './helpers/session';
import path from 'node:path';

const skip = chromiumMissing();
const t = strings.id as { title: string };

describe.skipIf(skip)('instrument pane (Instrumen)', () => {
  let preview: Preview;
  let page: Page;
  useE2eSession(
    (s) => ({ preview, page } = s),
    async (p) => {
      const base = freezeAsBase(
        buildPerda({
          mode: 'perubahan',
          babs: [{ title: 'KETENTUAN UMUM', pasal: ['Setiap orang wajib mencegah penyalahgunaan narkotika.', 'Pencegahan dilakukan bersama masyarakat.', 'Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.'] }],
        }),
      ).toJSON();
      await callCore(p, 'project.create', { path: path.join(p.workDir, 'ubah.rancang'), title: 'Pencegahan Narkotika', mode: 'perubahan' });
      await callCore(p, 'base.set', { doc: base });
      const d = await callCore<{ revision: number }>(p, 'draft.get', {});
      await callCore(p, 'draft.save', { doc: base, revision: d.revision });
    },
  );

  it('lists an item for each edit, in the Lampiran II formula, and jumps to the unit', async () => {
    await page.goto(preview.url);
    await page.locator('.perda-doc').waitFor();
    await page.locator('.panel-tab', { hasText: t.title }).click();
    await expect.poll(() => page.locator('.instrument-panel').textContent(), { timeout: 15_000 }).toContain('0 butir');

    await cursorAtEndOf(page, 'Pencegahan dilakukan bersama');
    await page.keyboard.type(' dan Pemerintah Daerah');
    // One change: the single-change sentence of Pasal I, which names the amended Perda.
    await expect
      .poll(() => page.locator('.instrument-items li').allTextContents(), { timeout: 15_000 })
      .toEqual([expect.stringMatching(/^Ketentuan Pasal 2 dalam Peraturan Daerah .* diubah sehingga berbunyi sebagai berikut:$/)]);

    await page.locator('.instrument-item').first().click();
    const inPasal = await page.evaluate(() => {
      const node = document.getSelection()?.anchorNode;
      const el = node instanceof Element ? node : node?.parentElement;
      return el?.closest('section.pasal')?.querySelector(':scope > .unit-num-pasal')?.textContent ?? null;
    });
    expect(inPasal).toBe('Pasal 2');
  });
});
