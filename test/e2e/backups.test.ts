/**
 * Backups from the app: make one from the Cadangan tab, restore it after a change, and see the
 * drafting screen come back with the restored text (the state before the restore is kept).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { id as idText } from '../../renderer/i18n/id';
import { strings } from '../../renderer/i18n/features/backups';
import { chromiumMissing } from './helpers/browser';
import { cursorAtEndOf, printedPasal, waitSaved } from './helpers/drafting-page';
import { type Preview } from './helpers/preview';
import { callCore, createProjectFromStartScreen, useE2eSession } from './helpers/session';

const skip = chromiumMissing();
const t = strings.id as { title: string; create: string; restore: string };

describe.skipIf(skip)('backups panel (Cadangan)', () => {
  let preview: Preview;
  let page: Page;
  useE2eSession((s) => ({ preview, page } = s));

  it('restores a backup made before a change; the change is kept in a pre-restore backup', async () => {
    await page.goto(preview.url);
    await createProjectFromStartScreen(page, preview, { title: 'Uji Cadangan', mode: 'penggantian', file: 'cadangan.rancang' });
    const original = (await printedPasal(page))[0]!.text;

    await page.locator('.panel-tab[data-tab="backups"]').click();
    await page.getByRole('button', { name: t.create }).click();
    await expect.poll(() => page.locator('[data-backup-id]').count()).toBe(1);

    await cursorAtEndOf(page, original.replace(/^Pasal 1/, '').trim().slice(0, 20));
    await page.keyboard.type(' Perubahan setelah cadangan.');
    await waitSaved(page);

    await page.locator('[data-backup-id]').first().getByRole('button', { name: t.restore }).click();
    await page.getByRole('button', { name: idText.common.confirm }).click();
    await page.waitForEvent('load');
    await page.locator('.perda-doc').waitFor();
    expect((await printedPasal(page))[0]!.text).not.toContain('Perubahan setelah cadangan.');

    const backups = await callCore<Array<{ kind: string }>>(preview, 'backup.list', {});
    expect(backups.map((b) => b.kind).sort()).toEqual(['manual', 'pre-restore']);
  });
});
