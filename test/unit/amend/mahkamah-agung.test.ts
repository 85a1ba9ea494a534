/**
 * A fifth real amending instrument outside the corpus: UU 5/2004 applied to UU 14/1985 on
 * Mahkamah Agung (test/fixtures/amend, both as a web page gives them). Its restated units stand
 * without quotation marks; one item adds a Pasal naming only the BAB it goes into ("Dalam Bab VII
 * Ketentuan Penutup ditambah 1 (satu) pasal baru yakni Pasal 81A"), which its number places after
 * Pasal 81; one changes a Bagian's title in words of its own ("Bab II Bagian Keempat tentang
 * Sekretaris Jenderal Mahkamah Agung diubah menjadi tentang Sekretaris Mahkamah Agung"), applied
 * where the old title it names is the Bagian's. Checked against the consolidated text a reader
 * makes from both.
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
const base = parseText(read('uu-1985-14-mahkamah-agung.txt')).doc;
const instrumentText = read('uu-2004-05-perubahan-mahkamah-agung.txt');
const instrument = parseText(instrumentText).doc;
const applied = applyInstrument(base, instrument);

describe('UU 5/2004 applied to UU 14/1985 (Mahkamah Agung), from a web page\'s text', () => {
  it('reads all 25 change items and applies each, one placed by its number for a look', () => {
    expect(applied.report).toHaveLength(25);
    expect(applied.report.filter((r) => r.status !== 'applied').map((r) => `${r.item} ${r.status} ${r.message}`)).toEqual([
      '25 ambiguous Butir tidak menyebut letak penyisipan; Pasal 81A disisipkan sesudah Pasal 81 menurut nomornya.',
    ]);
    expect(applied.report[15]?.units).toEqual(['BAB II Bagian Keempat']);
  });

  it('changes the Bagian\'s title given in words only where the old title it names is the Bagian\'s', () => {
    const lines = consolidatedText(applied.doc).split('\n').map((l) => l.trim());
    expect(lines[lines.indexOf('Bagian Keempat') + 1]).toBe('Sekretaris Mahkamah Agung');
    const wrong = instrumentText.replace('Bagian Keempat tentang Sekretaris Jenderal Mahkamah Agung diubah', 'Bagian Keempat tentang Panitera Mahkamah Agung diubah');
    const item = applyInstrument(base, parseText(wrong).doc).report[15]!;
    expect(`${item.status} ${item.message}`).toBe('not-understood Butir menyebut judul lama "Panitera Mahkamah Agung", tetapi judul BAB II Bagian Keempat dalam naskah dasar lain.');
  });

  it('puts Pasal 81A after Pasal 81, in BAB VII', () => {
    const headings = consolidatedText(applied.doc).split('\n').map((l) => l.trim()).filter((l) => /^(Pasal \d+[A-Z]?|BAB [IVX]+)$/.test(l));
    expect(headings.slice(headings.indexOf('Pasal 80'))).toEqual(['Pasal 80', 'Pasal 80A', 'Pasal 80B', 'Pasal 80C', 'BAB VII', 'Pasal 81', 'Pasal 81A', 'Pasal 82']);
  });

  it('compared with its base, reads exactly the Pasal the instrument changes, inserts and deletes', () => {
    const a = applyNewInstrument(base, instrument)!;
    const c = compareDocs(base, a.doc);
    const j = comparisonToJson(c);
    expect(c.headings.filter((r) => r.status !== 'unchanged').map((r) => `${r.status} ${r.old?.label} -> ${r.new?.label}`)).toEqual(['changed BAB II Bagian Keempat -> BAB II Bagian Keempat']);
    const by = (s: string) => j.units.filter((u) => u.status === s).map((u) => (u.new ?? u.old)?.replace('Pasal ', ''));
    expect(by('changed')).toEqual(['1', '4', '5', '7', '8', '9', '11', '12', '13', '18', '19', '20', '21', '22', '25', '30', '31', '35']);
    expect(by('inserted')).toEqual(['24A', '31A', '45A', '80A', '80B', '80C', '81A']);
    expect(by('deleted')).toEqual(['26', '27']);
    expect(j.summary).toMatchObject({ unchanged: 62, changed: 18, inserted: 7, deleted: 2, moved: 0, renumbered: 0 });
  });
});
