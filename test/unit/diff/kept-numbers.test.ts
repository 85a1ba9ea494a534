/**
 * Texts of one law that keep their Pasal numbers, as an amendment does: UU 31/1999 against its
 * consolidated text after UU 20/2001, read from files (no uid shared). UU 20/2001 rewrote Pasal 5
 * to 12 whole; all read alike ("Setiap orang yang melakukan tindak pidana sebagaimana dimaksud
 * dalam Pasal … Kitab Undang-undang Hukum Pidana, dipidana …"), and paired by their words old
 * Pasal 9 read as new Pasal 5 and old Pasal 5 as new Pasal 9. Now the consolidated text reads
 * exactly as the instrument applied to the base reads, and with nothing inserted (only Pasal 5 to
 * 12 rewritten) the numbers still break the near-ties (`number-swaps.ts`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyInstrument, consolidatedText } from '../../../src/amend/index';
import { compareDocs } from '../../../src/diff/compare';
import { extractUnits } from '../../../src/diff/extract';
import { comparisonToJson } from '../../../src/diff/json';
import { keepsNumbers } from '../../../src/diff/kept-numbers';
import { parseText } from '../../../src/parse/index';
import { pasalBody, withPasalBody } from '../../helpers/pasal-lines';
import { corpusDir, fixturesDir } from '../../helpers/paths';

const text = (dir: string, f: string) => fs.readFileSync(path.join(dir, f), 'utf8');
const baseText = text(path.join(fixturesDir, 'amend'), 'uu-1999-31-tipikor.txt');
const base = parseText(baseText).doc;
const applied = applyInstrument(base, parseText(text(path.join(fixturesDir, 'amend'), 'uu-2001-20-perubahan-tipikor.txt')).doc).doc;
const consolidated = consolidatedText(applied);

/** UU 31/1999 with Pasal 5 to 12 as UU 20/2001 left them, nothing inserted. */
function rewrittenOnly(): string {
  let t = baseText;
  for (let n = 5; n <= 12; n++) t = withPasalBody(t, n, pasalBody(consolidated, n));
  return t;
}

const rows = (a: Parameters<typeof compareDocs>[0], b: Parameters<typeof compareDocs>[1], amends?: boolean) =>
  comparisonToJson(compareDocs(a, b, { amends })).units.filter((u) => u.status !== 'unchanged').map((u) => `${u.status}:${u.old ?? '-'}>${u.new ?? '-'}`);
const pasalOf = (t: string) => extractUnits(parseText(t).doc).pasal;

describe('texts that keep their Pasal numbers, as an amendment does', () => {
  it('are told from a replacement law numbered afresh, and from a text with nothing inserted unless the caller knows it amends', () => {
    const b = extractUnits(base).pasal;
    expect(keepsNumbers(b, pasalOf(consolidated))).toBe(true);
    expect(keepsNumbers(b, pasalOf(rewrittenOnly()))).toBe(false);
    expect(keepsNumbers(b, pasalOf(rewrittenOnly()), true)).toBe(true);
    // A draft derived from the base shares its uids: the uids pair it.
    expect(keepsNumbers(b, b)).toBe(false);
    const kepolisian = (f: string) => pasalOf(text(path.join(fixturesDir, 'diff'), f));
    expect(keepsNumbers(kepolisian('uu-1997-28-kepolisian.txt'), kepolisian('uu-2002-02-kepolisian.txt'), true)).toBe(false);
    const surabaya = (f: string) => pasalOf(text(corpusDir, f));
    expect(keepsNumbers(surabaya('perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt'), surabaya('perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt'))).toBe(false);
  });

  it('the consolidated text read from a file reads as the instrument applied to the base reads: Pasal 5 to 12 changed, each under its own number', () => {
    const fromFile = rows(base, parseText(consolidated).doc);
    expect(fromFile).toEqual(rows(base, applied));
    expect(compareDocs(base, parseText(consolidated).doc).matchedBy).toBe('number');
    expect(fromFile.slice(0, 8)).toEqual([5, 6, 7, 8, 9, 10, 11, 12].map((n) => `changed:Pasal ${n}>Pasal ${n}`));
    expect(fromFile).toContain('split:Pasal 37>Pasal 37A');
  });

  it('with nothing inserted, Pasal 5 to 12 rewritten read changed under their own numbers, and nothing else changed', () => {
    const want = [5, 6, 7, 8, 9, 10, 11, 12].map((n) => `changed:Pasal ${n}>Pasal ${n}`);
    expect(rows(base, parseText(rewrittenOnly()).doc)).toEqual(want);
    expect(rows(base, parseText(rewrittenOnly()).doc, true)).toEqual(want);
  });

  it('a text that shows itself an amendment only by a Pasal kept as "Dihapus." pairs by number too: three Pasal rewritten with one another\'s words read changed, not moved', () => {
    // Pasal 2 now says what Pasal 3 said, 3 what 4 said, 4 what 2 said; Pasal 20 deleted and kept under its number.
    const rotated = withPasalBody(withPasalBody(withPasalBody(baseText, 2, pasalBody(baseText, 3)), 3, pasalBody(baseText, 4)), 4, pasalBody(baseText, 2));
    const draft = withPasalBody(rotated, 20, ['Dihapus.']);
    expect(keepsNumbers(extractUnits(base).pasal, pasalOf(draft))).toBe(true);
    expect(rows(base, parseText(draft).doc)).toEqual(['changed:Pasal 2>Pasal 2', 'changed:Pasal 3>Pasal 3', 'changed:Pasal 4>Pasal 4', 'deleted:Pasal 20>Pasal 20']);
    // Without the deleted Pasal nothing says the text amends the other: its words pair it.
    expect(keepsNumbers(extractUnits(base).pasal, pasalOf(rotated))).toBe(false);
  });
});
