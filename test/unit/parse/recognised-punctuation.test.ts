/**
 * The semicolons that end list items, where text recognition read them as colons
 * (`recognised-punctuation.ts`), on a real text: Perda Kota Surabaya 3/2018 with every item end
 * "…;" and "…; dan/atau" misread "…:" reads back as printed, and a colon that opens an item's own
 * list stays.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { comparisonToJson } from '../../../src/diff/json';
import { parseText } from '../../../src/parse';
import { restoreItemSemicolons } from '../../../src/parse/recognised-punctuation';
import { corpusDir } from '../../helpers/paths';

const text = fs.readFileSync(path.join(corpusDir, 'perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt'), 'utf8');
const printed = parseText(text).doc;

/** Every row of the comparison of the printed text with `doc` that is not unchanged. */
function changed(doc: typeof printed): string[] {
  const j = comparisonToJson(compareDocs(printed, doc));
  return [...j.units, ...j.other].filter((u) => u.status !== 'unchanged').map((u) => `${u.old} ${u.status}`);
}

describe('list items that text recognition ended with a colon', () => {
  const misread = text.replace(/;(\s*(?:dan|atau|dan\/atau)?)[ \t]*$/gm, ':$1');

  it('end with a semicolon again where their list goes on', () => {
    expect(misread.match(/:\s*(?:dan|atau|dan\/atau)?[ \t]*$/gm)?.length ?? 0).toBeGreaterThan(130);
    const read = parseText(misread).doc;
    expect(changed(read).length).toBeGreaterThan(20);
    const { doc, restored } = restoreItemSemicolons(read);
    expect(restored).toBeGreaterThan(80);
    // Only items: Pasal 21 ayat (2) (which the source ends with a semicolon of its own) and a
    // Penjelasan sentence keep the colon they were read with.
    expect(changed(doc)).toEqual(['Pasal 21 changed', 'Penjelasan Pasal 12 changed']);
  });

  it('leave the printed text as it is: a colon that opens an item\'s own list, and the last item\'s stop', () => {
    const { doc, restored } = restoreItemSemicolons(printed);
    expect(restored).toBe(0);
    expect(doc).toBe(printed);
  });
});
