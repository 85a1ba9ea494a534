/**
 * End to end (Chromium against the real preview server): a project whose base is the real
 * Surabaya Perda and whose draft rewords one Pasal and inserts one (uids kept). The Perbandingan
 * tab shows the summary and the side-by-side table with "Diubah"/"Disisipkan" and word marks;
 * the only-changes filter, next change (button and Alt+↓), the redline, the three-way stage
 * column, and a click on a row that opens the Pasal in the editor.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { strings } from '../../renderer/i18n/features/compare';
import { ADDED_WORDS, INSERTED_TEXT, baseDoc, editedDraft } from '../api/compare-fixture';
import { chromiumMissing, screenshotDir } from './helpers/browser';
import { type Preview } from './helpers/preview';
import { callCore, useE2eSession } from './helpers/session';

const skip = chromiumMissing();
const s = strings.id;

describe.skipIf(skip)('comparison panel (Perbandingan)', () => {
  let preview: Preview;
  let page: Page;
  const shot = (name: string) => page.screenshot({ path: path.join(screenshotDir(), name) });
  const call = <T = { revision: number }>(method: string, args: unknown) => callCore<T>(preview, method, args);
  const currentRow = () => page.locator('.cmp-row[aria-current="true"]');

  useE2eSession(
    (s) => ({ preview, page } = s),
    async (p) => {
      preview = p;
      const base = baseDoc();
      await call('project.create', { path: path.join(preview.workDir, 'parkir.rancang'), title: 'Penyelenggaraan Perparkiran' });
      await call('base.set', { doc: base, source: 'Perda Kota Surabaya Nomor 3 Tahun 2018' });
      let draft = await call('draft.get', {});
      await call('draft.save', { doc: base, revision: draft.revision });
      await call('version.save', { label: 'Naskah awal' });
      draft = await call('draft.get', {});
      await call('draft.save', { doc: editedDraft(base).doc, revision: draft.revision });
    },
  );


  it('opens the Perbandingan tab: draft vs base with the summary and the table', async () => {
    await page.goto(preview.url);
    await page.locator('.perda-doc').waitFor();
    // With the cursor in a Pasal the editing buttons work; behind the Perbandingan tab they must
    // not, or they would change a draft the user cannot see.
    const deletePasalDisabled = (want: boolean) =>
      page.waitForFunction((w) => (document.querySelector('.toolbar button[data-action="deletePasal"]') as HTMLButtonElement | null)?.disabled === w, want, { timeout: 5000 });
    await page.locator('.perda-doc section.pasal p').first().click();
    await deletePasalDisabled(false);
    await page.getByRole('tab', { name: s.title }).click();
    await page.locator('.cmp-summary').waitFor();
    await deletePasalDisabled(true);
    expect(await page.locator('.cmp-chip[data-status="changed"]').textContent()).toBe(`1 ${s.status.changed}`);
    expect(await page.locator('.cmp-chip[data-status="inserted"]').textContent()).toBe(`1 ${s.status.inserted}`);
    const headers = await page.locator('.cmp-table thead th').allTextContents();
    expect(headers).toEqual(['No', `${s.col.old}${s.base}`, `${s.col.new}${s.draft}`, 'Keterangan']);
    const changed = page.locator('.cmp-row[data-status="changed"]');
    expect(await changed.count()).toBe(1);
    expect(await changed.locator('.cmp-ket .cmp-status').textContent()).toBe('Diubah');
    expect(await changed.locator('.cmp-ket .cmp-parts li').allTextContents()).toEqual(['ayat (1): diubah']);
    expect(await changed.locator('td.cmp-new ins.cmp-ins').allTextContents()).toEqual([ADDED_WORDS]);
    expect(await changed.locator('td.cmp-old ins, td.cmp-new del').count()).toBe(0);
    const inserted = page.locator('.cmp-row[data-status="inserted"]');
    expect(await inserted.locator('.cmp-ket .cmp-status').textContent()).toBe('Disisipkan');
    expect(await inserted.locator('td.cmp-new').textContent()).toBe(`Pasal 11${INSERTED_TEXT}`);
    expect(await inserted.locator('td.cmp-old').textContent()).toBe(s.absent);
    // Neither text has a Lampiran: every other section is there.
    expect(await page.locator('.cmp-section-row').allTextContents()).toEqual(Object.values(s.section).filter((label) => label !== s.section.lampiran));
    expect(await page.locator('.cmp-summary-total').textContent()).toBe('Pasal (42 baris):');
    await shot('30-compare-table-top.png');
    await page.getByRole('button', { name: s.next }).click();
    await shot('30-compare-table.png');
  });

  it('filters to changes only and steps through them with the button and Alt+↓', async () => {
    await page.locator('select[data-field="filter"]').selectOption('changes');
    expect(await page.locator('.cmp-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')))).toEqual(['changed', 'inserted']);
    await page.getByRole('button', { name: s.next }).click();
    expect(await currentRow().getAttribute('data-status')).toBe('changed');
    await page.keyboard.press('Alt+ArrowDown');
    expect(await currentRow().getAttribute('data-status')).toBe('inserted');
    expect(await page.locator('.cmp-position').textContent()).toBe('Perubahan 2 dari 2');
    await page.keyboard.press('Alt+ArrowUp');
    expect(await currentRow().getAttribute('data-status')).toBe('changed');
    await shot('31-compare-changes.png');
    await page.locator('select[data-field="filter"]').selectOption('all');
    await page.getByRole('button', { name: s.next }).click();
    expect(await currentRow().getAttribute('data-status')).toBe('changed');
    expect(await currentRow().isVisible()).toBe(true);
  });

  it('shows the redline with deletions and insertions inline', async () => {
    await page.getByRole('button', { name: s.viewRedline }).click();
    const row = page.locator('.cmp-redline-row[data-status="changed"]');
    expect(await row.locator('ins.cmp-ins').allTextContents()).toEqual([ADDED_WORDS]);
    expect(await page.locator('.cmp-redline-row[data-status="inserted"] ins.cmp-ins').textContent()).toBe(INSERTED_TEXT);
    // The current change stays current (and in view) when the view switches.
    expect(await currentRow().getAttribute('data-status')).toBe('changed');
    expect(await currentRow().evaluate((el) => el.tagName)).toBe('ARTICLE');
    await shot('32-compare-redline.png');
    await page.getByRole('button', { name: s.viewTable }).click();
  });

  it('three-way: base -> Naskah awal -> draft shows in which stage each change came', async () => {
    await page.getByLabel(s.modeThreeWay).check();
    await page.locator('.cmp-table.has-stage').waitFor();
    const stage = page.locator('.cmp-row[data-status="changed"] .cmp-stage');
    expect(await stage.textContent()).toBe(s.stage.aToDraft.replace('{{mid}}', 'Versi Naskah awal').replace('{{new}}', s.draft));
    await page.getByRole('button', { name: s.next }).click();
    await shot('33-compare-three-way.png');
    await page.getByLabel(s.modeDraftBase).check();
    await page.locator('.cmp-table:not(.has-stage)').waitFor();
  });

  it('a click on a row opens that Pasal in the editor', async () => {
    await page.locator('.cmp-row[data-status="inserted"]').click();
    await page.locator('.editor-column:not([hidden])').waitFor();
    const where = await page.evaluate(() => {
      const sel = window.getSelection();
      const el = sel?.anchorNode instanceof Element ? sel.anchorNode : sel?.anchorNode?.parentElement;
      const pasal = el?.closest('section.pasal');
      return { label: pasal?.querySelector(':scope > .unit-num-pasal')?.textContent ?? null, text: pasal?.textContent ?? '' };
    });
    expect(where.label).toBe('Pasal 11');
    expect(where.text).toContain(INSERTED_TEXT);
    await shot('34-compare-jump.png');
  });

  it('a click on a deleted row warns that the old unit was deleted', async () => {
    // A draft without its 20th Pasal.
    type J = { type: string; content?: J[] };
    const doc = structuredClone(editedDraft(baseDoc()).doc) as unknown as J;
    let seen = 0;
    const drop = (n: J): boolean => {
      const at = (n.content ?? []).findIndex((c) => c.type === 'pasal' && ++seen === 20);
      if (at >= 0) {
        n.content!.splice(at, 1);
        return true;
      }
      return (n.content ?? []).some((c) => c.type !== 'pasal' && drop(c));
    };
    expect(drop(doc)).toBe(true);
    const draft = await call('draft.get', {});
    await call('draft.save', { doc, revision: draft.revision });
    await page.goto(preview.url);
    await page.locator('.perda-doc').waitFor();
    await page.getByRole('tab', { name: s.title }).click();
    await page.locator('.cmp-row[data-status="deleted"]').first().click();
    const notice = page.locator('.notices .notice');
    await notice.waitFor();
    expect(await notice.getAttribute('class')).toContain('notice-warn');
    expect(await notice.textContent()).toContain('naskah lama dihapus');
  });
});
