/**
 * A real amending instrument read by text recognition (UU 15/2019, test/fixtures/amend), with the
 * slips such a text has in its numbers: item numbers with their digits set apart ("1 1."), an l
 * for a 1 and no space ("l4.Ketentuan"), a 1 read as 7 ("77.Di antara" for item 17), "Pasal 2 1",
 * ayat "(21" and "(41" (the closing parenthesis read as 1), a definition "ll.Naskah". Every item
 * is found with the units it restates, and nothing is reported as out of sequence.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { parseText } from '../../../src/parse';
import { outlineOfDoc } from '../../../src/parse/outline';
import { fixturesDir } from '../../helpers/paths';

const read = parseText(fs.readFileSync(path.join(fixturesDir, 'amend', 'uu-2019-15-perubahan-ocr.txt'), 'utf8'));

/** Each change item's number and the units it restates, as "Pasal 21 (1) (2)". */
function restated(doc: Node): string[] {
  const out: string[] = [];
  doc.descendants((node) => {
    if (node.type.name !== 'changeItem') return true;
    const units: string[] = [];
    node.descendants((x) => {
      if (x.type.name === 'pasal') units.push(`Pasal ${x.attrs.baseNum}`);
      else if (x.type.name === 'ayat') units.push(`(${x.attrs.baseNum})`);
      else if (x.type.name === 'bab') units.push(`BAB ${x.attrs.baseNum}`);
      return true;
    });
    out.push(`${node.attrs.baseNum}: ${units.join(' ')}`.trim());
    return false;
  });
  return out;
}

describe('UU 15/2019 as text recognition read it', () => {
  it('finds all 18 change items with what each names', () => {
    expect(outlineOfDoc(read.doc).change_items.map((c) => `${c.action} ${c.units.join(', ')}`)).toEqual([
      'diubah Pasal 1', 'diubah Pasal 20', 'diubah Pasal 21', 'diubah Pasal 23', 'diubah Pasal 26', 'diubah Pasal 47',
      'diubah Pasal 49', 'diubah Pasal 54', 'diubah Pasal 55', 'diubah Pasal 58', 'disisipkan Pasal 71A', 'diubah Pasal 72',
      'diubah Pasal 85', 'diubah Pasal 91', 'disisipkan BAB XA', 'disisipkan Pasal 95A, Pasal 95B', 'disisipkan BAB XIIA', 'disisipkan Pasal 99A',
    ]);
  });

  it('reads the restated units whole: "Pasal 2 1" is Pasal 21, "(21" and "(41" are ayat (2) and (4)', () => {
    expect(restated(read.doc)).toEqual([
      '1: Pasal 1', '2: Pasal 20 (1) (2) (3) (4) (5) (6)', '3: Pasal 21 (1) (2) (3) (4) (5) (6)', '4: Pasal 23 (1) (2)',
      '5: Pasal 26 (1) (2)', '6: Pasal 47 (1) (2) (3) (4)', '7: Pasal 49 (1) (2) (3)', '8: Pasal 54 (1) (2) (3)', '9: Pasal 55 (1) (2) (3)',
      '10: Pasal 58 (1) (2)', '11: Pasal 71A', '12:', '13: Pasal 85', '14: Pasal 91 (1) (2)', '15: BAB XA',
      '16: Pasal 95A (1) (2) (3) (4) Pasal 95B (1) (2)', '17: BAB XIIA', '18: Pasal 99A',
    ]);
  });

  it('keeps the 17 definitions of Pasal 1 in sequence ("ll.Naskah" is angka 11) and reports nothing out of order', () => {
    let items = 0;
    read.doc.descendants((node) => {
      if (node.type.name === 'pasal' && node.attrs.baseNum === '1') {
        node.descendants((x) => {
          if (x.type.name === 'item') items++;
          return true;
        });
        return false;
      }
      return true;
    });
    expect(items).toBe(17);
    expect(read.diagnostics.filter((d) => d.code === 'NUMBERING_GAP' || d.code === 'UNPLACED_TEXT')).toEqual([]);
  });
});
