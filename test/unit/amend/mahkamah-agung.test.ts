/**
 * A fifth real amending instrument outside the corpus: UU 5/2004 applied to UU 14/1985 on
 * Mahkamah Agung (test/fixtures/amend, both as a web page gives them). Its restated units stand
 * without quotation marks; one item adds a Pasal naming only the BAB it goes into ("Dalam Bab VII
 * Ketentuan Penutup ditambah 1 (satu) pasal baru yakni Pasal 81A"), which its number places after
 * Pasal 81; one changes a Bagian's title in words of its own, which is reported, not applied.
 * Checked against the consolidated text a reader makes from both.
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

const parse = (f: string) => parseText(fs.readFileSync(path.join(fixturesDir, 'amend', f), 'utf8')).doc;
const base = parse('uu-1985-14-mahkamah-agung.txt');
const instrument = parse('uu-2004-05-perubahan-mahkamah-agung.txt');
const applied = applyInstrument(base, instrument);

describe('UU 5/2004 applied to UU 14/1985 (Mahkamah Agung), from a web page\'s text', () => {
  it('reads all 25 change items; applies 24, one placed by its number for a look; reports the title change it cannot read', () => {
    expect(applied.report).toHaveLength(25);
    expect(applied.report.filter((r) => r.status !== 'applied').map((r) => `${r.item} ${r.status} ${r.message}`)).toEqual([
      '16 not-understood Butir tidak menyebut Pasal yang diubah.',
      '25 ambiguous Butir tidak menyebut letak penyisipan; Pasal 81A disisipkan sesudah Pasal 81 menurut nomornya.',
    ]);
  });

  it('puts Pasal 81A after Pasal 81, in BAB VII', () => {
    const headings = consolidatedText(applied.doc).split('\n').map((l) => l.trim()).filter((l) => /^(Pasal \d+[A-Z]?|BAB [IVX]+)$/.test(l));
    expect(headings.slice(headings.indexOf('Pasal 80'))).toEqual(['Pasal 80', 'Pasal 80A', 'Pasal 80B', 'Pasal 80C', 'BAB VII', 'Pasal 81', 'Pasal 81A', 'Pasal 82']);
  });

  it('compared with its base, reads exactly the Pasal the instrument changes, inserts and deletes', () => {
    const a = applyNewInstrument(base, instrument)!;
    const j = comparisonToJson(compareDocs(base, a.doc));
    const by = (s: string) => j.units.filter((u) => u.status === s).map((u) => (u.new ?? u.old)?.replace('Pasal ', ''));
    expect(by('changed')).toEqual(['1', '4', '5', '7', '8', '9', '11', '12', '13', '18', '19', '20', '21', '22', '25', '30', '31', '35']);
    expect(by('inserted')).toEqual(['24A', '31A', '45A', '80A', '80B', '80C', '81A']);
    expect(by('deleted')).toEqual(['26', '27']);
    expect(j.summary).toMatchObject({ unchanged: 62, changed: 18, inserted: 7, deleted: 2, moved: 0, renumbered: 0 });
  });
});
