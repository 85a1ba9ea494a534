/**
 * Two versions of an amending instrument (the real Sulawesi Utara 2018 instrument): the text of
 * its change items ("1. Pasal 1 diubah, sehingga ...", and the units they quote) is compared, so
 * an edit inside one shows as that change item changed in Pasal I.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { comparisonToJson } from '../../../src/diff/json';
import { parseText } from '../../../src/parse';
import { corpusDir } from '../../helpers/paths';

const instrument = fs.readFileSync(path.join(corpusDir, 'perda-prov-sulut-2018-02-perubahan-rpjmd.txt'), 'utf8');

describe('an amending instrument against an edited version of it', () => {
  const before = parseText(instrument);

  it('is read as an instrument with change items', () => {
    let items = 0;
    before.doc.descendants((n) => {
      if (n.type.name === 'changeItem') items++;
      return true;
    });
    expect(items).toBeGreaterThan(1);
  });

  it('finds one word changed inside a quoted unit, in its change item', () => {
    const edited = instrument.replace('sebagaimana tercantum dalam BAB VII Lampiran', 'sebagaimana tercantum dalam BAB VIII Lampiran');
    expect(edited).not.toBe(instrument);
    const units = comparisonToJson(compareDocs(before.doc, parseText(edited).doc)).units;
    expect(units.map((u) => [u.status, u.old])).toEqual([['changed', 'Pasal I'], ['unchanged', 'Pasal II']]);
    const parts = units[0]?.parts ?? [];
    expect(parts).toHaveLength(1);
    expect(parts[0]).toMatchObject({ status: 'changed' });
    expect(parts[0]?.new).toMatch(/^Pasal I angka \d+$/);
  });

  it('finds a quoted unit whose printed number changed', () => {
    const from = '                      2.   Rencana Pembangunan Jangka Menengah';
    expect(instrument.split(from)).toHaveLength(2);
    const renumbered = instrument.replace(from, from.replace('2.', '3.'));
    const units = comparisonToJson(compareDocs(before.doc, parseText(renumbered).doc)).units;
    expect(units.map((u) => [u.status, u.old])).toEqual([['changed', 'Pasal I'], ['unchanged', 'Pasal II']]);
  });

  it('finds nothing when the text is the same', () => {
    const units = comparisonToJson(compareDocs(before.doc, parseText(instrument).doc)).units;
    expect(units.every((u) => u.status === 'unchanged')).toBe(true);
  });
});
