/**
 * A third real amending instrument outside the corpus, as a web page runs it together: UU 10/1998
 * applied to UU 7/1992 on Perbankan (test/fixtures/amend, both as the page gives them). Its 43
 * change items run into the closing quotation mark of the item before, each quoted heading into
 * its words; several restate one ayat or huruf under their Pasal's heading alone; and the source
 * has its slips (an item without its verb, one opening "Keterangan", three inserted Pasal quoted
 * under the number of the Pasal before them, an ayat cut off with its closing mark). Checked
 * against the consolidated text a reader makes from both.
 */
import { describe, expect, it } from 'vitest';
import { applyInstrument, consolidatedText } from '../../../src/amend/index';
import { applyNewInstrument } from '../../../src/amend/applied-instrument';
import { compareDocs } from '../../../src/diff/compare';
import { comparisonToJson } from '../../../src/diff/json';
import { readAmendFixture } from '../../helpers/amend-fixture';

const parse = (f: string) => readAmendFixture(f);
const base = parse('uu-1992-07-perbankan.txt').doc;
const imported = parse('uu-1998-10-perubahan-perbankan.txt');
const instrument = imported.doc;
const applied = applyInstrument(base, instrument);
const text = consolidatedText(applied.doc);
const lines = text.split('\n').map((l) => l.trim());
/** The consolidated lines of one Pasal, from its heading to the next heading. */
const pasal = (n: string) => {
  const from = lines.indexOf(`Pasal ${n}`);
  const to = lines.findIndex((l, i) => i > from && /^(Pasal \d+[A-Z]?|BAB [IVX]+|Bagian \w+)$/.test(l));
  return lines.slice(from + 1, to).filter(Boolean);
};
const markers = (n: string) => pasal(n).map((l) => /^(\(\w+\)|[a-z]\.)/.exec(l)?.[1] ?? l.slice(0, 12));

/** The Pasal the items change (restated whole or in part) and those they insert, by reading the instrument. */
const CHANGED = [1, 6, 7, 8, 11, 12, 13, 16, 18, 19, 20, 21, 22, 26, 27, 28, 29, 31, 33, 37, 40, 41, 42, 46, 47, 48, 49, 50, 51, 52, 55];
const INSERTED = ['12A', '31A', '37A', '37B', '41A', '42A', '44A', '47A', '50A', '59A'];

describe('UU 10/1998 applied to UU 7/1992 (perbankan), from a web page\'s text', () => {
  it('reads all 43 change items and applies each, four by a reading of the source\'s slips it reports', () => {
    expect(applied.report).toHaveLength(43);
    expect(applied.report.filter((r) => r.status !== 'applied').map((r) => [r.item, r.status])).toEqual([[8, 'ambiguous'], [22, 'ambiguous'], [31, 'ambiguous'], [39, 'ambiguous']]);
    expect(applied.report[3]?.units).toEqual(['Pasal 7 huruf c']);
    expect(applied.report[32]?.units).toEqual(['Pasal 46 ayat (1)']);
    // Item 39, "Menambah ketentuan Pasal 50 dan Pasal 51 yang dijadikan Pasal 50A", lacks "di antara": the report says how it was read.
    expect(applied.report[38]?.message).toBe('Butir tidak menyebut nomor pasal yang disisipkan, tetapi memuat Pasal 50A; yang dimuat disisipkan sesudah Pasal 50.');
  });

  it('imports without a warning on the numbers of the units it quotes, which restate some ayat or huruf only', () => {
    expect(imported.kind).toBe('amendment');
    expect(imported.diagnostics.filter((d) => d.code.startsWith('NUMBERING'))).toEqual([]);
  });

  it('changes only the ayat or huruf an item restates under its Pasal\'s heading alone', () => {
    // Item 2 deletes huruf k, item 3 restates huruf m: the other thirteen huruf of Pasal 6 stay.
    expect(pasal('6').filter((l) => /^[a-z]\./.test(l)).map((l) => l[0])).toEqual([...'abcdefghijklmn']);
    expect(pasal('6').filter((l) => /^\d\./.test(l))).toHaveLength(7);
    expect(pasal('6').find((l) => l.startsWith('k.'))).toBe('k.  Dihapus.');
    expect(pasal('6').find((l) => l.startsWith('m.'))).toMatch(/Prinsip Syariah, sesuai dengan ketentuan yang ditetapkan oleh Bank Indonesia\.$/);
    expect(markers('7')).toEqual(['Selain melak', 'a.', 'b.', 'c.', 'd.']);
    expect(pasal('7').find((l) => l.startsWith('c.'))).toMatch(/kegagalan pembiayaan berdasarkan Prinsip Syariah/);
    // Item 14 restates ayat (1) of Pasal 20 under "Pasal 20": ayat (2) and (3) stay.
    expect(markers('20')).toEqual(['(1)', '(2)', '(3)']);
    expect(pasal('20')[0]).toMatch(/kantor cabang pembantu, dan kantor perwakilan/);
    // Item 6: ayat (1) and (3) restated, ayat (4A) inserted between (4) and (5), run into the quoted ayat (3) on the page.
    expect(markers('11').filter((m) => m.startsWith('('))).toEqual(['(1)', '(2)', '(3)', '(4)', '(4a)', '(5)']);
  });

  it('inserts the Pasal quoted under the number of the Pasal before them under the numbers their items name', () => {
    const headings = lines.filter((l) => /^Pasal \d+[A-Z]?$/.test(l));
    for (const [before, inserted] of [['12', '12A'], ['31', '31A'], ['42', '42A']]) expect(headings[headings.indexOf(`Pasal ${before}`) + 1]).toBe(`Pasal ${inserted}`);
    expect(headings.filter((h) => h === 'Pasal 12')).toHaveLength(1);
  });

  it('compared with its base, reads exactly the Pasal the instrument changes, inserts and deletes', () => {
    const a = applyNewInstrument(base, instrument)!;
    expect([a.applied, a.total]).toEqual([43, 43]);
    const j = comparisonToJson(compareDocs(base, a.doc));
    const by = (s: string) => j.units.filter((u) => u.status === s).map((u) => u.new ?? u.old);
    expect(by('changed')).toEqual(CHANGED.map((n) => `Pasal ${n}`));
    expect(by('inserted')).toEqual(INSERTED.map((n) => `Pasal ${n}`));
    expect(by('deleted')).toEqual(['Pasal 17', 'Pasal 32']);
    expect(j.summary).toMatchObject({ unchanged: 61 - CHANGED.length - 2, changed: CHANGED.length, inserted: 10, deleted: 2, moved: 0, split: 0, merged: 0 });
    // Pasal 12, one sentence, restated as ayat (1) on its subject and ayat (2), a delegation: the
    // sentence is ayat (1) (`subject-parts.ts`), though the delegation's formula reads closer by grams.
    const p12 = j.units.find((u) => u.old === 'Pasal 12')!;
    expect(p12.parts?.map((p) => `${p.status} ${p.old ?? '-'} -> ${p.new ?? '-'}`)).toEqual(['changed Pasal 12 (teks 1) -> Pasal 12 ayat (1)', 'inserted - -> Pasal 12 ayat (2)']);
  });
});
