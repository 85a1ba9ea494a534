/**
 * When a draft read from a file keeps its base's numbers (an amendment: an inserted Pasal carries a
 * letter, none is renumbered), its units take the uids of the base's units at the same address;
 * a replacement text, numbered afresh, is left to the comparison's pairing by words.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyInstrument, consolidatedText } from '../../../src/amend/index';
import { keepsBaseNumbers, pairedByNumber } from '../../../src/amend/pair-by-number';
import { asPerubahan } from '../../../src/amend/prepare';
import { numberDocument } from '../../../src/model/numbering';
import { parseText } from '../../../src/parse/index';
import { fixturesDir } from '../../helpers/paths';

const read = (f: string) => asPerubahan(parseText(fs.readFileSync(path.join(fixturesDir, f), 'utf8')).doc);
const base = read('amend/uu-1999-31-tipikor.txt');
const consolidated = asPerubahan(parseText(consolidatedText(applyInstrument(base, read('amend/uu-2001-20-perubahan-tipikor.txt')).doc)).doc);

describe('pairing a draft with its base by number', () => {
  it('a consolidated text (UU 31/1999 as UU 20/2001 left it: Pasal 12A-12C, 43A, 43B added) keeps the numbers; a replacement law (UU 2/2002 for UU 28/1997) does not', () => {
    expect(keepsBaseNumbers(numberDocument(base), numberDocument(consolidated))).toBe(true);
    expect(keepsBaseNumbers(numberDocument(read('diff/uu-1997-28-kepolisian.txt')), numberDocument(read('diff/uu-2002-02-kepolisian.txt')))).toBe(false);
    // A draft derived from the base shares its uids already: nothing to pair.
    expect(keepsBaseNumbers(numberDocument(base), numberDocument(base))).toBe(false);
  });

  it('gives each unit the uid of the base unit at its address, its references following; inserted units keep their own', () => {
    const paired = pairedByNumber(base, consolidated);
    const nb = numberDocument(base);
    const np = numberDocument(paired);
    const uidAt = (n: typeof nb, address: string) => [...n.values()].find((u) => u.address === address)?.uid;
    for (const address of ['Pasal 5', 'Pasal 37 ayat (2)', 'BAB VII', 'Pasal 1 angka 1', 'Menimbang huruf a']) {
      expect(uidAt(np, address)).toBeDefined();
      expect(uidAt(np, address)).toBe(uidAt(nb, address));
    }
    expect(uidAt(nb, 'Pasal 12A')).toBeUndefined();
    expect(uidAt(np, 'Pasal 12A')).toBeDefined();
    const targets: string[] = [];
    paired.descendants((n) => {
      if (n.type.name === 'ref' && typeof n.attrs.target === 'string') targets.push(n.attrs.target);
      return true;
    });
    expect(targets.length).toBeGreaterThan(5);
    expect(targets.every((t) => np.has(t))).toBe(true);
  });
});
