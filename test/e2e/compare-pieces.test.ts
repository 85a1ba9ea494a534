/**
 * End to end, on the real Sulawesi Utara 4/2014 text: the old column of the rows of a split and
 * of a merge.
 *
 * A draft that cuts Pasal 17 in two (its ayat (3) becomes a Pasal 18 of its own, every later
 * Pasal renumbered). The table shows two "Dipecah" rows, each old column holding only what its
 * piece took: ayat (1)-(2) beside the new Pasal 17, ayat (3) beside the new Pasal 18. A phrase
 * chosen in the second row's old column ("Gubernur", the only one there, the third in the whole
 * old Pasal) is commented at that place.
 *
 * A draft that makes Pasal 31's ayat (3) huruf e-h a Pasal 32 under a lead of its own (ayat (4)
 * stays): the new Pasal 32's old column holds old huruf e-h only, and its Keterangan names them;
 * the new Pasal 31's old column holds the whole old Pasal, huruf e-h struck.
 *
 * The reverse, an old text where huruf e-h stood as Pasal 32, against the published one: the
 * "Digabung" row is shown part by part, old Pasal 32's items beside ayat (3) huruf e-h
 * ("dipindahkan dari Pasal 32 huruf a", with no button to show a row: they are in this one),
 * ayat (4) unchanged.
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
import { ayatListSplit, pasalsMerged, pasalSplit, readCorpus } from '../unit/diff/corpus-edits';
import { chromiumMissing } from './helpers/browser';
import { selectOldText } from './helpers/old-text';
import { type Preview } from './helpers/preview';
import { callCore, useDraftSession } from './helpers/session';

const skip = chromiumMissing();
const s = strings.id;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- feature strings are merged in at run time
const c = commentStrings.id as typeof commentStrings.id & Record<string, any>;
const t = readCorpus('perda-prov-sulut-2014-04-minuman-beralkohol.txt');
const docOf = (text: string) => parseText(text).doc.toJSON() as DocJson;
const rowsOf = (status: string) => `.cmp-row.cmp-kind-pasal[data-status="${status}"]`;

/** A session whose project has `base` (the real text) as base and `draft` as draft; `open` shows the comparison until `rows` are there. */
function sessionWithDraft(file: string, draft: string, base = t.text) {
  const x = { preview: null as unknown as Preview, page: null as unknown as Page };
  useDraftSession(
    (got) => Object.assign(x, got),
    () => ({ file, title: 'Minuman Beralkohol', base: docOf(base), source: 'Perda Provinsi Sulawesi Utara Nomor 4 Tahun 2014', draft: docOf(draft) }),
  );
  return {
    x,
    async open(rows: string) {
      await x.page.goto(x.preview.url);
      await x.page.locator('.perda-doc').waitFor();
      await x.page.getByRole('tab', { name: s.title }).click();
      await x.page.locator(rows).last().waitFor();
    },
    /** Comment the selected old text with `body`; the dialog's "on" line is returned. */
    async comment(body: string): Promise<string | null> {
      await x.page.locator('.cmp-old-bubble').click();
      const dialog = x.page.getByRole('dialog');
      await dialog.waitFor();
      const on = await dialog.locator('.composer-label').textContent();
      await dialog.getByLabel(c.composer.body).fill(body);
      await dialog.getByRole('button', { name: c.composer.submit }).click();
      await dialog.waitFor({ state: 'detached' });
      return on;
    },
    threads: () => callCore<ThreadList>(x.preview, 'thread.list', {}),
    /** The comparison shown until its two "Dipecah" rows are there: those rows. */
    async splitRows() {
      await this.open(rowsOf('split'));
      const rows = x.page.locator(rowsOf('split'));
      expect(await rows.count()).toBe(2);
      return [rows.nth(0), rows.nth(1)] as const;
    },
  };
}

describe.skipIf(skip)('a split Pasal in the comparison table', () => {
  const session = sessionWithDraft('pecah.rancang', pasalSplit(t, t.heads.findIndex((h) => h.n === 17))!.text);
  const splitRows = rowsOf('split');

  it('shows beside each piece only what it took of the old Pasal', async () => {
    const [first, second] = await session.splitRows();
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
    const { page } = session.x;
    const second = `tr[data-key="${await page.locator(splitRows).nth(1).getAttribute('data-key')}"]`;
    await page.locator(second).scrollIntoViewIfNeeded();
    await selectOldText(page, second, 'Gubernur');
    await session.comment('Peraturan Gubernur ini sudah ada?');
    const list = await session.threads();
    expect(list.threads.map((x) => [x.side, x.anchor.quote?.exact])).toEqual([['base', 'Gubernur']]);
    expect(list.threads[0]!.anchor.quote?.prefix).toMatch(/dengan Peraturan $/);
  });
});

describe.skipIf(skip)('a Pasal split inside the list of one of its ayat', () => {
  const lead = 'Wewenang penyidik sebagaimana dimaksud dalam Pasal 31 ayat (3) meliputi juga:';
  const session = sessionWithDraft('pecah-daftar.rancang', ayatListSplit(t, t.heads.findIndex((h) => h.n === 31), 4, lead)!.text);

  it('shows beside the new Pasal 32 the old items it took, named in its Keterangan, and the whole old Pasal beside the new Pasal 31', async () => {
    const [first, second] = await session.splitRows();
    const secondOld = (await second.locator('td.cmp-old .cmp-text').textContent()) ?? '';
    expect(secondOld).toMatch(/^\s*e\.\s*Mengambil sidik jari/);
    expect(secondOld).not.toContain('Menerima laporan');
    expect(await second.locator('td.cmp-ket').textContent()).toContain('ayat (3) huruf e sampai dengan huruf h menjadi Pasal 32');
    expect(await second.locator('td.cmp-new ins').allTextContents()).toEqual([lead]);
    const struck = (await first.locator('td.cmp-old del').allTextContents()).join(' ');
    expect(struck).toContain('Mengambil sidik jari');
    expect(struck).toContain('dipertanggungjawabkan');
    expect(struck).not.toContain('Menerima laporan');
  });
});

describe.skipIf(skip)('a Pasal merged into the middle of another', () => {
  const lead = 'Wewenang penyidik sebagaimana dimaksud dalam Pasal 31 ayat (3) meliputi juga:';
  const session = sessionWithDraft('gabung-tengah.rancang', t.text, ayatListSplit(t, t.heads.findIndex((h) => h.n === 31), 4, lead)!.text);

  it('is shown part by part: the later Pasal\'s items beside the items they became, the first Pasal\'s ayat (4) unchanged', async () => {
    await session.open(rowsOf('merged'));
    const { page } = session.x;
    const row = page.locator(rowsOf('merged'));
    const statuses = await row.evaluate((el) => {
      const out: string[] = [];
      for (let r = el.nextElementSibling; r?.classList.contains('cmp-part-row'); r = r.nextElementSibling) out.push(r.getAttribute('data-part-status') ?? '');
      return out;
    });
    expect(statuses).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged', 'unchanged', 'unchanged', 'unchanged', 'moved', 'moved', 'moved', 'moved', 'unchanged', 'deleted', 'deleted']);
    const moved = page.locator('.cmp-part-row[data-part-status="moved"]').first();
    expect(await moved.locator('td.cmp-old .cmp-marker').textContent()).toBe('a.');
    expect(await moved.locator('td.cmp-new .cmp-marker').textContent()).toBe('e.');
    expect(await moved.locator('.cmp-part-note').textContent()).toContain('dipindahkan dari Pasal 32 huruf a');
    expect(await page.locator('.cmp-part-row .cmp-goto').count()).toBe(0);
  });
});

describe.skipIf(skip)('a merged Pasal in the comparison table', () => {
  const session = sessionWithDraft('gabung.rancang', pasalsMerged(t, t.heads.findIndex((h) => h.n === 15))!.text);
  const mergedRow = rowsOf('merged');

  it('quotes both old Pasal, the later under its struck heading, and comments a phrase of it on it', async () => {
    await session.open(mergedRow);
    const { page } = session.x;
    const old = page.locator(`${mergedRow} td.cmp-old .cmp-text`);
    expect(await old.textContent()).toContain('wajib memiliki SKPL-A.');
    expect(await old.textContent()).toContain('Distributor dan sub distributor minuman beralkohol golongan B dan C');
    expect(await page.locator(`${mergedRow} td.cmp-old del`).allTextContents()).toEqual(['Pasal 16']);
    // Its line is set as a heading, centred.
    const heading = page.locator(`${mergedRow} td.cmp-old .cmp-line.cmp-line-heading`);
    expect(await heading.allTextContents()).toEqual(['Pasal 16']);
    expect(await heading.evaluate((el) => getComputedStyle(el).textAlign)).toBe('center');
    await page.locator(mergedRow).scrollIntoViewIfNeeded();
    // The first "golongan B" of the cell is Pasal 15's: select the one in Pasal 16's lines.
    await selectOldText(page, mergedRow, 'golongan B', 'sub distributor');
    expect(await session.comment('Golongan B dan C tetap memerlukan rekomendasi?')).toBe(`${c.composer.on} Pasal 16 (naskah lama)`);
    const list = await session.threads();
    expect(list.threads.map((x) => [x.unitLabel, x.anchor.quote?.exact])).toEqual([['Pasal 16 (naskah lama)', 'golongan B']]);
    expect(list.threads[0]!.anchor.quote?.prefix).toMatch(/minuman beralkohol $/);
  });
});
