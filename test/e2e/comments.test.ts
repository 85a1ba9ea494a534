/**
 * End to end (Chromium against the real preview server), the reviewers' scenario on a real Perda
 * (Surabaya parking, 2018, 42 Pasal, from the corpus): a reviewer selects a phrase in Pasal 12 and
 * comments on it (Ctrl+Alt+M); the drafter inserts two Pasal before it and rewrites the sentence
 * around the phrase (the highlight follows live), saves a version and reloads: the thread is on the
 * same phrase, now in Pasal 14, and the outline counts it; then the drafter deletes the phrase and
 * the thread is listed as detached with its original quote — never lost.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { strings } from '../../renderer/i18n/features/comments';
import { id as idText } from '../../renderer/i18n/id';
import { baseDoc } from '../api/compare-fixture';
import { chromiumMissing, screenshotDir } from './helpers/browser';
import { waitSaved } from './helpers/drafting-page';
import { type Preview } from './helpers/preview';
import { callCore, useE2eSession } from './helpers/session';

const skip = chromiumMissing();
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- feature strings are merged in at run time
const s = strings.id as typeof strings.id & Record<string, any>;
const PHRASE = 'wajib dilengkapi dengan tempat parkir';
const BODY = 'Mohon diperjelas standar kebutuhan tempat parkir bangunan umum.';

/** Select `text` inside the batang tubuh paragraph of the visible editor that contains it (a DOM selection ProseMirror picks up). */
async function selectText(page: Page, text: string, collapseAt?: 'start' | 'end'): Promise<void> {
  await page.evaluate(
    ({ text, collapseAt }) => {
      const dom = document.querySelector('.editor-host:not(.is-hidden) .perda-doc') as HTMLElement;
      dom.focus();
      const walker = document.createTreeWalker(dom, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.textContent?.indexOf(text) ?? -1;
        if (i < 0 || !n.parentElement?.closest('section.pasal')) continue;
        const a = collapseAt === 'end' ? i + text.length : i;
        const b = collapseAt === 'start' ? i : i + text.length;
        window.getSelection()!.setBaseAndExtent(n, a, n, b);
        return;
      }
      throw new Error(`text not found: ${text}`);
    },
    { text, collapseAt },
  );
}

/** The label of the Pasal holding the (first) comment highlight. */
const markedPasal = (page: Page) =>
  page.locator('.editor-host:not(.is-hidden) .comment-mark').first().evaluate((el) => el.closest('section.pasal')?.querySelector(':scope > .unit-num-pasal')?.textContent ?? null);

describe.skipIf(skip)('comments on a phrase survive renumbering and rewording (Komentar)', () => {
  let preview: Preview;
  let page: Page;
  const shot = (name: string) => page.screenshot({ path: path.join(screenshotDir(), name) });
  const call = <T = { revision: number }>(method: string, args: unknown) => callCore<T>(preview, method, args);
  const card = () => page.locator('.comments-panel .thread-card').first();

  useE2eSession(
    (s) => {
      ({ preview, page } = s);
      page.setDefaultTimeout(12_000);
    },
    async (p) => {
      preview = p;
      await call('project.create', { path: path.join(preview.workDir, 'parkir.rancang'), title: 'Penyelenggaraan Perparkiran' });
      const draft = await call('draft.get', {});
      await call('draft.save', { doc: baseDoc(), revision: draft.revision });
    },
  );


  it('a reviewer comments on a phrase of Pasal 12 with Ctrl+Alt+M', async () => {
    await page.goto(preview.url);
    await page.locator('.perda-doc').waitFor();
    await page.getByRole('tab', { name: s.title }).click();
    await page.locator('.comments-panel').waitFor();
    await selectText(page, PHRASE);
    await page.locator('.comment-bubble').waitFor();
    await page.keyboard.press('Control+Alt+M');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.locator('.composer-label').textContent()).toBe(`${s.composer.on} Pasal 12 ayat (1)`);
    expect(await dialog.locator('.thread-quote').textContent()).toBe(PHRASE);
    await dialog.getByLabel(s.composer.body).fill(BODY);
    await dialog.getByLabel(s.composer.name).fill('Hj. Siti Rahma');
    await dialog.getByLabel(s.composer.role).fill('Anggota DPRD');
    await dialog.getByLabel(s.composer.fraksi).fill('Fraksi Persatuan Pembangunan');
    await dialog.getByLabel(s.composer.suggest).check();
    await dialog.getByLabel(s.composer.suggestion).fill('wajib menyediakan tempat parkir');
    await dialog.getByRole('button', { name: s.composer.submit }).click();
    await dialog.waitFor({ state: 'detached' });
    await card().waitFor();
    expect(await card().locator('.thread-where').textContent()).toBe('Pasal 12 ayat (1)');
    expect(await card().locator('.thread-quote').textContent()).toBe(PHRASE);
    expect(await card().locator('.comment-body').first().textContent()).toBe(BODY);
    expect(await card().locator('.comment-who').first().textContent()).toContain('Fraksi Persatuan Pembangunan');
    expect((await card().locator('.suggestion-redline del').allTextContents()).join('').trim()).toBe('dilengkapi dengan');
    expect((await card().locator('.suggestion-redline ins').allTextContents()).join('').trim()).toBe('menyediakan');
    await page.locator('.editor-host:not(.is-hidden) .comment-mark').first().waitFor();
    expect(await page.locator('.editor-host:not(.is-hidden) .comment-mark').allTextContents()).toEqual([PHRASE]);
    expect(await page.locator('.outline-pasal', { hasText: 'Pasal 12' }).locator('.outline-comments').textContent()).toBe('1');
    await shot('60-comments-added.png');
  });

  it('the drafter inserts two Pasal before it and rewrites the sentence; the highlight follows live', async () => {
    expect(await markedPasal(page)).toBe('Pasal 12');
    // Go to the Pasal before it and insert two Pasal after that one.
    await page.locator('.outline-pasal', { hasText: 'Pasal 11' }).getByRole('button').click();
    await page.getByRole('button', { name: idText.toolbar.newPasal }).click();
    await page.keyboard.type('Pemerintah Daerah menetapkan lokasi parkir di dalam gedung.');
    await page.getByRole('button', { name: idText.toolbar.newPasal }).click();
    await page.keyboard.type('Lokasi parkir sebagaimana dimaksud dalam Pasal 12 diumumkan kepada masyarakat.');
    expect(await markedPasal(page)).toBe('Pasal 14');
    await selectText(page, PHRASE, 'start');
    await page.keyboard.type('pada setiap lantai ');
    await selectText(page, PHRASE, 'end');
    await page.keyboard.type(' yang memadai');
    expect(await page.locator('.editor-host:not(.is-hidden) .comment-mark').allTextContents()).toEqual([PHRASE]);
    await page.getByRole('button', { name: idText.toolbar.saveVersion }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(idText.saveVersion.label).fill('Pembahasan Pansus 1');
    await dialog.getByRole('button', { name: idText.saveVersion.submit }).click();
    await dialog.waitFor({ state: 'detached' });
    await waitSaved(page);
  });

  it('after a reload the thread sits on the same phrase, now in Pasal 14', async () => {
    await page.reload();
    await page.locator('.perda-doc').waitFor();
    await page.getByRole('tab', { name: s.title }).click();
    await card().waitFor();
    expect(await card().locator('.thread-where').textContent()).toBe('Pasal 14 ayat (1)');
    expect(await card().locator('.thread-quote').textContent()).toBe(PHRASE);
    await page.locator('.editor-host:not(.is-hidden) .comment-mark').first().waitFor();
    expect(await page.locator('.editor-host:not(.is-hidden) .comment-mark').allTextContents()).toEqual([PHRASE]);
    expect(await markedPasal(page)).toBe('Pasal 14');
    const sentence = await page.locator('.editor-host:not(.is-hidden) p', { hasText: PHRASE }).first().textContent();
    expect(sentence).toContain(`pada setiap lantai ${PHRASE} yang memadai`);
    expect(await page.locator('.outline-pasal', { hasText: 'Pasal 14' }).locator('.outline-comments').textContent()).toBe('1');
    await card().locator('.thread-where').click();
    // The editor selects the phrase once it has scrolled to it: wait for it (read at once, a slow machine saw nothing yet).
    await page.waitForFunction((phrase) => window.getSelection()?.toString() === phrase, PHRASE, { timeout: 5000 }).catch(() => undefined);
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(PHRASE);
    expect(await card().getAttribute('aria-current')).toBe('true');
    await shot('61-comments-after-reload.png');
  });

  it('when the drafter deletes the phrase the thread is detached, not lost', async () => {
    await selectText(page, PHRASE);
    await page.keyboard.press('Backspace');
    await waitSaved(page);
    await page.getByRole('button', { name: s.refresh }).click();
    const detached = page.locator('.comments-detached .thread-card');
    await detached.waitFor();
    expect(await detached.count()).toBe(1);
    expect(await detached.locator('.thread-quote').textContent()).toBe(PHRASE);
    expect(await detached.locator('.thread-where').textContent()).toBe(s.detached.original.replace('{{label}}', 'Pasal 12 ayat (1)'));
    expect(await page.locator('.comments-panel > .thread-list > .thread-card').count()).toBe(0);
    expect(await page.locator('.editor-host:not(.is-hidden) .comment-mark').count()).toBe(0);
    await shot('62-comments-detached.png');
  });
});
