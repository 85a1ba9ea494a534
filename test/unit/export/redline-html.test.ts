/**
 * The redline of the real Surabaya pair as print HTML: the changes as <del> and <ins> (never colour
 * only), a renumbered Pasal's number struck and written anew, units new or gone as a whole marked
 * so, each changed unit's Keterangan in a note, and the caption at the head of every printed page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { comparisonRedline, redlineToHtml } from '../../../src/export/redline/index';
import { parseText } from '../../../src/parse';
import { corpusDir } from '../../helpers/paths';

const read = (f: string) => fs.readFileSync(path.join(corpusDir, f), 'utf8');
const OLD = parseText(read('perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt')).doc;
const NEW = parseText(read('perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt')).doc;

describe('the redline as print HTML', () => {
  const redline = comparisonRedline(compareDocs(OLD, NEW), { oldLabel: 'PERDA 1/2009', newLabel: 'PERDA 3/2018' });
  const html = redlineToHtml(redline);

  it('marks words, numbers and whole units, and says what changed in a note under each changed unit', () => {
    expect(html).toContain('<p class="h pasal">Pasal <del>11</del><ins>15</ins></p>\n<p class="note">Keterangan: Diubah (semula Pasal 11). Rincian: ayat (1) disisipkan;');
    // The batang tubuh: 25 Pasal deleted, 22 inserted (the Penjelasan follows with its own entries).
    const [body, penjelasan] = html.split('<p class="h judul">PENJELASAN</p>') as [string, string];
    expect((body.match(/<p class="h pasal whole-delete"><del>Pasal \d+<\/del><\/p>/g) ?? []).length).toBe(25);
    expect((body.match(/<p class="h pasal whole-insert"><ins>Pasal \d+<\/ins><\/p>/g) ?? []).length).toBe(22);
    expect(penjelasan).toContain('<p class="caption">II. PASAL DEMI PASAL</p>');
    expect((html.match(/<p class="note">/g) ?? []).length).toBe(redline.paras.filter((p) => p.note).length);
    expect(html).not.toContain('<script');
  });

  it('shows a Pasal that moved at both places, struck twice where it was and underlined twice where it is, its Penjelasan entry alike', () => {
    const [body, penjelasan] = html.split('<p class="h judul">PENJELASAN</p>') as [string, string];
    // Old Pasal 8 is new Pasal 12: written at the new place, and after old Pasal 7 (new 13) at the old one.
    expect(body).toContain('<p class="h pasal whole-moveTo"><ins class="mv">Pasal </ins><ins>12</ins></p>\n<p class="note">Keterangan: Diubah dan dipindahkan dari Pasal 8.');
    expect(body).toContain('<p class="h pasal whole-moveFrom"><del class="mv">Pasal </del><del>8</del></p>\n<p class="note">Keterangan: Dipindahkan ke Pasal 12</p>');
    expect(body.indexOf('<del class="mv">Pasal </del><del>8</del>')).toBeGreaterThan(body.indexOf('<p class="h pasal">Pasal <del>7</del><ins>13</ins></p>'));
    expect(penjelasan).toContain('<p class="h pasal whole-moveFrom"><del class="mv">Pasal </del><del>8</del></p>');
    expect(html).toContain('del.mv { text-decoration: line-through double; }');
  });

  it('shows a paragraph break one text has only as a marked pilcrow (the 2018 Penjelasan Umum runs in four paragraphs, the 2009 one in three)', () => {
    const umum = html.slice(html.indexOf('I. UMUM'), html.indexOf('II. PASAL DEMI PASAL'));
    expect((umum.match(/<p[ >]/g) ?? []).length).toBeGreaterThanOrEqual(4);
    expect(umum).toMatch(/<ins>\u00b6<\/ins><\/p>|<del>\u00b6<\/del><\/p>/);
  });

  it('heads every printed page with what it shows, on portrait F4', () => {
    expect(html).toContain('@page { size: 215mm 330mm;');
    expect(html).toContain('content: "Perubahan terlacak: PERDA 3/2018 dibandingkan dengan PERDA 1/2009\\A- " counter(page) " -"');
  });
});
