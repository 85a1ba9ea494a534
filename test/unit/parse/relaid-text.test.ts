/**
 * Texts laid out otherwise than `pdftotext -layout` gives them. Lines that came apart as some
 * converters set them (a page turned into HTML, or text copied from one): a justified line a word
 * a line, a list marker on a line of its own; lines run together: a Pasal heading with the
 * Pasal's first words on its line; words spaced with no-break spaces, as a word processor copies
 * them. Each such text imports to the same structure as the text
 * taken with `pdftotext -layout`, and the comparison of the two finds nothing changed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { compareDocs } from '../../../src/diff/compare';
import type { Comparison } from '../../../src/diff/types';
import { parseText } from '../../../src/parse';
import { corpusDir, fixturesDir } from '../../helpers/paths';
import { headingsInline, markersAlone, rewrapped, tornWordPerLine, unindented } from '../../helpers/relayout';

const read = (name: string) => fs.readFileSync(path.join(corpusDir, name), 'utf8');
const TEXTS = {
  'Surabaya 1/2009': read('perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt'),
  'Surabaya 3/2018': read('perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt'),
  'Sulut 4/2014': read('perda-prov-sulut-2014-04-minuman-beralkohol.txt'),
  'Sulut 3/2016': read('perda-prov-sulut-2016-03-rpjmd-2016-2021.txt'),
  'Sulut 2/2018 (amending instrument)': read('perda-prov-sulut-2018-02-perubahan-rpjmd.txt'),
  'Banjarnegara 8/2025 (amending instrument)': read('perda-kab-banjarnegara-2025-08-perubahan-pajak-retribusi-daerah.txt'),
};

/** The number of ayat and of list items of each Pasal (and change item). */
function shape(doc: Node): string[] {
  const out: string[] = [];
  doc.descendants((n) => {
    if (n.type.name !== 'pasal' && n.type.name !== 'changeItem') return true;
    let parts = 0;
    n.descendants((c) => {
      if (c.type.name === 'ayat' || c.type.name === 'item' || c.type.name === 'pasal') parts++;
      return true;
    });
    out.push(`${n.type.name}:${parts}`);
    return n.type.name === 'pasal';
  });
  return out;
}

/** Every row of the comparison that is not unchanged, by its labels and status. */
function changes(c: Comparison): string[] {
  const rows = [...c.pasal, ...c.konsiderans, ...c.dasarHukum, ...c.headings, ...c.penjelasan, ...c.judul, ...c.diktum, ...c.penutup];
  return rows.filter((r) => r.status !== 'unchanged').map((r) => `${r.old?.label ?? '-'} -> ${r.new?.label ?? '-'}: ${r.status}`);
}

function expectSameAs(printedText: string, relaid: string): void {
  expect(relaid).not.toBe(printedText);
  const printed = parseText(printedText);
  const torn = parseText(relaid);
  expect(torn.kind).toBe(printed.kind);
  expect(shape(torn.doc)).toEqual(shape(printed.doc));
  expect(changes(compareDocs(printed.doc, torn.doc))).toEqual([]);
}

describe('a text whose lines came apart', () => {
  for (const [name, text] of Object.entries(TEXTS)) {
    it(`${name}: every fourth long line a word a line`, () => expectSameAs(text, tornWordPerLine(text)));
    it(`${name}: every list and ayat marker on a line of its own`, () => expectSameAs(text, markersAlone(text)));
    it(`${name}: every marker on a line of its own, a blank line before its text`, () => expectSameAs(text, markersAlone(text, true)));
    it(`${name}: every Pasal heading run together with the Pasal's first words (Penjelasan entries too)`, () => expectSameAs(text, headingsInline(text)));
  }

  // A word processor's no-break spaces between the words (the marker's column read as before).
  it('Banjarnegara 8/2025: no-break spaces between words, its list closing text after "d. …," kept apart from the item', () =>
    expectSameAs(TEXTS['Banjarnegara 8/2025 (amending instrument)'], TEXTS['Banjarnegara 8/2025 (amending instrument)'].replace(/(\S) (\S)/g, '$1\u00a0$2')));

  // Laid out flat, as a page converted to HTML gives it. Banjarnegara's list closing text after
  // its last item's "," ("d. kerja sama penyediaan infrastruktur," / "tata cara perhitungan …")
  // is told from the item's own text wrapped after a comma by where the line ended. Sulut 2/2018
  // prints a change item's number without its full stop ("2 Pasal 3 diubah"): alone on its line,
  // it still opens the item.
  for (const name of ['Surabaya 1/2009', 'Surabaya 3/2018', 'Sulut 4/2014', 'Sulut 3/2016', 'Sulut 2/2018 (amending instrument)', 'Banjarnegara 8/2025 (amending instrument)'] as const) {
    it(`${name}, flat: long lines a word a line and markers on lines of their own`, () => expectSameAs(TEXTS[name], tornWordPerLine(markersAlone(unindented(TEXTS[name])))));
    it(`${name}, flat: Pasal headings run together with the Pasal's first words`, () => expectSameAs(TEXTS[name], headingsInline(unindented(TEXTS[name]))));
  }
  // Copied out of a PDF viewer: flat, and the runs of spaces that justified the lines closed up,
  // so a line's length no longer says where it ended: an item's text wrapped after a comma stays
  // the item's (the list's closing text after its last item's "," then reads as that item's too,
  // a limit docs/import.md names).
  it('Banjarnegara 8/2025, flat with the spaces closed up: a last item wrapped after a comma keeps its words', () => {
    const copied = unindented(TEXTS['Banjarnegara 8/2025 (amending instrument)']).split('\n').map((l) => l.replace(/ {2,}/g, ' ')).join('\n');
    const texts: string[] = [];
    parseText(copied).doc.descendants((n) => {
      if (n.type.name === 'item') texts.push(n.firstChild?.textContent ?? '');
      return true;
    });
    expect(texts.filter((t) => t.startsWith('pelayanan lembaga penyiaran publik lokal diukur'))).toEqual([expect.stringMatching(/jenis layanan, frekuensi layanan, .* radio suara Banjarnegara\.$/)]);
    expect(texts).toContain('pengolahan limbah cair rumah tangga, perkantoran, dan industri.');
  });
  it('Sulut 2/2018, flat (no line torn)', () => expectSameAs(TEXTS['Sulut 2/2018 (amending instrument)'], unindented(TEXTS['Sulut 2/2018 (amending instrument)'])));
});

/**
 * The national laws outside the corpus (test/fixtures: six replacement texts, two base texts, three
 * amending instruments, one read by text recognition), kept a paragraph a line, set first at a
 * printed width (80 columns) and then come apart as above. They found: "Pasal" / "30" of a
 * Mengingat item torn a word a line joined into a heading; "Pasal 14:" that a sentence wrapped to
 * taken for a heading; "salinan" alone on a line taken for the stamp SALINAN; a quoted word alone
 * on a line (“Yayasan”) taken for the close of a restated Pasal; a Penjelasan entry's "Pasal 3
 * Ayat (1)" and a restated "Pasal 71A Dalam hal …" after "… sebagai berikut:" not set apart.
 * The Narkotika and Perfilman texts found: a Bagian heading torn a word a line ("Bagian" /
 * "Ketiga" / "Narkotika" / …) read as the last ayat's words; a list marker alone on its line
 * before an item run into the next ("b." / "…; dan c. …") not continued.
 */
const NATIONAL = Object.fromEntries(
  ['diff/uu-1997-28-kepolisian.txt', 'diff/uu-2002-02-kepolisian.txt', 'amend/uu-1999-31-tipikor.txt', 'amend/uu-2001-16-yayasan.txt', 'amend/uu-2001-20-perubahan-tipikor.txt', 'amend/uu-2004-28-perubahan-yayasan.txt', 'amend/uu-2019-15-perubahan-ocr.txt',
    'diff/uu-1997-22-narkotika.txt', 'diff/uu-2009-35-narkotika.txt', 'diff/uu-1992-08-perfilman.txt', 'diff/uu-2009-33-perfilman.txt'].map((f) => [
    path.basename(f, '.txt'),
    rewrapped(fs.readFileSync(path.join(fixturesDir, f), 'utf8'), 80),
  ]),
);

/**
 * Cases that read otherwise, each for a reason of its source, held to exactly that reading: UU
 * 35/2009's Pasal 62 has no text, so run together with it its heading takes Pasal 63's; UU 8/1992
 * Pasal 33 ayat (2) huruf d runs the list's closing words into its line ("d. ditolaknya seluruh
 * film; untuk diedarkan, …"), which torn a word a line stand apart as the closing text they are.
 */
const READ_OTHERWISE: Record<string, (c: Comparison) => void> = {
  'uu-2009-35-narkotika: inline': (c) => expect(changes(c).slice(0, 2)).toEqual(['Pasal 62 -> -: deleted', 'Pasal 63 -> Pasal 62: changed']),
  'uu-1992-08-perfilman: torn': (c) => expect(changes(c)).toEqual(['Pasal 33 -> Pasal 33: changed']),
};

/** `expectSameAs`, or where the case reads otherwise for a reason of its source (`READ_OTHERWISE`), that reading. */
function expectAsRead(name: string, kind: string, printedText: string, relaid: string): void {
  const otherwise = READ_OTHERWISE[`${name}: ${kind}`];
  if (otherwise) otherwise(compareDocs(parseText(printedText).doc, parseText(relaid).doc));
  else expectSameAs(printedText, relaid);
}

describe('a national law outside the corpus, set at a printed width, whose lines came apart', () => {
  for (const [name, text] of Object.entries(NATIONAL)) {
    it(`${name}: every fourth long line a word a line`, () => expectAsRead(name, 'torn', text, tornWordPerLine(text)));
    it(`${name}: every marker on a line of its own, a blank line before its text`, () => expectSameAs(text, markersAlone(text, true)));
    it(`${name}: every Pasal heading run together with the Pasal's first words`, () => expectAsRead(name, 'inline', text, headingsInline(text)));
    it(`${name}, flat: long lines a word a line and markers on lines of their own`, () => expectSameAs(text, tornWordPerLine(markersAlone(unindented(text)))));
  }
});
