/**
 * End to end (Chromium against the preview server) on the real replacement pair: base Surabaya
 * 1/2009, draft Surabaya 3/2018 (no shared uids). Pasal 1, whose definitions were inserted,
 * deleted and renumbered, shows part by part: each old angka beside its new one with its own
 * note, reachable by keyboard and highlighted with its Pasal; a Pasal whose parts stay in step
 * keeps one row. A phrase searched keeps the rows and parts that hold it, marked; a status chip
 * shows only the Pasal of that status; in the redline F8 steps through Pasal 1's changed lines, and
 * after scrolling away it goes on from the rows in view; on paper the texts, the day, the pages and
 * the part printed are named; the
 * Ekspor tab writes the matriks of the changes only. A phrase chosen in the old column of a part
 * row is commented on that old part.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { DocJson, ThreadList } from '../../src/api/contract';
import { strings as commentStrings } from '../../renderer/i18n/features/comments';
import { parseText } from '../../src/parse';
import { strings } from '../../renderer/i18n/features/compare';
import { en as enText } from '../../renderer/i18n/en';
import { id as idText } from '../../renderer/i18n/id';
import { corpusDir } from '../helpers/paths';
import { chromiumMissing, screenshotDir } from './helpers/browser';
import { type Preview } from './helpers/preview';
import { callCore, useDraftSession } from './helpers/session';
import { selectOldText } from './helpers/old-text';

const skip = chromiumMissing();
const s = strings.id;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- feature strings are merged in at run time
const c = commentStrings.id as typeof commentStrings.id & Record<string, any>;
const OLD_PART_PHRASE = 'Parkir adalah keadaan';
const read = (f: string) => parseText(fs.readFileSync(path.join(corpusDir, f), 'utf8')).doc.toJSON() as DocJson;

describe.skipIf(skip)('comparison table: a Pasal shown part by part', () => {
  let preview: Preview;
  let page: Page;

  useDraftSession(
    (x) => ({ preview, page } = x),
    () => ({
      file: 'sby.rancang',
      title: 'Penyelenggaraan Perparkiran',
      base: read('perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt'),
      source: 'Perda Kota Surabaya Nomor 1 Tahun 2009',
      draft: read('perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt'),
    }),
  );

  /** The statuses of the part rows after Pasal 1's row, in order. */
  const partsOfCurrent = () => page.locator('.cmp-row.cmp-by-part.is-current').evaluate((row) => {
    const out: string[] = [];
    for (let r = row.nextElementSibling; r?.classList.contains('cmp-part-row'); r = r.nextElementSibling) out.push(r.getAttribute('data-part-status') ?? '');
    return out;
  });

  it('puts old angka 9 beside new angka 7 in its own row, with its note; Pasal 12 stays one row', async () => {
    // Nothing the page asks for on the way is missing (the page icon included).
    const failed: string[] = [];
    page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${new URL(r.url()).pathname}`); });
    await page.goto(preview.url);
    await page.locator('.perda-doc').waitFor();
    expect(await page.locator('link[rel="icon"]').getAttribute('href')).toMatch(/^\.\/assets\/icon-.*\.png$/);
    expect(await page.evaluate(async () => (await fetch(document.querySelector<HTMLLinkElement>('link[rel="icon"]')!.href)).status)).toBe(200);
    await page.getByRole('tab', { name: s.title }).click();
    await page.locator('.cmp-summary').waitFor();
    const pasal1 = page.locator('.cmp-row.cmp-by-part').filter({ has: page.locator('td.cmp-new .cmp-label', { hasText: /^Pasal 1$/ }) });
    await pasal1.waitFor();
    expect(await pasal1.locator('.cmp-ket .cmp-status').textContent()).toBe(s.status.changed);
    expect(await pasal1.locator('.cmp-ket .cmp-parts').count()).toBe(0);
    const part = page.locator('.cmp-part-row').filter({ has: page.locator('td.cmp-old .cmp-marker', { hasText: /^9\.$/ }) }).first();
    expect(await part.locator('td.cmp-new .cmp-marker').textContent()).toBe('7.');
    expect(await part.locator('td.cmp-old del.cmp-del').count()).toBeGreaterThan(0);
    expect(await part.locator('td.cmp-new .cmp-text').textContent()).toMatch(/^Parkir adalah keadaan Kendaraan berhenti/);
    expect(await part.locator('.cmp-part-note').textContent()).toBe(`angka 7 (semula angka 9): ${s.status.changed.toLowerCase()}`);
    // The old column holds each old part once, the new column each new part once.
    const sides = await pasal1.evaluate((row) => {
      const out: Array<[string | null, string | null]> = [];
      for (let r = row.nextElementSibling; r?.classList.contains('cmp-part-row'); r = r.nextElementSibling)
        out.push([r.querySelector('td.cmp-old .cmp-marker')?.textContent ?? null, r.querySelector('td.cmp-new .cmp-marker')?.textContent ?? null]);
      return out;
    });
    expect(sides.length).toBeGreaterThan(30);
    for (const side of [0, 1]) {
      const markers = sides.map((x) => x[side]).filter((m): m is string => m !== null);
      expect(new Set(markers).size).toBe(markers.length);
    }
    // An inserted definition has an empty old cell and reads "disisipkan".
    const inserted = page.locator('.cmp-part-row[data-part-status="inserted"]').first();
    expect(await inserted.locator('td.cmp-old').textContent()).toBe(s.absent);
    // Old Pasal 8 -> new Pasal 12 (one word in ayat (1)): one row, no part rows.
    const pasal12 = page.locator('.cmp-row').filter({ has: page.locator('td.cmp-new .cmp-label', { hasText: /^Pasal 12$/ }) });
    expect(await pasal12.evaluate((r) => r.classList.contains('cmp-by-part'))).toBe(false);
    expect(await pasal12.locator('td.cmp-new .cmp-text').textContent()).toContain('(2) Apabila penyediaan tempat parkir');
    // A part row opens its own item in the editor (keyboard too) and is highlighted with its Pasal.
    expect(await part.getAttribute('tabindex')).toBe('0');
    await part.click();
    await page.locator('[data-testid="unit-address"]').filter({ hasText: 'Pasal 1 angka 7' }).waitFor();
    await page.getByRole('tab', { name: s.title }).click();
    await pasal1.click();
    await page.getByRole('tab', { name: s.title }).click();
    await page.locator('.cmp-row.cmp-by-part.is-current').waitFor();
    expect(await page.locator('.cmp-part-row.is-current').count()).toBe(sides.length);
    await pasal1.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshotDir(), '36-compare-part-rows.png') });
    // F8 steps through Pasal 1's changed parts (not its kept ones), Shift+F8 back to its head.
    const currentPart = () => page.locator('.cmp-part-row.is-current-part');
    const statusesAfterHead = await partsOfCurrent();
    const firstChanged = statusesAfterHead.findIndex((st) => st !== 'unchanged' && st !== 'renumbered');
    const secondChanged = statusesAfterHead.findIndex((st, i) => i > firstChanged && st !== 'unchanged' && st !== 'renumbered');
    await page.keyboard.press('F8');
    await currentPart().waitFor();
    expect(await currentPart().getAttribute('data-key')).toMatch(new RegExp(`-p${firstChanged}$`));
    await page.keyboard.press('F8');
    expect(await currentPart().getAttribute('data-key')).toMatch(new RegExp(`-p${secondChanged}$`));
    // The position names the part ("Perubahan 38 dari 190 · angka 4"), as its note does.
    const note = (await currentPart().locator('.cmp-part-note').textContent()) ?? '';
    expect(await page.locator('.cmp-position').textContent()).toMatch(new RegExp(` · ${note.split(':')[0]!.replace(/[()]/g, '\\$&')}$`));
    // Cut on screen when long, the whole position is in its tooltip.
    expect(await page.locator('.cmp-position').getAttribute('title')).toContain(` · ${note.split(':')[0]!}`);
    await page.screenshot({ path: path.join(screenshotDir(), '36-compare-part-step.png') });
    await page.keyboard.press('Shift+F8');
    await page.keyboard.press('Shift+F8');
    expect(await currentPart().count()).toBe(0);
    expect(await page.locator('.cmp-row.cmp-by-part.is-current').count()).toBe(1);
    // "Only changes" leaves out the unchanged parts and those only renumbered, as the matriks does.
    const partsOf = () => pasal1.evaluate((row) => {
      const out: string[] = [];
      for (let r = row.nextElementSibling; r?.classList.contains('cmp-part-row'); r = r.nextElementSibling) out.push(r.getAttribute('data-part-status') ?? '');
      return out;
    });
    const all = await partsOf();
    expect(all.filter((st) => st === 'unchanged').length).toBeGreaterThan(0);
    expect(all.filter((st) => st === 'renumbered').length).toBeGreaterThan(0);
    await page.locator('select[data-field="filter"]').selectOption('changes');
    await pasal1.waitFor();
    const changed = await partsOf();
    expect(changed.length).toBeGreaterThan(10);
    expect(changed.filter((st) => st === 'unchanged' || st === 'renumbered')).toEqual([]);
    expect((await partsOf()).length).toBeLessThan(all.length);
    await page.locator('select[data-field="filter"]').selectOption('all');
    expect(failed).toEqual([]);
  });

  it('finds a phrase: only the rows and parts holding it, each occurrence marked; Escape shows every row again', async () => {
    const all = await page.locator('.cmp-table > tbody > tr.cmp-row').count();
    const search = page.locator('input[data-field="search"]');
    // Ctrl+F goes to the box (the editor's find bar is idle behind this tab).
    await page.locator('.cmp-summary-total').click();
    await page.keyboard.press('Control+f');
    expect(await search.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Wajib  Retribusi');
    await page.locator('.cmp-search-found').filter({ hasText: /\d/ }).waitFor();
    const shown = page.locator('.cmp-table > tbody > tr.cmp-row');
    const n = await shown.count();
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(all);
    expect(await page.locator('.cmp-search-found').textContent()).toBe(s.searchFound.replace('{{count}}', String(n)));
    // Every row shown marks the phrase (in its own text or in a part row under it).
    const marked = await shown.evaluateAll((rows) => rows.map((r) => {
      let hits = r.querySelectorAll('mark.cmp-hit').length;
      for (let x = r.nextElementSibling; x?.classList.contains('cmp-part-row'); x = x.nextElementSibling) hits += x.querySelectorAll('mark.cmp-hit').length;
      return hits;
    }));
    expect(marked.every((h) => h > 0)).toBe(true);
    expect((await page.locator('mark.cmp-hit').allTextContents()).every((t) => t.toLowerCase().replace(/\s+/g, ' ') === 'wajib retribusi')).toBe(true);
    // Pasal 1 keeps only its definition of "Wajib Retribusi" (old angka 37).
    const pasal1 = page.locator('.cmp-row.cmp-by-part').filter({ has: page.locator('td.cmp-new .cmp-label', { hasText: /^Pasal 1$/ }) });
    const pasal1Parts = await pasal1.evaluate((row) => {
      const out: string[] = [];
      for (let r = row.nextElementSibling; r?.classList.contains('cmp-part-row'); r = r.nextElementSibling) out.push(r.querySelector('td.cmp-old .cmp-marker')?.textContent ?? '');
      return out;
    });
    expect(pasal1Parts).toEqual(['37.']);
    await page.screenshot({ path: path.join(screenshotDir(), '37-compare-search.png') });
    // Enter goes to the first change among the rows found, as F8 would.
    await search.press('Enter');
    await page.locator('.cmp-table > tbody > tr.cmp-row.is-current').waitFor();
    expect(await page.locator('.cmp-position').textContent()).toMatch(/^Perubahan 1 dari \d+/);
    await search.press('Escape');
    expect(await search.inputValue()).toBe('');
    await page.waitForFunction((few) => document.querySelectorAll('.cmp-table > tbody > tr.cmp-row').length > few, n);
    expect(await page.locator('mark.cmp-hit').count()).toBe(0);
  });

  it('a status chip shows only the Pasal of that status, from their top; pressed again, every row', async () => {
    const chip = page.locator('.cmp-summary button.cmp-chip[data-status="inserted"]');
    const count = Number(await chip.locator('strong').textContent());
    // Read far down first: the rows of the status are then shown from their top.
    await page.locator('.cmp-scroll').evaluate((box) => { box.scrollTop = 4000; });
    await chip.click();
    await page.waitForFunction(() => document.querySelector('.cmp-scroll')!.scrollTop === 0);
    expect(await chip.getAttribute('aria-pressed')).toBe('true');
    await page.waitForFunction((want) => document.querySelectorAll('.cmp-table > tbody > tr.cmp-row').length === want, count);
    const statuses = await page.locator('.cmp-table > tbody > tr.cmp-row').evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-status')} ${r.classList.contains('cmp-kind-pasal')}`));
    expect(new Set(statuses)).toEqual(new Set(['inserted true']));
    // The list says the same.
    expect(await page.locator('select[data-field="filter"]').inputValue()).toBe('status:inserted');
    await chip.click();
    expect(await chip.getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('select[data-field="filter"]').inputValue()).toBe('all');
    await page.waitForFunction((few) => document.querySelectorAll('.cmp-table > tbody > tr.cmp-row').length > few, count);
    // The Pasal only renumbered are rows without a change of content: the position says so, not "0 perubahan".
    const renumbered = page.locator('.cmp-summary-kept button.cmp-chip[data-status="renumbered"]');
    const kept = Number(await renumbered.locator('strong').textContent());
    await renumbered.click();
    await page.waitForFunction((want) => document.querySelectorAll('.cmp-table > tbody > tr.cmp-row').length === want, kept);
    expect(await page.locator('.cmp-position').textContent()).toBe(s.positionKeptOnly.replace('{{count}}', String(kept)));
    await renumbered.click();
    expect(await page.locator('select[data-field="filter"]').inputValue()).toBe('all');
    // "+ N baris di luar Pasal" shows those N changes: Menimbang, Mengingat, titles, Penjelasan …
    const outside = page.locator('.cmp-summary button.cmp-summary-other');
    const n = Number(/\d+/.exec((await outside.textContent())!)![0]);
    await outside.click();
    expect(await outside.getAttribute('aria-pressed')).toBe('true');
    await page.waitForFunction((want) => document.querySelectorAll('.cmp-table > tbody > tr.cmp-row').length === want, n);
    const kinds = await page.locator('.cmp-table > tbody > tr.cmp-row').evaluateAll((rs) => rs.map((r) => r.classList.contains('cmp-kind-pasal')));
    expect(kinds.every((isPasal) => !isPasal)).toBe(true);
    expect(await page.locator('select[data-field="filter"]').inputValue()).toBe('outside');
    await outside.click();
    expect(await page.locator('select[data-field="filter"]').inputValue()).toBe('all');
  });

  it('"lihat" after a note that names another Pasal shows that part, also from under a filter that hides it', async () => {
    // Old Pasal 5 is deleted, its ayat (1) reworded as new Pasal 11 ayat (6); only deleted Pasal are shown.
    const chip = page.locator('.cmp-summary button.cmp-chip[data-status="deleted"]');
    await chip.click();
    expect(await chip.getAttribute('aria-pressed')).toBe('true');
    const row5 = page.locator('.cmp-table > tbody > tr.cmp-row').filter({ has: page.locator('td.cmp-old .cmp-label', { hasText: /^Pasal 5$/ }) });
    const note = row5.locator('.cmp-parts li').first();
    expect(await note.textContent()).toBe(`ayat (1): dihapus${s.partAlike.now.replace('{{other}}', 'Pasal 11 ayat (6)')} ${s.goto}`);
    const go = note.locator('button.cmp-goto');
    expect(await go.getAttribute('aria-label')).toBe(s.gotoTitle.replace('{{label}}', 'Pasal 11 ayat (6)'));
    await go.click();
    // The filter is cleared, and the part row of new ayat (6) is where the reader stands, in view.
    const part = page.locator('.cmp-part-row[aria-current="true"]');
    await part.waitFor();
    expect(await page.locator('select[data-field="filter"]').inputValue()).toBe('all');
    expect(await part.locator('td.cmp-new .cmp-marker').textContent()).toBe('(6)');
    expect(await page.locator('.cmp-row.is-current td.cmp-new .cmp-label').first().textContent()).toBe('Pasal 11');
    expect(await page.locator('.cmp-position').textContent()).toMatch(/ · ayat \(6\)$/);
    expect(await part.evaluate((el) => { const r = el.getBoundingClientRect(); const box = document.querySelector('.cmp-scroll')!.getBoundingClientRect(); return r.top >= box.top && r.bottom <= box.bottom; })).toBe(true);
    // And back: its own note names old Pasal 5 ayat (1), shown again by "lihat".
    await part.locator('button.cmp-goto').click();
    await page.waitForFunction(() => document.querySelector('.cmp-row[aria-current="true"] td.cmp-old .cmp-label')?.textContent === 'Pasal 5');
  });

  it('in the redline, a Pasal lists the notes of its parts that went elsewhere, each with its "lihat"', async () => {
    await page.getByRole('button', { name: s.viewRedline }).click();
    const old5 = page.locator('article.cmp-redline-row').filter({ has: page.locator('.cmp-label', { hasText: /^Pasal 5 lama$/ }) });
    await old5.waitFor();
    expect(await old5.locator('.cmp-redline-notes li').allTextContents()).toEqual([`ayat (1): dihapus${s.partAlike.now.replace('{{other}}', 'Pasal 11 ayat (6)')} ${s.goto}`]);
    // A Pasal changed in place lists none (its lines are marked where they changed).
    const pasal1 = page.locator('article.cmp-redline-row').filter({ has: page.locator('.cmp-label', { hasText: /^Pasal 1$/ }) });
    expect(await pasal1.locator('.cmp-redline-notes').count()).toBe(0);
    await old5.locator('button.cmp-goto').click();
    await page.waitForFunction(() => document.querySelector('article.cmp-redline-row.is-current .cmp-label')?.textContent?.startsWith('Pasal 11'));
    await page.getByRole('button', { name: s.viewTable }).click();
  });

  it('in the redline, F8 steps through the changed lines of Pasal 1, marking each and naming it', async () => {
    const pasal1 = page.locator('.cmp-row.cmp-by-part').filter({ has: page.locator('td.cmp-new .cmp-label', { hasText: /^Pasal 1$/ }) });
    await pasal1.click();
    await page.getByRole('tab', { name: s.title }).click();
    await page.locator('.cmp-row.cmp-by-part.is-current').waitFor();
    await page.getByRole('button', { name: s.viewRedline }).click();
    const article = page.locator('article.cmp-redline-row.is-current');
    await article.waitFor();
    expect(await article.locator('.cmp-label').textContent()).toBe('Pasal 1');
    const currentLine = article.locator('.cmp-line.is-current-line');
    expect(await currentLine.count()).toBe(0);
    await page.keyboard.press('F8');
    await currentLine.waitFor();
    const first = Number(await currentLine.getAttribute('data-line'));
    // The line holds a change, and the position names its part ("· angka 3").
    expect(await currentLine.locator('ins, del').count()).toBeGreaterThan(0);
    expect(await page.locator('.cmp-position').textContent()).toMatch(/ · angka \d+/);
    await page.keyboard.press('F8');
    const second = Number(await currentLine.getAttribute('data-line'));
    expect(second).toBeGreaterThan(first);
    await page.screenshot({ path: path.join(screenshotDir(), '38-compare-redline-line.png') });
    // Its definitions renumbered print two numbers ("~~9.~~ 7."): every definition's text still
    // starts in one column, those of the kept numbers ("1.") and the renumbered ones alike.
    const starts = await article.locator('.cmp-line.cmp-hang').evaluateAll((lines) =>
      lines.map((line) => {
        const hung = line.querySelector('.cmp-hung');
        const range = document.createRange();
        range.setStartAfter(hung!);
        range.setEnd(line, line.childNodes.length);
        return { renumbered: hung!.querySelector('del') !== null, x: Math.round(range.getClientRects()[0]?.left ?? -1) };
      }),
    );
    expect(starts.filter((l) => l.renumbered).length).toBeGreaterThan(5);
    expect(new Set(starts.map((l) => l.x)).size).toBe(1);
    await page.keyboard.press('Shift+F8');
    await page.keyboard.press('Shift+F8');
    expect(await currentLine.count()).toBe(0);
    expect(await article.count()).toBe(1);
    await page.getByRole('button', { name: s.viewTable }).click();
  });

  it('F8 after scrolling away goes on from the rows in view, not from the row left behind', async () => {
    const rowsInOrder = page.locator('.cmp-table > tbody > tr.cmp-row');
    const current = page.locator('.cmp-table > tbody > tr.cmp-row.is-current');
    expect(await current.count()).toBe(1);
    const before = await current.evaluate((el) => [...el.parentElement!.querySelectorAll(':scope > tr.cmp-row')].indexOf(el));
    // Scroll well past the current row (Pasal 1) without clicking.
    const far = before + 40;
    await rowsInOrder.nth(far).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.keyboard.press('F8');
    await page.waitForFunction((min) => {
      const cur = document.querySelector('.cmp-table > tbody > tr.cmp-row.is-current');
      return cur !== null && [...cur.parentElement!.querySelectorAll(':scope > tr.cmp-row')].indexOf(cur) >= min;
    }, far - 1);
    const after = await current.evaluate((el) => [...el.parentElement!.querySelectorAll(':scope > tr.cmp-row')].indexOf(el));
    expect(after).toBeGreaterThan(before + 1);
  });

  it('on paper names both texts, the day and each page, and says what part was printed', async () => {
    await page.getByRole('tab', { name: s.title }).click();
    await page.locator('.cmp-summary').waitFor();
    await page.locator('input[data-field="search"]').fill('juru parkir');
    await page.locator('.cmp-search-found').filter({ hasText: /\d/ }).waitFor();
    await page.emulateMedia({ media: 'print' });
    const pdf = path.join(preview.workDir, 'cetak.pdf');
    try {
      await page.pdf({ path: pdf, format: 'A4', landscape: true, margin: { top: '12mm', bottom: '14mm', left: '10mm', right: '10mm' } });
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Teks lama: Naskah dasar: PERATURAN DAERAH KOTA SURABAYA NOMOR 1 TAHUN 2009 TENTANG');
    expect(text).toContain('Teks baru: Draf: PERATURAN DAERAH KOTA SURABAYA NOMOR 3 TAHUN 2018 TENTANG');
    expect(text).toMatch(/Dicetak pada \d{1,2} \w+ \d{4}/);
    expect(text).toMatch(/Dicetak: baris yang memuat “juru parkir” \(\d+ baris\)\./);
    expect(text).toMatch(/Halaman 1 dari \d+/);
    // In the English interface the pages say so in English.
    const language = page.getByRole('combobox', { name: idText.lang.label });
    await language.selectOption('en');
    await page.emulateMedia({ media: 'print' });
    try {
      await page.pdf({ path: pdf, format: 'A4', landscape: true, pageRanges: '1' });
    } finally {
      await page.emulateMedia({ media: 'screen' });
      await page.getByRole('combobox', { name: enText.lang.label }).selectOption('id');
    }
    const english = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(english).toMatch(/Page 1 of \d+/);
    expect(english).not.toMatch(/Halaman 1 dari/);
    await page.locator('input[data-field="search"]').fill('');
  });

  it('exports the matriks with the changes only from the Ekspor tab', async () => {
    await page.locator('[role="tab"][data-tab="export"]').click();
    const panel = page.locator('.export-panel');
    await panel.locator('select[name="what"]').selectOption('comparison');
    await panel.locator('input[name="changesOnly"]').check();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), panel.locator('button[data-action="export"]').click()]);
    const saved = path.join(preview.workDir, 'matriks-perubahan.docx');
    await download.saveAs(saved);
    const xml = (await (await JSZip.loadAsync(fs.readFileSync(saved))).file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toMatch(/Matriks ini memuat perubahan saja: \d+ baris tanpa perubahan isi/);
    // The Pasal only renumbered (2 in this pair) are not listed.
    expect(xml).not.toContain('>Nomor berubah');
  });

  it('exports the matriks with the changes of content only: the choice opens under "changes only"', async () => {
    const panel = page.locator('.export-panel');
    await panel.locator('input[name="changesOnly"]').uncheck();
    expect(await panel.locator('input[name="contentOnly"]').isDisabled()).toBe(true);
    await panel.locator('input[name="changesOnly"]').check();
    await panel.locator('input[name="contentOnly"]').check();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), panel.locator('button[data-action="export"]').click()]);
    const saved = path.join(preview.workDir, 'matriks-isi.docx');
    await download.saveAs(saved);
    const xml = (await (await JSZip.loadAsync(fs.readFileSync(saved))).file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toMatch(/Matriks ini memuat perubahan isi saja: \d+ baris tanpa perubahan isi/);
    // The one row of this pair changed in punctuation only (old Penjelasan Pasal 40) is left out.
    expect(xml).not.toContain('hanya tanda baca');
  });

  it('a phrase chosen in the old column of a part row is commented on that old part', async () => {
    await page.goto(preview.url);
    await page.locator('.perda-doc').waitFor();
    await page.getByRole('tab', { name: s.title }).click();
    await page.locator('.cmp-summary').waitFor();
    // Old angka 9 of Pasal 1, "Parkir adalah keadaan tidak bergerak …", beside new angka 7.
    const part = page.locator('.cmp-part-row').filter({ has: page.locator('td.cmp-old .cmp-marker', { hasText: /^9\.$/ }) }).first();
    await part.scrollIntoViewIfNeeded();
    const key = await part.getAttribute('data-key');
    await selectOldText(page, `.cmp-part-row[data-key="${key}"]`, OLD_PART_PHRASE);
    await page.locator('.cmp-old-bubble').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.locator('.composer-label').textContent()).toBe(`${c.composer.on} Pasal 1 angka 9 (naskah lama)`);
    expect(await dialog.locator('.thread-quote').textContent()).toBe(OLD_PART_PHRASE);
    await dialog.getByLabel(c.composer.body).fill('Mengapa definisi parkir diubah?');
    await dialog.getByLabel(c.composer.name).fill('Hj. Siti Aminah');
    await dialog.getByRole('button', { name: c.composer.submit }).click();
    await dialog.waitFor({ state: 'detached' });
    // Stored on the base side, on old angka 9, the phrase found there.
    const list = await callCore<ThreadList>(preview, 'thread.list', {});
    expect(list.threads.map((t) => [t.side, t.unitLabel, t.quote])).toEqual([['base', 'Pasal 1 angka 9 (naskah lama)', OLD_PART_PHRASE]]);
    expect(list.threads[0]!.placement).toMatchObject({ state: 'anchored', text: OLD_PART_PHRASE });
  });
});
