/**
 * Robustness: random and mutated texts (lines dropped, headings duplicated, lines shuffled,
 * binary junk, 5 MB of text) never throw, always return a schema-valid document plus
 * diagnostics; and the importer never drops text: every word of every line it did not list as
 * removed furniture is found in the document.
 */
import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { parseDocJson } from '../../../src/model/validate';
import { normalizeLines } from '../../../src/parse/normalize-lines';
import { parseText } from '../../../src/parse/parse-text';
import { outlineOf } from '../../../src/parse/outline';
import type { ImportResult } from '../../../src/parse/types';
import { CORPUS_FILES, corpusText } from './helpers/corpus';
import { seededRandom } from '../../../src/model/seeded-random';


function assertSane(r: ImportResult): void {
  expect(r.doc.type.name).toBe('doc');
  expect(() => r.doc.check()).not.toThrow();
  expect(() => parseDocJson(r.doc.toJSON())).not.toThrow();
  expect(Array.isArray(r.diagnostics)).toBe(true);
  expect(Array.isArray(r.removed)).toBe(true);
  expect(() => outlineOf(r)).not.toThrow();
}

/** All text of the document, attributes and unit numbers included, letters only, lower case. */
function docLetters(doc: Node): string {
  const parts: string[] = [];
  doc.descendants((n) => {
    for (const k of ['prefix', 'nomor', 'tahun', 'title', 'label', 'baseNum', 'text']) if (typeof n.attrs[k] === 'string') parts.push(n.attrs[k] as string);
    if (n.isText) parts.push(n.text ?? '');
    return true;
  });
  return parts.join(' ').toLowerCase().replace(/[^a-z]/g, '');
}

const mutations: Array<[string, (lines: string[], r: () => number) => string[]]> = [
  ['drop lines', (ls, r) => ls.filter(() => r() > 0.1)],
  ['duplicate headings', (ls, r) => ls.flatMap((l) => (/^\s*(Pasal|BAB|Bagian|Paragraf)\b/.test(l) && r() < 0.3 ? [l, l] : [l]))],
  ['shuffle blocks', (ls, r) => { const out = [...ls]; for (let i = out.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [out[i], out[j]] = [out[j]!, out[i]!]; } return out; }],
  ['binary junk', (ls, r) => ls.map((l) => (r() < 0.05 ? Array.from({ length: 40 }, () => String.fromCharCode(Math.floor(r() * 65536))).join('') : l))],
  ['truncate', (ls, r) => ls.slice(0, Math.floor(r() * ls.length))],
  ['markers only', (ls) => ls.map((l, i) => ['(1)', 'a.', '1.', 'a)', '1)', 'Pasal 1', 'BAB I', 'PASAL I', 'Menimbang', 'PENJELASAN', 'LAMPIRAN', 'Ditetapkan di'][i % 12]!)],
];

describe('fuzz', () => {
  it('mutated corpus texts never throw and give a valid document', () => {
    let seed = 1;
    for (const file of CORPUS_FILES.slice(1)) {
      const lines = corpusText(file).split('\n');
      for (const [, mutate] of mutations) assertSane(parseText(mutate(lines, seededRandom(seed++)).join('\n')));
    }
  }, 60_000);

  it('random texts never throw', () => {
    const r = seededRandom(42);
    const alphabet = ['Pasal', 'BAB', 'I', 'II', '(1)', '(2)', 'a.', 'b.', '1.', 'a)', 'Bagian', 'Kesatu', 'Paragraf', '1', 'diubah', 'disisipkan', 'dihapus', 'sebagaimana', 'dimaksud', 'dalam', 'pada', 'ayat', 'huruf', 'sampai', 'dengan', 'Menimbang', 'Mengingat', 'MEMUTUSKAN', ':', ';', '.', '\n', '\n', '\n', '- 2 -', 'SALINAN', 'PENJELASAN', 'ATAS', 'I. UMUM', 'LAMPIRAN', 'Ditetapkan di', 'x-', '\f', '\t', '\u00a0'];
    for (let k = 0; k < 60; k++) {
      const n = Math.floor(r() * 800);
      const text = Array.from({ length: n }, () => alphabet[Math.floor(r() * alphabet.length)]!).join(' ');
      assertSane(parseText(text));
    }
    assertSane(parseText(''));
    assertSane(parseText('\n\n\n'));
    assertSane(parseText(String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 65536))));
  }, 60_000);

  it('5 MB of text is imported', () => {
    const base = corpusText('perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt');
    const text = base.repeat(Math.ceil((5 * 1024 * 1024) / base.length));
    expect(text.length).toBeGreaterThan(5 * 1024 * 1024);
    const r = parseText(text);
    assertSane(r);
    expect(outlineOf(r).pasal.map((p) => p.num)).toEqual(Array.from({ length: 41 }, (_, i) => String(i + 1)));
  }, 60_000);

  for (const file of CORPUS_FILES) {
    it(`never drops text: ${file}`, () => {
      const text = corpusText(file);
      const r = parseText(text);
      const removed = new Set(r.removed.map((x) => x.line));
      const letters = docLetters(r.doc);
      const missing: string[] = [];
      // Words that name a part are stored as structure (node types), not as text.
      const structural = new Set(['menimbang', 'mengingat', 'pasal', 'demi', 'umum']);
      for (const l of normalizeLines(text)) {
        if (removed.has(l.no)) continue;
        for (const word of l.text.toLowerCase().split(/[^a-z]+/)) for (const w of [word.replace(/^(bagian|paragraf)(?=ke|\d)/, '')]) if (w.length >= 4 && !structural.has(w) && !letters.includes(w)) missing.push(`${l.no}:${w}`);
      }
      expect(missing).toEqual([]);
    }, 60_000);
  }
});
