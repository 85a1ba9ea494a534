/**
 * What text recognition misreads in a scanned Perda, one kind at a time, on real texts: the digit
 * 1 read as l or I and 0 as O (in Pasal and BAB headings, list markers, references, amounts, years,
 * page numbers), and a marker's full stop read as a comma or a parenthesis. Each misread text
 * imports to the same structure as the printed one, and the comparison of the two finds nothing
 * changed: a DPRD member comparing a scanned old Perda with the new one sees no change the scan
 * made up.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { compareDocs } from '../../../src/diff/compare';
import type { Comparison } from '../../../src/diff/types';
import { parseText } from '../../../src/parse';
import { corpusDir } from '../../helpers/paths';

const read = (name: string) => fs.readFileSync(path.join(corpusDir, name), 'utf8');
const surabaya = read('perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt');
const sulut = read('perda-prov-sulut-2014-04-minuman-beralkohol.txt');
const instrument = read('perda-prov-sulut-2018-02-perubahan-rpjmd.txt');
const rpjmd = read('perda-prov-sulut-2016-03-rpjmd-2016-2021.txt');

/** `text` with `pattern` rewritten by `misread` wherever it matches. */
type Misreading = { name: string; text: string; pattern: RegExp; misread: (match: string, ...groups: string[]) => string; least: number; bodyOnly?: true };

const ones = (s: string) => s.replace(/1/g, 'l');
const zeros = (s: string) => s.replace(/0/g, 'O');

const MISREADINGS: Misreading[] = [
  { name: 'Pasal headings with 1 read as I ("Pasal I", "Pasal 2I")', text: surabaya, pattern: /^(\s*Pasal )(\d*1\d*)\s*$/gm, misread: (_m, a, d) => a + d.replace(/1/g, 'I'), least: 15 },
  { name: 'Pasal headings with 1 read as I, in a text without Penjelasan', text: sulut, pattern: /^(\s*Pasal )(\d*1\d*)\s*$/gm, misread: (_m, a, d) => a + d.replace(/1/g, 'I'), least: 13 },
  { name: 'Pasal headings with 0 read as O ("Pasal 1O")', text: surabaya, pattern: /^(\s*Pasal )(\d*0\d*)\s*$/gm, misread: (_m, a, d) => a + zeros(d), least: 4 },
  { name: 'Pasal headings with the l read as a bar ("Pasa| 6")', text: sulut, pattern: /^(\s*)Pasal (\d+)\s*$/gm, misread: (_m, s, d) => `${s}Pasa| ${d}`, least: 37 },
  // Near the page breaks, a heading that repeats with its number going up is no running header.
  { name: 'Pasal headings with the l read as a bar, near page breaks', text: rpjmd, pattern: /^(\s*)Pasal (\d+)\s*$/gm, misread: (_m, s, d) => `${s}Pasa| ${d}`, least: 9 },
  { name: 'ayat markers and references with a parenthesis read as a brace ("(2}", "ayat (1}")', text: surabaya, pattern: /^(\s*)\((\d+)\)/gm, misread: (_m, s, d) => `${s}(${d}}`, least: 100 },
  { name: 'BAB numbers with I read as l ("BAB lV")', text: surabaya, pattern: /^(\s*BAB )([IVX]+)/gm, misread: (_m, a, r) => a + r.replace(/I/g, 'l'), least: 15 },
  { name: 'BAB numbers with I read as 1 ("BAB 11")', text: sulut, pattern: /^(\s*BAB )(I+)\b/gm, misread: (_m, a, r) => a + r.replace(/I/g, '1'), least: 3 },
  // Perpres 70/2023's text layer: "(U Satuan Tugas …", "(U Pembina Sektor …" (a marker; a reference wrapped to a line's start stays).
  { name: 'ayat (1) with "1)" read as a U ("(U Satuan …")', text: surabaya, pattern: /(?<!ayat\s*)^(\s*)\(1\)(\s)/gm, misread: (_m, s, w) => `${s}(U${w}`, least: 20 },
  // Perpres 70/2023: "Pasal I 1" for Pasal 11; PP 25/2024: "Pasal 1 1 1" for Pasal 111.
  { name: 'two-digit Pasal headings with a space between the digits ("Pasal I 1", "Pasal 2 3")', text: surabaya, pattern: /^(\s*Pasal )(\d)(\d)\s*$/gm, misread: (_m, a, x, y) => `${a}${x.replace('1', 'I')} ${y}`, least: 30 },
  // Perpres 70/2023: "{21 Berdasarkan …" for "(2) Berdasarkan …", "t. Badan Usaha …" for huruf f, "t2. Badan Usaha …" for angka 12.
  { name: 'ayat markers with "(" read as a brace and ")" as a 1 ("{21 …")', text: surabaya, pattern: /(?<!ayat\s*)^(\s*)\((\d)\)(\s)/gm, misread: (_m, s, d, w) => `${s}{${d}1${w}`, least: 50 },
  { name: 'Pasal headings with a 1 read as a capital L ("Pasal L4", Perpres 61/2024)', text: surabaya, pattern: /^(\s*Pasal )1(\d)\s*$/gm, misread: (_m, a, d) => `${a}L${d}`, least: 10 },
  { name: 'huruf f read as t ("t. …")', text: sulut, pattern: /^(\s*)f\.(\s)/gm, misread: (_m, s, w) => `${s}t.${w}`, least: 2 },
  { name: 'angka 10 to 19 with the 1 read as t ("t2. …")', text: surabaya, pattern: /^(\s*)1(\d)\.(\s)/gm, misread: (_m, s, d, w) => `${s}t${d}.${w}`, least: 10 },
  // In the body only: a Penjelasan entry is read as plain text, its "a." and "a," as they stand.
  { name: 'huruf markers with the full stop read as a comma ("b, ...")', text: surabaya, pattern: /^(\s*)([a-z])\.(\s)/gm, misread: (_m, s, l, w) => `${s}${l},${w}`, least: 100, bodyOnly: true },
  { name: 'huruf markers with the full stop read as a parenthesis ("b) ...")', text: sulut, pattern: /^(\s*)([a-z])\.(\s)/gm, misread: (_m, s, l, w) => `${s}${l})${w}`, least: 40 },
  { name: 'angka markers with the full stop read as a comma ("5, ...")', text: surabaya, pattern: /^(\s*)(\d{1,2})\.(\s)/gm, misread: (_m, s, n, w) => `${s}${n},${w}`, least: 50 },
  { name: 'angka markers with 1 read as l ("l. ...", "1l. ...")', text: sulut, pattern: /^(\s*)(\d*1\d*)\.(\s)/gm, misread: (_m, s, n, w) => `${s}${ones(n)}.${w}`, least: 10 },
  // Tesseract on a scan of an exported Perda (test/fixtures/parse/scan-surabaya-2018-hal-5-7.pdf and the pages around it).
  { name: 'huruf markers with the full stop read as a hyphen ("j- tempat …")', text: surabaya, pattern: /^(\s*)([a-z])\.(\s)/gm, misread: (_m, s, l, w) => `${s}${l}-${w}`, least: 100, bodyOnly: true },
  { name: 'huruf markers with the letter read twice, first as a capital ("Cc. pasca bayar;")', text: surabaya, pattern: /^(\s*)([b-z])\.(\s)/gm, misread: (_m, s, l, w) => `${s}${l.toUpperCase()}${l}.${w}`, least: 100, bodyOnly: true },
  { name: 'huruf l and o read as the digits 1 and 0 ("1. membayar …" after "k. …;")', text: surabaya, pattern: /^(\s*)([lo])\.(\s)/gm, misread: (_m, s, l, w) => `${s}${l === 'l' ? '1' : '0'}.${w}`, least: 3 },
  // A blurred scan (the official-layout print turned, greyed and speckled): "¢. …", "€e. …", "C. …".
  { name: 'huruf c and e read as the currency signs they look like, alone or before themselves ("¢. …", "€e. …")', text: surabaya, pattern: /^(\s*)([ce])\.(\s)/gm, misread: (_m, s, l, w) => `${s}${l === 'c' ? '¢' : '€e'}.${w}`, least: 20, bodyOnly: true },
  { name: 'huruf markers read as capitals ("C. …", "J- …")', text: surabaya, pattern: /^(\s*)([b-z])\.(\s)/gm, misread: (_m, s, l, w) => `${s}${l.toUpperCase()}${l === 'j' ? '-' : '.'}${w}`, least: 100, bodyOnly: true },
  { name: 'huruf i, j and l with their stop lost, read as a bare 1 ("1 mempekerjakan …", "1: menarik …")', text: surabaya, pattern: /^(\s*)([ijl])\.(\s)/gm, misread: (_m, s, l, w) => `${s}1${l === 'j' ? ':' : ''}${w}`, least: 8, bodyOnly: true },
  // Only where huruf d follows within a few lines (or, for a list's last item, where the item before announced it, below).
  { name: 'huruf c\'s marker dropped before a huruf d, its words left at the text\'s column ("Parkir TJU Insidentil;")', text: surabaya, pattern: /^([ \t]*)c\.([ \t]+)(?=[^\n]*\n(?:[^\n]*\n){0,3}[ \t]*d\.\s)/gm, misread: (_m, s, w) => `${s}  ${w}`, least: 10, bodyOnly: true },
  // A list's last item whose marker is lost, after the item before announced it ("d. Parkir TJU Petak Khusus; dan/atau" / "Parkir TKP Progresif.").
  { name: 'the marker of a list\'s last item dropped after "…; dan/atau", its words left at the text\'s column', text: surabaya, pattern: /(?<=;[ \t]*(?:dan|atau|dan\/atau)[ \t]*\n)^([ \t]*)[a-z]\.([ \t]+)/gm, misread: (_m, s, w) => `${s}  ${w}`, least: 10, bodyOnly: true },
  { name: 'ayat (3) read as (8)', text: surabaya, pattern: /(?<!ayat\s*)^(\s*)\(3\)(\s)/gm, misread: (_m, s, w) => `${s}(8)${w}`, least: 20 },
  { name: 'numbers with 0 read as O ("2OO9", "Rp5O.OOO", "Pasal 2O", "1O.", page "1O")', text: surabaya, pattern: /\b(\d)(\d*0\d*)\b/g, misread: (_m, a, r) => a + zeros(r), least: 100 },
  { name: 'numbers with 1 read as l ("2Ol1", "Pasal 3l")', text: sulut, pattern: /\b(\d)(\d*1\d*)\b/g, misread: (_m, a, r) => a + ones(r), least: 30 },
];

/** The number of ayat and of list items of each Pasal. */
function shape(doc: Node): string[] {
  const out: string[] = [];
  doc.descendants((n) => {
    if (n.type.name !== 'pasal') return true;
    let ayat = 0;
    let items = 0;
    n.descendants((c) => {
      if (c.type.name === 'ayat') ayat++;
      if (c.type.name === 'item') items++;
      return true;
    });
    out.push(`${ayat}/${items}`);
    return false;
  });
  return out;
}

/** Every row of the comparison that is not unchanged, by its old label and status. */
function changes(c: Comparison): string[] {
  const rows = [...c.pasal, ...c.konsiderans, ...c.dasarHukum, ...c.headings, ...c.penjelasan, ...c.judul, ...c.diktum, ...c.penutup];
  return rows.filter((r) => r.status !== 'unchanged').map((r) => `${r.old?.label ?? '-'} -> ${r.new?.label ?? '-'}: ${r.status}`);
}

describe('a scanned Perda as text recognition misreads it', () => {
  for (const m of MISREADINGS) {
    it(m.name, () => {
      const penjelasan = m.bodyOnly ? m.text.search(/^\s*PENJELASAN\s*$/m) : -1;
      const [body, rest] = penjelasan > 0 ? [m.text.slice(0, penjelasan), m.text.slice(penjelasan)] : [m.text, ''];
      const misread = body.replace(m.pattern, m.misread as (s: string, ...g: string[]) => string) + rest;
      expect(m.text.match(m.pattern)?.length ?? 0).toBeGreaterThanOrEqual(m.least);
      const printed = parseText(m.text);
      const scanned = parseText(misread);
      expect(scanned.kind).toBe('original');
      expect(shape(scanned.doc)).toEqual(shape(printed.doc));
      expect(changes(compareDocs(printed.doc, scanned.doc))).toEqual([]);
    });
  }

  it('huruf f read as t is read back as f: no warning of a list out of order that the printed text lacks (the shape and rows above agree either way)', () => {
    const misread = sulut.replace(/^(\s*)f\.(\s)/gm, '$1t.$2');
    expect(misread).not.toBe(sulut);
    const warnings = (t: string) => parseText(t).diagnostics.filter((d) => d.severity !== 'info').map((d) => d.message.replace(/^baris \d+[^:]*: /, ''));
    expect(warnings(misread)).toEqual(warnings(sulut));
  });

  it('an amending instrument whose change items read "l." and "2," and whose restated Pasal 1 reads "Pasal I" imports the same change items', () => {
    const misread = instrument
      .replace(/^(\s*)1\.(\s+Pasal 1 diubah)/m, '$1l.$2')
      .replace(/^(\s*)2\.(\s+Pasal 3 diubah)/m, '$12,$2')
      .replace(/^(\s*)Pasal 1\s*$/m, '$1Pasal I');
    expect(misread).not.toBe(instrument);
    const printed = parseText(instrument);
    const scanned = parseText(misread);
    expect(scanned.kind).toBe('amendment');
    expect(changes(compareDocs(printed.doc, scanned.doc))).toEqual([]);
  });
});
