/**
 * End to end, on the real Sulawesi Utara 4/2014 text: the old column of the rows of a split and
 * of a merge.
 *
 * A draft that cuts Pasal 17 in two (its ayat
 * (3) becomes a Pasal 18 of its own, every later Pasal renumbered). The table shows two "Dipecah"
 * rows, each old column holding only what its piece took: ayat (1)-(2) beside the new Pasal 17,
 * ayat (3) beside the new Pasal 18. A phrase chosen in the second row's old column ("Gubernur",
 * the only one there, the third in the whole old Pasal) is commented at that place.
 *
 * A draft that joins Pasal 16 to Pasal 15: the "Digabung" row's old column quotes both, Pasal 16
 * under its heading line, struck; a phrase chosen in Pasal 16's lines is commented on Pasal 16.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { DocJson, ThreadList } from '../../src/api/contract';
import { parseText } from '../../src/parse';
import { strings as commentStrings } from '../../renderer/i18n/features/comments';
import { strings } from '../../renderer/i18n/features/compare';
import { pasalsMerged, pasalSplit, readCorpus } from '../unit/diff/corpus-edits';
import { chromiumMissing } from './helpers/browser';
import { selectOldText } from './helpers/old-text';
import { type Preview } from './helpers/preview';
import { callCore, projectWithDraft, useE2eSession } from './helpers/session';

const skip = chromiumMissing();
const s = strings.id;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- feature strings are merged in at run time
const c = commentStrings.id as typeof commentStrings.id & Record<string, any>;
const t = readCorpus('perda-prov-sulut-2014-04-minuman-beralkohol.txt');
const split = pasalSplit(t, t.heads.findIndex((h) => h.n === 17))!;
const docOf = (text: string) => parseText(text).doc.toJSON() as DocJson;
const splitRows = '.cmp-row.cmp-kind-pasal[data-status="split"]';

describe.skipIf(skip)('a split Pasal in the comparison table', () => {
  let preview: Preview;
  let page: Page;

  useE2eSession(
    (x) => ({ preview, page } = x),
    async (p) => {
      preview = p;
      await projectWithDraft(preview, { file: 'pecah.rancang', title: 'Minuman Beralkohol', base: docOf(t.text), source: 'Perda Provinsi Sulawesi Utara Nomor 4 Tahun 2014', draft: docOf(split.text) });
    },
  );

  it('shows beside each piece only what it took of the old Pasal', async () => {
    await page.goto(preview.url);
    await page.locator('.perda-doc').waitFor();
    await page.getByRole('tab', { name: s.title }).click();
    await page.locator(splitRows).nth(1).waitFor();
    expect(await page.locator(splitRows).count()).toBe(2);
    const [first, second] = [page.locator(splitRows).nth(0), page.locator(splitRows).nth(1)];
    expect(await second.locator('td.cmp-new .cmp-label').textContent()).toBe('Pasal 18');
    const firstOld = (await first.locator('td.cmp-old .cmp-text').textContent()) ?? '';
    const secondOld = (await second.locator('td.cmp-old .cmp-text').textContent()) ?? '';
    expect(firstOld).toContain('Untuk memperoleh rekomendasi');
    expect(firstOld).not.toContain('Tata cara pelaporan');
    expect(secondOld).toContain('Tata cara pelaporan');
    expect(secondOld).not.toContain('Untuk memperoleh rekomendasi');
    expect(await first.locator('del, ins').count()).toBe(0);
    expect(await second.locator('td.cmp-old del').allTextContents()).toEqual(['ayat (2)']);
  });

  it('comments a phrase of the second piece at its place in the whole old Pasal', async () => {
    const key = await page.locator(splitRows).nth(1).getAttribute('data-key');
    const second = `tr[data-key="${key}"]`;
    await page.locator(second).scrollIntoViewIfNeeded();
    await selectOldText(page, second, 'Gubernur');
    const bubble = page.locator('.cmp-old-bubble');
    await bubble.waitFor();
    await bubble.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByLabel(c.composer.body).fill('Peraturan Gubernur ini sudah ada?');
    await dialog.getByRole('button', { name: c.composer.submit }).click();
    await dialog.waitFor({ state: 'detached' });
    const list = await callCore<ThreadList>(preview, 'thread.list', {});
    expect(list.threads.map((x) => [x.side, x.anchor.quote?.exact])).toEqual([['base', 'Gubernur']]);
    expect(list.threads[0]!.anchor.quote?.prefix).toMatch(/dengan Peraturan $/);
  });
});

describe.skipIf(skip)('a merged Pasal in the comparison table', () => {
  let preview: Preview;
  let page: Page;
  const merged = pasalsMerged(t, t.heads.findIndex((h) => h.n === 15))!;
  const mergedRow = '.cmp-row.cmp-kind-pasal[data-status="merged"]';

  useE2eSession(
    (x) => ({ preview, page } = x),
    async (p) => {
      preview = p;
      await projectWithDraft(preview, { file: 'gabung.rancang', title: 'Minuman Beralkohol', base: docOf(t.text), source: 'Perda Provinsi Sulawesi Utara Nomor 4 Tahun 2014', draft: docOf(merged.text) });
    },
  );

  it('quotes both old Pasal, the later under its struck heading, and comments a phrase of it on it', async () => {
    await page.goto(preview.url);
    await page.locator('.perda-doc').waitFor();
    await page.getByRole('tab', { name: s.title }).click();
    await page.locator(mergedRow).waitFor();
    const old = page.locator(`${mergedRow} td.cmp-old .cmp-text`);
    expect(await old.textContent()).toContain('wajib memiliki SKPL-A.');
    expect(await old.textContent()).toContain('Distributor dan sub distributor minuman beralkohol golongan B dan C');
    expect(await page.locator(`${mergedRow} td.cmp-old del`).allTextContents()).toEqual(['Pasal 16']);
    await page.locator(mergedRow).scrollIntoViewIfNeeded();
    // The first "golongan B" of the cell is Pasal 15's: select the one in Pasal 16's lines.
    await page.evaluate((row) => {
      const cell = document.querySelector(`${row} td.cmp-old .cmp-text`)!;
      const line = [...cell.querySelectorAll('[data-line]')].find((l) => l.textContent?.includes('sub distributor'))!;
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.textContent?.indexOf('golongan B') ?? -1;
        if (i >= 0) return window.getSelection()!.setBaseAndExtent(n, i, n, i + 'golongan B'.length);
      }
      throw new Error('not found');
    }, mergedRow);
    await page.locator('.cmp-old-bubble').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.locator('.composer-label').textContent()).toBe(`${c.composer.on} Pasal 16 (naskah lama)`);
    await dialog.getByLabel(c.composer.body).fill('Golongan B dan C tetap memerlukan rekomendasi?');
    await dialog.getByRole('button', { name: c.composer.submit }).click();
    await dialog.waitFor({ state: 'detached' });
    const list = await callCore<ThreadList>(preview, 'thread.list', {});
    expect(list.threads.map((x) => [x.unitLabel, x.anchor.quote?.exact])).toEqual([['Pasal 16 (naskah lama)', 'golongan B']]);
    expect(list.threads[0]!.anchor.quote?.prefix).toMatch(/minuman beralkohol $/);
  });
});
