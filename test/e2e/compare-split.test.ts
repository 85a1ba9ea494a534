/**
 * End to end: a draft that cuts Pasal 17 of the real Sulawesi Utara 4/2014 text in two (its ayat
 * (3) becomes a Pasal 18 of its own, every later Pasal renumbered). The table shows two "Dipecah"
 * rows, each old column holding only what its piece took: ayat (1)-(2) beside the new Pasal 17,
 * ayat (3) beside the new Pasal 18. A phrase chosen in the second row's old column ("Gubernur",
 * the only one there, the third in the whole old Pasal) is commented at that place.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { DocJson, ThreadList } from '../../src/api/contract';
import { parseText } from '../../src/parse';
import { strings as commentStrings } from '../../renderer/i18n/features/comments';
import { strings } from '../../renderer/i18n/features/compare';
import { pasalSplit, readCorpus } from '../unit/diff/corpus-edits';
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
