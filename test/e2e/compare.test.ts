/**
 * End to end (Chromium against the real preview server): a project whose base is the real
 * Surabaya Perda and whose draft rewords one Pasal and inserts one (uids kept). The Perbandingan
 * tab shows the summary (whose counts add up to the changes the navigation steps through) and
 * the side-by-side table with "Diubah"/"Disisipkan" and word marks; the controls at 1280 px; a
 * "Komentari" per column, each named for its text; a Pasal set as printed (markers hung, items a step in); the only-changes filter, next change (button
 * and F8, a key no editor binding uses), the redline, the three-way stage column, a click on a
 * row that opens the Pasal in the editor, and the way back to the table where it was; the outline
 * and the side panels hidden for the table's sake (kept after a reload, the side panels back for a
 * new comment).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseKeymap } from 'prosemirror-commands';
import { STRUCTURE_ACTIONS } from '../../renderer/editor/structure-actions';
import { strings as commentStrings } from '../../renderer/i18n/features/comments';
import { id as idText } from '../../renderer/i18n/id';
import { strings } from '../../renderer/i18n/features/compare';
import { changeStepOf, NEXT_CHANGE_KEY, PREV_CHANGE_KEY } from '../../renderer/panels/compare/nav-keys';
import { ADDED_WORDS, INSERTED_TEXT, baseDoc, editedDraft } from '../api/compare-fixture';
import { chromiumMissing, screenshotDir } from './helpers/browser';
import { type Preview } from './helpers/preview';
import { callCore, useE2eSession } from './helpers/session';

const skip = chromiumMissing();
const s = strings.id;
const c = commentStrings.id as Record<string, string>;
const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k]));

/** A ProseMirror key name ("Mod-Shift-Enter") as the key press it stands for. */
function pressOf(name: string) {
  const parts = name.split(/-(?!$)/);
  const key = parts.pop() as string;
  const has = (m: string) => parts.includes(m);
  return { key, altKey: has('Alt'), ctrlKey: has('Mod') || has('Ctrl'), metaKey: has('Meta') || has('Cmd'), shiftKey: has('Shift') };
}

describe('the change navigation keys', () => {
  it('step with F8 / Shift+F8 and share no key with the editor', () => {
    expect([NEXT_CHANGE_KEY, PREV_CHANGE_KEY]).toEqual(['F8', 'Shift+F8']);
    expect(changeStepOf(pressOf('F8'))).toBe(1);
    expect(changeStepOf(pressOf('Shift-F8'))).toBe(-1);
    // Every editor binding: the structure commands (the toolbar shows the same keys), the
    // keymap's own keys (keymap.ts) and prosemirror's base keymap.
    const editorKeys = [...STRUCTURE_ACTIONS.map((a) => a.key), 'Enter', 'Tab', 'Shift-Tab', 'Mod-z', 'Mod-y', 'Mod-Shift-z', ...Object.keys(baseKeymap)];
    expect(editorKeys).toContain('Alt-ArrowDown');
    for (const k of editorKeys) if (k) expect([k, changeStepOf(pressOf(k))]).toEqual([k, 0]);
  });
});

describe.skipIf(skip)('comparison panel (Perbandingan)', () => {
  let preview: Preview;
  let page: Page;
  const shot = (name: string) => page.screenshot({ path: path.join(screenshotDir(), name) });
  const call = <T = { revision: number }>(method: string, args: unknown) => callCore<T>(preview, method, args);
  const currentRow = () => page.locator('.cmp-row[aria-current="true"]');
  // The table's scroll position when a row click opened the editor.
  let left = 0;

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
    // Nor are they shown: the comparison gets their room.
    await page.locator('.toolbar').waitFor({ state: 'hidden' });
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
    expect(await inserted.locator('td.cmp-new .cmp-label').textContent()).toBe('Pasal 11');
    expect(await inserted.locator('td.cmp-new .cmp-text').textContent()).toBe(INSERTED_TEXT);
    expect(await inserted.locator('td.cmp-old').textContent()).toBe(s.absent);
    // Neither text has a Lampiran: every other section is there.
    expect(await page.locator('.cmp-section-row').allTextContents()).toEqual(Object.values(s.section).filter((label) => label !== s.section.lampiran));
    await shot('30-compare-table-top.png');
    await page.getByRole('button', { name: s.next }).click();
    await shot('30-compare-table.png');
  });

  it('sets a Pasal as printed: ayat markers hung at the left, items a step in with their markers hung', async () => {
    const g = await page.evaluate(() => {
      // The first item of an ayat in the new column, and the ayat it stands in.
      const item = document.querySelector('.cmp-table td.cmp-new .cmp-line.cmp-hang[style*="--cmp-indent"]') as HTMLElement;
      const lines = [...(item.parentElement as HTMLElement).children] as HTMLElement[];
      const ayat = lines.slice(0, lines.indexOf(item)).reverse().find((l) => !l.getAttribute('style')) as HTMLElement;
      const hung = (l: HTMLElement) => (l.querySelector('.cmp-hung') as HTMLElement).getBoundingClientRect();
      // Where the words after the hung marker start.
      const textStart = (l: HTMLElement) => {
        const walker = document.createTreeWalker(l, NodeFilter.SHOW_TEXT);
        let t = walker.nextNode();
        while (t && (t.parentElement?.closest('.cmp-hung') || (t.textContent ?? '').trim() === '')) t = walker.nextNode();
        const r = document.createRange();
        r.setStart(t as Text, 0);
        r.setEnd(t as Text, 1);
        return r.getBoundingClientRect().left;
      };
      // One step, as the stylesheet sets it.
      const probe = document.createElement('span');
      probe.style.cssText = 'display: block; width: var(--cmp-step)';
      item.appendChild(probe);
      const step = probe.getBoundingClientRect().width;
      probe.remove();
      return { step, ayat: hung(ayat), item: hung(item), ayatText: textStart(ayat), marker: ayat.querySelector('.cmp-hung')?.textContent, itemMarker: item.querySelector('.cmp-hung')?.textContent };
    });
    expect(g.marker).toMatch(/^\(\d+\) $/);
    expect(g.itemMarker).toMatch(/^[a-z]\. $/);
    // The item's marker stands one step in, where the ayat's words start.
    expect(g.step).toBeGreaterThan(20);
    expect(g.item.left - g.ayat.left).toBeCloseTo(g.step, 0);
    expect(g.ayat.width).toBeCloseTo(g.step, 0);
    expect(g.ayatText).toBeCloseTo(g.item.left, 0);
  });

  it('counts the changes so that they add up: Pasal and rows outside the Pasal make the total the navigation steps through', async () => {
    await page.locator('select[data-field="filter"]').selectOption('all');
    const statuses = await page.locator('.cmp-row').evaluateAll((rows) => rows.map((r) => [r.classList.contains('cmp-kind-pasal'), r.getAttribute('data-status')]));
    const changes = statuses.filter(([, st]) => st !== 'unchanged' && st !== 'renumbered');
    const pasal = changes.filter(([isPasal]) => isPasal).length;
    const other = changes.length - pasal;
    expect(pasal).toBe(2);
    expect(await page.locator('.cmp-summary-total').textContent()).toBe(fill(s.summaryTotal, { count: pasal + other }));
    expect(await page.locator('.cmp-summary-part[data-part="pasal"]').textContent()).toBe(fill(s.summaryPasal, { count: pasal }));
    // Nothing outside the Pasal changed: no "+ 0 baris di luar Pasal" (compare-long.test.ts shows the part).
    expect(other).toBe(0);
    expect(await page.locator('.cmp-summary-part[data-part="other"]').count()).toBe(0);
    // The Pasal chips that are changes add up to the Pasal count; the others are set apart.
    const chip = (st: string) => page.locator(`.cmp-summary .cmp-chip[data-status="${st}"]`);
    expect(await chip('changed').textContent()).toBe(`1 ${s.status.changed}`);
    expect(await chip('inserted').textContent()).toBe(`1 ${s.status.inserted}`);
    expect(await page.locator('.cmp-summary .cmp-chip[data-status="unchanged"]').count()).toBe(0);
    const unchangedPasal = statuses.filter(([isPasal, st]) => isPasal && st === 'unchanged').length;
    expect(await page.locator('.cmp-summary-kept .cmp-chip[data-status="unchanged"]').textContent()).toBe(`${unchangedPasal} ${s.status.unchanged}`);
    // The navigation names the same total, and its tooltip the same split.
    await page.locator('select[data-field="filter"]').selectOption('changes');
    await page.locator('select[data-field="filter"]').selectOption('all');
    expect(await page.locator('.cmp-position').textContent()).toBe(fill(s.positionNone, { total: pasal + other }));
    expect(await page.locator('.cmp-position').getAttribute('title')).toBe(fill(s.positionTitle, { pasal, other }));
  });

  it('at 1280 px the controls fit: a wide BAB list and both step buttons on one line', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    try {
      const box = async (sel: string) => (await page.locator(sel).boundingBox())!;
      const select = await box('select[data-field="filter"]');
      const prev = await page.getByRole('button', { name: s.prev }).boundingBox();
      const next = await page.getByRole('button', { name: s.next }).boundingBox();
      const position = await box('.cmp-position');
      expect(select.width).toBeGreaterThanOrEqual(224);
      const middle = (b: { y: number; height: number }) => b.y + b.height / 2;
      for (const b of [prev!, next!, position]) expect(Math.abs(middle(b) - middle(select))).toBeLessThan(4);
      // A long BAB title cut in the list is there whole in its tooltip.
      const bab = (await page.locator('select[data-field="filter"] option').allTextContents()).reduce((a, b) => (b.length > a.length ? b : a));
      await page.locator('select[data-field="filter"]').selectOption({ label: bab });
      expect(await page.locator('select[data-field="filter"]').getAttribute('title')).toBe(bab);
      await shot('30-compare-controls-1280.png');
      await page.locator('select[data-field="filter"]').selectOption('all');
    } finally {
      await page.setViewportSize({ width: 1440, height: 900 });
    }
  });

  it('heads both text cells alike, each with a "Komentari" named for its own text', async () => {
    const row = page.locator('.cmp-row[data-status="changed"]');
    const label = (await row.locator('td.cmp-new .cmp-label').textContent())!;
    expect(await row.locator('td.cmp-old .cmp-label').textContent()).toBe(label);
    // The label texts sit alike in their cells (centred, as far as the buttons allow).
    const offsets = await row.evaluate((tr) =>
      (['old', 'new'] as const).map((side) => {
        const cell = tr.querySelector(`td.cmp-${side}`)!.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(tr.querySelector(`td.cmp-${side} .cmp-label`)!);
        const text = range.getBoundingClientRect();
        return { left: text.left - cell.left, top: text.top - cell.top };
      }),
    );
    expect(offsets[0]!.left).toBeGreaterThan(40);
    expect(Math.abs(offsets[0]!.left - offsets[1]!.left)).toBeLessThan(1);
    expect(Math.abs(offsets[0]!.top - offsets[1]!.top)).toBeLessThan(1);
    const oldName = fill(c.compareOldActionName!, { label });
    const newName = fill(c.compareActionName!, { label });
    expect(oldName).not.toBe(newName);
    const oldButton = row.getByRole('button', { name: oldName, exact: true });
    const newButton = row.getByRole('button', { name: newName, exact: true });
    expect(await oldButton.evaluate((b) => b.closest('td')!.className)).toBe('cmp-old');
    expect(await newButton.evaluate((b) => b.closest('td')!.className)).toBe('cmp-new');
    expect(await oldButton.getAttribute('title')).toBe(fill(c.compareOldActionTitle!, { label }));
    expect(await newButton.getAttribute('title')).toBe(fill(c.compareActionTitle!, { label }));
    expect(await row.locator('td.cmp-ket button').count()).toBe(0);
    // The new column's button comments on the draft's unit.
    await newButton.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.locator('.composer-label').textContent()).toContain(label);
    expect(await dialog.locator('.composer-label').textContent()).not.toContain('naskah lama');
    await dialog.getByRole('button', { name: c.cancel }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('filters to changes only and steps through them with the button and F8 / Shift+F8, not Alt+↓', async () => {
    await page.locator('select[data-field="filter"]').selectOption('changes');
    expect(await page.locator('.cmp-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')))).toEqual(['changed', 'inserted']);
    await page.getByRole('button', { name: s.next }).click();
    expect(await currentRow().getAttribute('data-status')).toBe('changed');
    expect(await page.getByRole('button', { name: s.next }).getAttribute('aria-keyshortcuts')).toBe('F8');
    expect(await page.getByRole('button', { name: s.prev }).getAttribute('aria-keyshortcuts')).toBe('Shift+F8');
    expect(await page.getByRole('button', { name: s.next }).getAttribute('title')).toBe(`${s.next} (F8)`);
    // Alt+↓ is the editor's "Turunkan unit": here it does nothing.
    await page.keyboard.press('Alt+ArrowDown');
    expect(await currentRow().getAttribute('data-status')).toBe('changed');
    await page.keyboard.press('F8');
    expect(await currentRow().getAttribute('data-status')).toBe('inserted');
    expect(await page.locator('.cmp-position').textContent()).toBe('Perubahan 2 dari 2');
    await page.keyboard.press('Shift+F8');
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
    // Scrolled so that the row is in view but not at the top of the table.
    const inserted = page.locator('.cmp-row[data-status="inserted"]');
    await page.locator('.cmp-scroll').evaluate((box) => {
      const row = box.querySelector('.cmp-row[data-status="inserted"]')!;
      box.scrollTop += row.getBoundingClientRect().top - box.getBoundingClientRect().top - 250;
    });
    left = await page.locator('.cmp-scroll').evaluate((box) => box.scrollTop);
    expect(left).toBeGreaterThan(1000);
    await inserted.locator('td.cmp-no').click();
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
    // F8 in the editor neither steps nor moves the unit.
    const doc = () => page.locator('.editor-column .perda-doc').first().textContent();
    const before = await doc();
    await page.keyboard.press('F8');
    await page.keyboard.press('Shift+F8');
    expect(await doc()).toBe(before);
  });

  it('back on the Perbandingan tab the table is where it was, with the opened row current', async () => {
    await page.getByRole('tab', { name: s.title }).click();
    await page.locator('.cmp-row').first().waitFor();
    await currentRow().waitFor({ timeout: 5000 });
    expect(await currentRow().getAttribute('data-status')).toBe('inserted');
    expect(await page.locator('.cmp-scroll').evaluate((box) => box.scrollTop)).toBeCloseTo(left, 0);
    await shot('34-compare-back.png');
    // Stepping goes on from the opened row.
    await page.keyboard.press('Shift+F8');
    expect(await currentRow().getAttribute('data-status')).toBe('changed');
  });

  it('a click on the Menetapkan row opens the diktum in the editor; the row has no comment buttons (no unit to anchor to)', async () => {
    const row = page.locator('.cmp-row.cmp-kind-diktum');
    expect(await row.locator('.cmp-comment, .cmp-comment-old').count()).toBe(0);
    await row.locator('td.cmp-no').click();
    await page.locator('.editor-column:not([hidden])').waitFor();
    const section = await page.evaluate(() => {
      const sel = window.getSelection();
      const el = sel?.anchorNode instanceof Element ? sel.anchorNode : sel?.anchorNode?.parentElement;
      return el?.closest('section')?.className ?? null;
    });
    expect(section).toBe('diktum');
    await page.getByRole('tab', { name: s.title }).click();
    await page.locator('.cmp-row').first().waitFor();
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
    const deleted = page.locator('.cmp-row[data-status="deleted"]').first();
    // Its title says so before the click does.
    expect(await deleted.getAttribute('title')).toContain('naskah lama dihapus');
    await deleted.click();
    const notice = page.locator('.notices .notice');
    await notice.waitFor();
    expect(await notice.getAttribute('class')).toContain('notice-warn');
    expect(await notice.textContent()).toContain('naskah lama dihapus');
    // Opening another row drops the warning, which spoke of the deleted one.
    await page.locator('.cmp-row[data-status="changed"]').first().click();
    await page.locator('.perda-doc').waitFor();
    await expect.poll(() => notice.count()).toBe(0);
  });

  it('hides the outline and the side panels for the table, keeps them hidden after a reload, and a new comment brings the side panels back', async () => {
    const cols = idText.columns;
    const composer = commentStrings.id.composer as { body: string; name: string; submit: string };
    await page.goto(preview.url);
    await page.locator('.perda-doc').waitFor();
    await page.getByRole('tab', { name: s.title }).click();
    await page.locator('.cmp-row').first().waitFor();
    const width = async () => (await page.locator('.cmp-table').boundingBox())!.width;
    const before = await width();
    await page.getByRole('button', { name: cols.hide.outline }).click();
    await page.getByRole('button', { name: cols.hide.side }).click();
    expect(await page.locator('.outline-panel').isHidden()).toBe(true);
    expect(await page.locator('.side-column').isHidden()).toBe(true);
    // At 1440 px the table gains the two columns less their rails (250 + 280 - 2 x 32).
    expect(await width()).toBeGreaterThan(before + 400);
    // Without them the controls take three lines: sources and view, counts and search, filter and steps.
    const heights = await page.locator('.cmp-controls > .cmp-controls-row').evaluateAll((rows) => rows.map((r) => Math.round(r.getBoundingClientRect().height)));
    expect(heights).toHaveLength(3);
    for (const h of heights) expect(h).toBeLessThan(48);
    await shot('31-compare-columns-hidden.png');

    await page.reload();
    await page.locator('.perda-doc').waitFor({ state: 'attached' });
    await page.getByRole('tab', { name: s.title }).click();
    await page.locator('.cmp-row').first().waitFor();
    expect(await page.locator('.outline-panel').isHidden()).toBe(true);
    expect(await page.locator('.side-column').isHidden()).toBe(true);
    expect(await page.getByRole('button', { name: cols.show.side }).getAttribute('aria-expanded')).toBe('false');

    // A comment made from the table shows in the side panel, so the panel comes back.
    const row = page.locator('.cmp-row[data-status="changed"]').first();
    const label = (await row.locator('td.cmp-new .cmp-label').textContent())!;
    await row.getByRole('button', { name: fill(c.compareActionName!, { label }), exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(composer.body).fill('Mohon dijelaskan alasan perubahan ini.');
    await dialog.getByLabel(composer.name).fill('Hj. Siti Rahma');
    await dialog.getByRole('button', { name: composer.submit }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('.side-column [data-panel="comments"]').waitFor();
    expect(await page.locator('.side-column').isVisible()).toBe(true);
    expect(await page.locator('.side-column .panel-tab.is-active').textContent()).toBe(c.title);
    expect(await page.locator('.outline-panel').isHidden()).toBe(true);

    // The new comment opened its Pasal in the editor; back to the table with the outline shown too.
    await page.getByRole('button', { name: cols.show.outline }).click();
    expect(await page.locator('.outline-panel').isVisible()).toBe(true);
    await page.getByRole('tab', { name: s.title }).click();
    await page.locator('.cmp-row').first().waitFor();
    expect(await width()).toBeLessThan(before + 10);

    // One button in the controls does both: "Lebarkan tabel" hides both columns, "Tampilkan panel" brings both back.
    const wide = page.getByRole('button', { name: cols.wide, exact: true });
    expect(await wide.getAttribute('title')).toBe(cols.wideTitle);
    await wide.click();
    expect(await page.locator('.outline-panel').isHidden()).toBe(true);
    expect(await page.locator('.side-column').isHidden()).toBe(true);
    expect(await width()).toBeGreaterThan(before + 400);
    const narrow = page.getByRole('button', { name: cols.narrow, exact: true });
    expect(await narrow.getAttribute('aria-pressed')).toBe('true');
    await narrow.click();
    expect(await page.locator('.outline-panel').isVisible()).toBe(true);
    expect(await page.locator('.side-column').isVisible()).toBe(true);
    expect(await width()).toBeLessThan(before + 10);
  });
});
