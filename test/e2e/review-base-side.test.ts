/**
 * End to end (Chromium against the real preview server): comments on the old Perda from the
 * comparison table. The base is the Surabaya parking Perda (2018, from the corpus); the draft
 * deleted its Pasal 9. A DPRD member selects a phrase of the deleted Pasal 9 in the "Teks lama"
 * column and comments on it (with a Jenis for the DIM), and comments on the whole old Pasal 2 with
 * the row's button; the comments panel lists both as "(naskah lama)"; from the editor, a click on
 * the thread scrolls the comparison back to the row of the old Pasal 9.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { strings as commentStrings } from '../../renderer/i18n/features/comments';
import { strings as compareStrings } from '../../renderer/i18n/features/compare';
import { id as idText } from '../../renderer/i18n/id';
import type { ThreadList } from '../../src/api/contract';
import { baseDoc } from '../api/compare-fixture';
import { removeUnit, uidAt } from '../unit/review/fixtures';
import { chromiumMissing, screenshotDir } from './helpers/browser';
import { selectOldText } from './helpers/old-text';
import { type Preview } from './helpers/preview';
import { callCore, useE2eSession } from './helpers/session';

const skip = chromiumMissing();
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- feature strings are merged in at run time
const c = commentStrings.id as typeof commentStrings.id & Record<string, any>;
const cmp = compareStrings.id;
const OLD_PHRASE = 'penggantian kerugian kehilangan atau kerusakan kendaraan';
const BODY = 'Mengapa ketentuan ganti rugi kehilangan kendaraan dihapus? Mohon dipertahankan.';

describe.skipIf(skip)('comments on the old text from the comparison table', () => {
  let preview: Preview;
  let page: Page;
  const shot = (name: string) => page.screenshot({ path: path.join(screenshotDir(), name) });
  const call = <T = { revision: number }>(method: string, args: unknown) =>
    callCore<T>(preview, method, args);
  const deletedRow = '.cmp-row.cmp-kind-pasal[data-status="deleted"]';
  const cards = () => page.locator('.comments-panel .thread-card[data-side="base"]');

  useE2eSession(
    (s) => {
      ({ preview, page } = s);
      page.setDefaultTimeout(12_000);
    },
    async (p) => {
      preview = p;
      const base = baseDoc();
      await call('project.create', {
        path: path.join(preview.workDir, 'parkir.rancang'),
        title: 'Penyelenggaraan Perparkiran',
      });
      await call('base.set', { doc: base, source: 'Perda Kota Surabaya Nomor 3 Tahun 2018' });
      const draft = await call('draft.get', {});
      await call('draft.save', {
        doc: removeUnit(structuredClone(base), uidAt(base, 'Pasal 9')),
        revision: draft.revision,
      });
    },
  );

  it('a phrase selected in the old column of the deleted Pasal 9 gets a comment with its Jenis', async () => {
    await page.goto(preview.url);
    await page.locator('.perda-doc').waitFor();
    await page.getByRole('tab', { name: cmp.title }).click();
    await page.locator(deletedRow).waitFor();
    expect(await page.locator(deletedRow).count()).toBe(1);
    expect(await page.locator(`${deletedRow} td.cmp-old .cmp-label`).textContent()).toBe('Pasal 9');
    await page.locator(deletedRow).scrollIntoViewIfNeeded();
    await selectOldText(page, deletedRow, OLD_PHRASE);
    const bubble = page.locator('.cmp-old-bubble');
    await bubble.waitFor();
    expect(await bubble.textContent()).toBe(c.compareSelection);
    await bubble.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.locator('.composer-label').textContent()).toBe(
      `${c.composer.on} Pasal 9 (naskah lama)`,
    );
    expect(await dialog.locator('.thread-quote').textContent()).toBe(OLD_PHRASE);
    // A proposed wording belongs to the new text: not offered on the old text.
    expect(await dialog.getByLabel(c.composer.suggest).count()).toBe(0);
    await dialog.getByLabel(c.composer.body).fill(BODY);
    await dialog.getByLabel(c.composer.name).fill('H. Ahmad Fauzi');
    await dialog.getByLabel(c.composer.role).fill('Anggota DPRD');
    await dialog.getByLabel(c.composer.fraksi).fill('Fraksi Kebangkitan Bangsa');
    await dialog.getByLabel(c.composer.jenis).selectOption('substansi');
    await dialog.getByRole('button', { name: c.composer.submit }).click();
    await dialog.waitFor({ state: 'detached' });

    await cards().first().waitFor();
    expect(await cards().first().locator('.thread-where').textContent()).toBe(
      'Pasal 9 (naskah lama)',
    );
    expect(await cards().first().locator('.thread-quote').textContent()).toBe(OLD_PHRASE);
    expect(await cards().first().locator('.thread-jenis').textContent()).toBe('substansi');
    // The comparison row counts its comment.
    await page.locator(`${deletedRow} .cmp-old-threads`).waitFor();
    expect(await page.locator(`${deletedRow} .cmp-old-threads`).textContent()).toBe(
      c.compareThreadsShort.replace('{{count}}', '1'),
    );
    // Stored on the base side, with the phrase found in the old text.
    const list = await call<ThreadList>('thread.list', {});
    expect(
      list.threads.map((t) => [t.side, t.unitLabel, t.quote, t.jenis, t.comment.author.fraksi]),
    ).toEqual([
      ['base', 'Pasal 9 (naskah lama)', OLD_PHRASE, 'substansi', 'Fraksi Kebangkitan Bangsa'],
    ]);
    expect(list.threads[0]!.placement).toMatchObject({ state: 'anchored', text: OLD_PHRASE });
    // Not highlighted in the draft: the draft's Pasal 9 is another Pasal.
    expect(await page.locator('.comment-mark').count()).toBe(0);
    await shot('70-base-side-comment.png');
  });

  it('the row button comments on a whole old Pasal', async () => {
    const row = page
      .locator('.cmp-row', { has: page.locator('td.cmp-old .cmp-label', { hasText: /^Pasal 2$/ }) })
      .first();
    await row.locator('.cmp-comment-old').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.locator('.composer-label').textContent()).toBe(
      `${c.composer.on} Pasal 2 (naskah lama)`,
    );
    await dialog.getByLabel(c.composer.body).fill('Asas ini sebaiknya tetap.');
    await dialog.getByRole('button', { name: c.composer.submit }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('.comments-panel .thread-card[data-side="base"]').nth(1).waitFor();
    expect(await cards().locator('.thread-where').allTextContents()).toEqual([
      'Pasal 2 (naskah lama)',
      'Pasal 9 (naskah lama)',
    ]);
    expect(await cards().first().locator('.thread-whole').textContent()).toBe(
      c.wholeUnit.replace('{{label}}', 'Pasal 2 (naskah lama)'),
    );
  });

  it('from the editor, a click on the thread shows the comparison scrolled to the old Pasal 9', async () => {
    await page.getByRole('tab', { name: idText.panels.editor }).click();
    await page.locator('.editor-column:not([hidden])').waitFor();
    await cards().nth(1).locator('.thread-where').click();
    const current = page.locator('.cmp-row[aria-current="true"]');
    await current.waitFor();
    expect(await current.getAttribute('data-status')).toBe('deleted');
    expect(await current.locator('td.cmp-old .cmp-label').textContent()).toBe('Pasal 9');
    expect(await current.isVisible()).toBe(true);
    const inView = await current.evaluate((el) => {
      const box = el.closest('.cmp-scroll')!.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      return r.bottom > box.top && r.top < box.bottom;
    });
    expect(inView).toBe(true);
    expect(await cards().nth(1).getAttribute('aria-current')).toBe('true');
    await shot('71-base-side-reveal.png');
  });
});
