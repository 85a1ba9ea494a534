/**
 * Catchwords (`catchwords.ts`): official prints set the words that open a page once more at the
 * foot of the page before ("8. Peraturan . . ."). Real texts with them: the corpus's Perda were
 * printed without, so each is given catchwords before every page number (the first two words of
 * the next page, as prints set them) and must read exactly as without them.
 */
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { parseText } from '../../../src/parse';
import { readCorpus } from '../diff/corpus-edits';

/** `text` with a catchword line before each of its page-number lines (`pageLines`: 1-based). */
function withCatchwords(text: string, pageLines: readonly number[], mark: string): string {
  const lines = text.split('\n');
  const at = new Set(pageLines.map((n) => n - 1));
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (at.has(i)) {
      const next = lines.slice(i + 1).find((l) => l.trim() !== '' && !/^\s*-?\s*\d+\s*-?\s*$/.test(l));
      const words = next?.trim().split(/\s+/).slice(0, 2).join(' ');
      if (words) out.push(`                                        ${words} ${mark}`);
    }
    out.push(line);
  });
  return out.join('\n');
}

describe.each([
  ['perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt', '. . .'],
  ['perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt', '…'],
  ['perda-prov-sulut-2018-02-perubahan-rpjmd.txt', '...'],
])('%s with catchwords ("%s") at the foot of every page', (file, mark) => {
  const text = readCorpus(file).text;
  const plain = parseText(text);
  const pageLines = plain.removed.filter((r) => r.reason === 'nomor halaman').map((r) => r.line);
  const caught = parseText(withCatchwords(text, pageLines, mark));

  it('removes each catchword and lists it, and nothing else', () => {
    const listed = caught.removed.filter((r) => r.reason === 'kata sambung halaman');
    expect(pageLines.length).toBeGreaterThan(5);
    expect(listed.length).toBe(pageLines.length);
    expect(caught.removed.length).toBe(plain.removed.length + listed.length);
  });

  it('reads every unit as the text without catchwords does', () => {
    const c = compareDocs(plain.doc, caught.doc);
    expect(c.pasal.filter((r) => r.status !== 'unchanged' || r.parts.some((p) => p.status !== 'unchanged')).map((r) => r.old?.label)).toEqual([]);
    expect([...c.konsiderans, ...c.dasarHukum, ...c.headings, ...c.penjelasan].filter((r) => r.status !== 'unchanged')).toEqual([]);
  });
});

/** `text` with a catchword line, made by `form` from the next page's first line, before each of its page-number lines. */
function withCatchwordsFrom(text: string, pageLines: readonly number[], form: (opening: string) => string | null): { text: string; added: number } {
  const lines = text.split('\n');
  const at = new Set(pageLines.map((n) => n - 1));
  const out: string[] = [];
  let added = 0;
  lines.forEach((line, i) => {
    if (at.has(i)) {
      const next = lines.slice(i + 1).find((l) => l.trim() !== '' && !/^\s*-?\s*\d+\s*-?\s*$/.test(l));
      const catchword = next === undefined ? null : form(next.trim());
      if (catchword !== null) {
        out.push(`                                        ${catchword}`);
        added++;
      }
    }
    out.push(line);
  });
  return { text: out.join('\n'), added };
}

describe.each([
  // Perpres 70/2023: "f.memberikan...", "10.Pembina...", "BABI...": the space after a marker or a heading word lost.
  ['the space after its marker or heading word lost ("f.memberikan...", "BABI...")', (opening: string) => {
    const m = /^(\S+)\s+(\S+)/.exec(opening);
    return m && /^(?:[a-z]|\d{1,2}|\(\d{1,2}\)|[a-z]\.|\d{1,2}\.|BAB|Pasal)$/.test(m[1] as string) ? `${m[1]}${m[2]}...` : null;
  }],
  // Perpres 70/2023: "BABTII ..." above "BAB III": a letter of the catchword misread.
  ['a letter misread ("BABTII ...", "Pasa1 12 . . .")', (opening: string) => {
    const words = opening.split(/\s+/).slice(0, 2).join(' ');
    const misread = words.includes('l') ? words.replace('l', '1') : words.replace(/[aeiI]/, (c) => ({ a: '4', e: 'c', i: 'l', I: 'T' })[c] as string);
    return words.length >= 6 && misread !== words ? `${misread} . . .` : null;
  }],
  // Perpres 70/2023: "BAB IV" and "Bagian" at a page's foot, above the page that opens "BAB IV" / "Bagian Keempat".
  ['a heading, or its first word, without dots ("BAB IV", "Bagian")', (opening: string) => {
    if (/^Pasal\s+\d+[A-Z]?$/.test(opening) || /^BAB\s+[IVXL]+$/.test(opening)) return opening;
    return /^Bagian\s+\S+$/.test(opening) ? 'Bagian' : null;
  }],
])('a corpus text with catchwords set so: %s', (_name, form) => {
  it.each(['perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt', 'perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt'])('%s: each catchword removed and listed, every unit read as without them', (file) => {
    const text = readCorpus(file).text;
    const plain = parseText(text);
    const pageLines = plain.removed.filter((r) => r.reason === 'nomor halaman').map((r) => r.line);
    const made = withCatchwordsFrom(text, pageLines, form);
    expect(made.added).toBeGreaterThan(2);
    const caught = parseText(made.text);
    expect(caught.removed.filter((r) => r.reason === 'kata sambung halaman')).toHaveLength(made.added);
    const c = compareDocs(plain.doc, caught.doc);
    expect(c.pasal.filter((r) => r.status !== 'unchanged' || r.parts.some((p) => p.status !== 'unchanged')).map((r) => r.old?.label)).toEqual([]);
    expect([...c.konsiderans, ...c.dasarHukum, ...c.headings, ...c.penjelasan].filter((r) => r.status !== 'unchanged')).toEqual([]);
  });
});
