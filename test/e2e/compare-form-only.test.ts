/**
 * End to end: a draft that writes "Walikota" as "Wali Kota" throughout the real Surabaya 3/2018
 * text and changes the wording of one Pasal. The summary offers to hide the changes of spelling
 * only; pressed, the table keeps just the change of content, the "Tampilkan" list says so, and
 * pressed again every row is back. A word spelt otherwise stays in place, marked dashed. "Unduh
 * Word" gives the comparison shown as the text with tracked changes and as the matriks.
 */
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CompareResult, DocJson } from '../../src/api/contract';
import { parseText } from '../../src/parse';
import { strings } from '../../renderer/i18n/features/compare';
import { corpusDir } from '../helpers/paths';
import { chromiumMissing } from './helpers/browser';
import { type Preview } from './helpers/preview';
import { callCore, useDraftSession } from './helpers/session';

const skip = chromiumMissing();
const s = strings.id;
const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k]));
const text = fs.readFileSync(path.join(corpusDir, 'perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt'), 'utf8');
const docOf = (t: string) => parseText(t).doc.toJSON() as DocJson;

describe.skipIf(skip)('hiding the changes of spelling only (Perbandingan)', () => {
  let preview: Preview;
  let page: Page;
  const call = <T = { revision: number }>(method: string, args: unknown) => callCore<T>(preview, method, args);

  useDraftSession(
    (x) => ({ preview, page } = x),
    () => {
      const reworded = text.replaceAll('Walikota', 'Wali Kota').replace('ditetapkan oleh Wali Kota.', 'ditetapkan oleh Wali Kota setelah mendapat pertimbangan forum lalu lintas.');
      return { file: 'ejaan.rancang', title: 'Penyelenggaraan Perparkiran', base: docOf(text), source: 'Perda Kota Surabaya Nomor 3 Tahun 2018', draft: docOf(reworded) };
    },
  );

  it('the summary button hides them and shows them again; the list follows', async () => {
    await page.goto(preview.url);
    await page.locator('.perda-doc').waitFor();
    await page.getByRole('tab', { name: s.title }).click();
    const expected = await call<CompareResult>('compare.run', { old: { kind: 'base' }, new: { kind: 'draft' } });
    await page.waitForFunction((n) => document.querySelectorAll('.cmp-row').length === n, expected.rows.length);
    const changed = page.locator('.cmp-row.cmp-kind-pasal[data-status="changed"]');
    const total = await changed.count();
    expect(total).toBe(expected.summary.changed);
    expect(total).toBeGreaterThan(15);
    const button = page.locator('.cmp-summary-kept button[data-part="form"]');
    expect(await button.textContent()).toBe(fill(s.summaryFormHide, { count: total - 1 }));
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await button.click();
    await page.waitForFunction(() => document.querySelectorAll('.cmp-row').length === 1);
    expect(await page.locator('.cmp-row .cmp-status').textContent()).toBe('Diubah');
    expect(await page.locator('.cmp-row td.cmp-new').textContent()).toContain('pertimbangan forum lalu lintas');
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    expect(await button.textContent()).toBe(fill(s.summaryFormShow, { count: total - 1 }));
    expect(await page.locator('select[data-field="filter"]').inputValue()).toBe('content');
    await button.click();
    await page.waitForFunction((n) => document.querySelectorAll('.cmp-row').length === n, expected.rows.length);
    expect(await page.locator('select[data-field="filter"]').inputValue()).toBe('all');
    // Every other changed Pasal says why it is left aside.
    const notes = await changed.locator('.cmp-status').allTextContents();
    expect(notes.filter((n) => n === 'Diubah; hanya ejaan')).toHaveLength(total - 1);
    // In such a row the word stays in place, marked dashed with the other spelling in its title,
    // on both sides: nothing struck, nothing inserted.
    const respelled = changed.filter({ has: page.locator('.cmp-status', { hasText: /^Diubah; hanya ejaan$/ }) }).and(page.locator(':not(.cmp-by-part)')).first();
    const newMark = respelled.locator('td.cmp-new .cmp-case').first();
    expect(await newMark.textContent()).toBe('Wali Kota');
    expect(await newMark.getAttribute('title')).toBe(fill(s.spellingFormer, { old: 'Walikota' }));
    const oldMark = respelled.locator('td.cmp-old .cmp-case').first();
    expect(await oldMark.textContent()).toBe('Walikota');
    expect(await oldMark.getAttribute('title')).toBe(fill(s.spellingLater, { now: 'Wali Kota' }));
    expect(await respelled.locator('del, ins').count()).toBe(0);
    // Pasal 1 (the definitions, longer than a screen) is read part by part: the mark stands in
    // the row of its angka 3, "Walikota adalah Walikota Surabaya", whose note says why.
    const pasal1 = changed.filter({ has: page.locator('.cmp-label', { hasText: /^Pasal 1$/ }) }).first();
    expect(await pasal1.getAttribute('class')).toContain('cmp-by-part');
    const angka3 = page.locator('.cmp-part-row', { has: page.locator('.cmp-part-note', { hasText: /^angka 3: diubah; hanya ejaan$/ }) });
    expect(await angka3.count()).toBe(1);
    expect(await angka3.locator('td.cmp-new .cmp-case').allTextContents()).toEqual(['Wali Kota', 'Wali Kota']);
    expect(await angka3.locator('del, ins').count()).toBe(0);
    // Its parts say so too (real Pasal 3: "Walikota" in both ayat).
    const pasal3 = changed.filter({ has: page.locator('.cmp-label', { hasText: /^Pasal 3$/ }) }).first();
    expect(await pasal3.locator('.cmp-parts li').allTextContents()).toEqual(['ayat (1): diubah; hanya ejaan', 'ayat (2): diubah; hanya ejaan']);
  });

  it('downloads the comparison shown as Word: the text with tracked changes, and the matriks', async () => {
    const button = page.locator('.cmp-download > button');
    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    const items = page.locator('.cmp-download-menu button');
    expect(await items.allTextContents()).toEqual([s.downloadFile.redline, s.downloadFile.comparison]);
    await page.keyboard.press('Escape');
    await page.locator('.cmp-download-menu').waitFor({ state: 'detached' });
    await button.click();
    const [redline] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.locator('.cmp-download-menu [data-what="redline"]').click()]);
    expect(redline.suggestedFilename()).toBe('perubahan-terlacak-penyelenggaraan-perparkiran.docx');
    const saved = path.join(preview.workDir, 'terlacak.docx');
    await redline.saveAs(saved);
    const xml = (await (await JSZip.loadAsync(fs.readFileSync(saved))).file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toMatch(/<w:ins [^>]*><w:r><w:t xml:space="preserve"> Wali Kota setelah mendapat pertimbangan forum lalu lintas<\/w:t>/);
    await button.click();
    const [matriks] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.locator('.cmp-download-menu [data-what="comparison"]').click()]);
    expect(matriks.suggestedFilename()).toBe('matriks-perbandingan-penyelenggaraan-perparkiran.docx');
  });
});
