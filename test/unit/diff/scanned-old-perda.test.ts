/**
 * The old Perda as a scan, the new one as text, as a region's drafters will often have them: the
 * Surabaya replacement pair with Perda 1/2009 read by text recognition from
 * test/fixtures/parse/scan-surabaya-2009.pdf (the corpus text as Rancang exports it to Word in the
 * official layout, printed to PDF and taken as one-bit images at 300 dpi, 17 pages, no text
 * layer). The comparison pairs the Pasal exactly as it pairs the two texts (the golden fixture);
 * a slip of text recognition inside a Pasal ("umuin" for "umum") can only turn a Pasal the
 * golden reads renumbered into one read changed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { importFile, parseText } from '../../../src/parse';
import { pairedRows, readGolden } from '../../helpers/fixture-pair';
import { corpusDir, fixturesDir } from '../../helpers/paths';

const golden = readGolden('surabaya-2009-2018.golden.json');
const newDoc = parseText(fs.readFileSync(path.join(corpusDir, 'perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt'), 'utf8')).doc;

describe('a scanned old Perda compared with the new text (Surabaya 2009 scan -> 2018)', () => {
  it('pairs the Pasal as the two texts pair, and finds the same Pasal inserted and deleted', async () => {
    const scan = await importFile(path.join(fixturesDir, 'parse', 'scan-surabaya-2009.pdf'));
    expect(scan.diagnostics.filter((d) => d.code === 'OCR_READ').map((d) => d.message.split(' ')[0])).toEqual(['17']);
    const c = compareDocs(scan.doc, newDoc);
    const pairs = (rows: ReadonlyArray<readonly [string, string, string]>) => rows.map(([, o, n]) => `${o} -> ${n}`);
    expect(pairs(pairedRows(c))).toEqual(pairs(golden.matched));
    expect({ inserted: c.summary.inserted, deleted: c.summary.deleted, split: c.summary.split, merged: c.summary.merged }).toEqual({ inserted: golden.summary.inserted, deleted: golden.summary.deleted, split: golden.summary.split, merged: golden.summary.merged });
    const differing = pairedRows(c).filter((row, i) => row[0] !== golden.matched[i]?.[0]);
    for (const [status, old] of differing) expect([status, golden.matched.find((g) => g[1] === old)?.[0]]).toEqual(['changed', 'renumbered']);
    expect(differing.length).toBeLessThanOrEqual(2);
  }, 180_000);
});
