/**
 * The titles of the BAB, Bagian or Paragraf headings a fixture text is read with, in order.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseText } from '../../src/parse';
import { fixturesDir } from './paths';

/** The titles of every heading of `type` ("bagian", "paragraf", "bab") in the fixture `file` (a path under test/fixtures). */
export function headingTitles(file: string, type: 'bab' | 'bagian' | 'paragraf'): string[] {
  const titles: string[] = [];
  parseText(fs.readFileSync(path.join(fixturesDir, file), 'utf8')).doc.descendants((n) => {
    if (n.type.name === type) titles.push(n.firstChild?.textContent ?? '');
    return n.type.name !== 'pasal';
  });
  return titles;
}
