/**
 * End to end (Chromium against the preview server): two versions of the real Sulawesi Utara
 * 2/2018 amending instrument, one word edited in the ayat (3) that change item 2 quotes. Pasal I
 * shows part by part: each change item, then the units it quotes, the quoted "Pasal 3" centred
 * as printed; "Hanya perubahan" keeps the one quoted ayat that changed, named within its item.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { DocJson } from '../../src/api/contract';
import { parseText } from '../../src/parse';
import { strings } from '../../renderer/i18n/features/compare';
import { corpusDir } from '../helpers/paths';
import { chromiumMissing, screenshotDir } from './helpers/browser';
import { type Preview } from './helpers/preview';
import { useDraftSession } from './helpers/session';

const skip = chromiumMissing();
const s = strings.id;
const SOURCE = fs.readFileSync(path.join(corpusDir, 'perda-prov-sulut-2018-02-perubahan-rpjmd.txt'), 'utf8');
const EDITED = SOURCE.replace('sebagaimana tercantum dalam BAB VII Lampiran', 'sebagaimana tercantum dalam BAB VIII Lampiran');

describe.skipIf(skip)('comparison of two versions of an amending instrument', () => {
  let preview: Preview;
  let page: Page;

  useDraftSession(
    (x) => ({ preview, page } = x),
    () => {
      expect(EDITED).not.toBe(SOURCE);
      return {
        file: 'instrumen.rancang',
        title: 'Perubahan RPJMD',
        base: parseText(SOURCE).doc.toJSON() as DocJson,
        source: 'Perda Prov. Sulawesi Utara Nomor 2 Tahun 2018',
        draft: parseText(EDITED).doc.toJSON() as DocJson,
      };
    },
  );

  it('sets the quoted units as printed and, of the changes only, shows the one quoted ayat edited', async () => {
    await page.goto(preview.url);
    await page.locator('.perda-doc').waitFor();
    await page.getByRole('tab', { name: s.title }).click();
    await page.locator('.cmp-summary').waitFor();
    const pasalI = page.locator('.cmp-row.cmp-by-part').filter({ has: page.locator('td.cmp-new .cmp-label', { hasText: /^Pasal I$/ }) });
    await pasalI.waitFor();
    // The quoted Pasal 3's heading stands in a part row of its own, centred.
    const heading = page.locator('.cmp-part-row td.cmp-new .cmp-part-heading', { hasText: /^Pasal 3$/ });
    expect(await heading.count()).toBe(1);
    expect(await heading.evaluate((e) => getComputedStyle(e).textAlign)).toBe('center');
    const note = page.locator('.cmp-part-row .cmp-part-note', { hasText: /^angka 2, Pasal 3 ayat \(3\): diubah$/ });
    expect(await note.count()).toBe(1);
    await page.locator('select[data-field="filter"]').selectOption('changes');
    await page.locator('.cmp-part-row').first().waitFor();
    const shown = page.locator('.cmp-part-row');
    expect(await shown.count()).toBe(1);
    expect(await shown.locator('.cmp-part-note').textContent()).toBe('angka 2, Pasal 3 ayat (3): diubah');
    expect(await shown.locator('td.cmp-old .cmp-marker').textContent()).toBe('(3)');
    expect(await shown.locator('td.cmp-new ins').allTextContents()).toEqual(['VIII']);
    await page.screenshot({ path: path.join(screenshotDir(), 'compare-instrument.png') });
  });
});
