/**
 * A real amending instrument in the formulas Perda perubahan are written in: UU 12/2008 applied to
 * UU 32/2004 on Pemerintahan Daerah (test/fixtures/amend, both as a web page gives them; the base
 * is the law as enacted, the instrument its second amendment). Its 18 items name the ayat and huruf
 * they change, insert or delete and restate each Pasal whole. The page leaves underline marks
 * between units ("… sama. __ (2) …"): ayat (2) of Pasal 235 stayed inside ayat (1), and the item
 * that adds it was reported applied.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyInstrument, consolidatedText } from '../../../src/amend/index';
import { applyNewInstrument } from '../../../src/amend/applied-instrument';
import { compareDocs } from '../../../src/diff/compare';
import { comparisonToJson } from '../../../src/diff/json';
import { parseText } from '../../../src/parse/index';
import { fixturesDir } from '../../helpers/paths';

const read = (f: string) => fs.readFileSync(path.join(fixturesDir, 'amend', f), 'utf8');
const base = parseText(read('uu-2004-32-pemerintahan-daerah.txt')).doc;
const instrumentText = read('uu-2008-12-perubahan-pemerintahan-daerah.txt');
const instrument = parseText(instrumentText).doc;
const applied = applyInstrument(base, instrument);
const lines = consolidatedText(applied.doc).split('\n').map((l) => l.trim());
/** The lines of one consolidated Pasal, from its heading to the next heading. */
const pasal = (n: string) => {
  const from = lines.indexOf(`Pasal ${n}`);
  const to = lines.findIndex((l, i) => i > from && /^(Pasal \d+[A-Z]?|BAB [IVX]+|Bagian \w+)$/.test(l));
  return lines.slice(from + 1, to).filter(Boolean);
};

describe('UU 12/2008 applied to UU 32/2004 (Pemerintahan Daerah), from a web page\'s text', () => {
  it('applies all 18 items', () => {
    expect(applied.report.map((r) => r.status)).toEqual(new Array(18).fill('applied'));
  });

  it('sets the ayat run in after an underline mark apart, the mark dropped', () => {
    expect(pasal('235').map((l) => l.slice(0, 3))).toEqual(['(1)', '(2)']);
    expect(pasal('235')[0]).toMatch(/pada hari dan tanggal yang sama\.$/);
    expect(pasal('60').at(-1)).toMatch(/diatur dengan peraturan KPU\.$/);
  });

  it('flags an item whose restated Pasal lacks an ayat it names', () => {
    const lost = instrumentText.replace('sama. __ (2) Pemungutan suara', 'sama. __ Pemungutan suara');
    const item = applyInstrument(base, parseText(lost).doc).report[15]!;
    expect(`${item.status} ${item.message}`).toBe('ambiguous Butir menyebut ayat (2), tetapi rumusan baru Pasal 235 tidak memuatnya; periksa rumusan itu.');
  });

  it('compared with its base, reads exactly the Pasal the instrument changes and inserts', () => {
    const a = applyNewInstrument(base, instrument)!;
    const j = comparisonToJson(compareDocs(base, a.doc));
    const by = (s: string) => j.units.filter((u) => u.status === s).map((u) => (u.new ?? u.old)?.replace('Pasal ', ''));
    expect(by('changed')).toEqual(['26', '42', '56', '58', '59', '60', '62', '63', '64', '75', '107', '108', '115', '233', '235']);
    expect(by('inserted')).toEqual(['59A', '236A', '236B', '236C', '239A']);
    expect(j.summary).toMatchObject({ unchanged: 225, changed: 15, inserted: 5, deleted: 0, moved: 0, renumbered: 0 });
  });
});
