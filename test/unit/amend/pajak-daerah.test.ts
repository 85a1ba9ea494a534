/**
 * A fourth real amending instrument outside the corpus, on a subject a Perda shares: UU 34/2000
 * applied to UU 18/1997 on Pajak Daerah dan Retribusi Daerah (test/fixtures/amend, both as a web
 * page gives them). The page kept the print's catchwords without its page breaks: on a line of
 * their own before the line they repeat ("(4) Dengan..." above "(4) Dengan Peraturan Daerah …"),
 * at the end of the line before ("… diborongkan. Pasal 27…" above "Pasal 27"), and run into the
 * words they repeat ('"Pasal 5A... "Pasal 5A (1) …'); and it runs the two Pasal one item inserts
 * together ('… Kabupaten/Kota." "Pasal 2B (1) …'). Checked against the consolidated text a
 * reader makes from both.
 */
import { describe, expect, it } from 'vitest';
import { applyInstrument, consolidatedText } from '../../../src/amend/index';
import { applyNewInstrument } from '../../../src/amend/applied-instrument';
import { compareDocs } from '../../../src/diff/compare';
import { comparisonToJson } from '../../../src/diff/json';
import { readAmendFixture } from '../../helpers/amend-fixture';

const parse = (f: string) => readAmendFixture(f);
const imported = { base: parse('uu-1997-18-pajak-daerah.txt'), instrument: parse('uu-2000-34-perubahan-pajak-daerah.txt') };
const base = imported.base.doc;
const instrument = imported.instrument.doc;
const applied = applyInstrument(base, instrument);
const lines = consolidatedText(applied.doc).split('\n').map((l) => l.trim());
/** The ayat markers of one consolidated Pasal, from its heading to the next heading. */
const ayat = (n: string) => {
  const from = lines.indexOf(`Pasal ${n}`);
  const to = lines.findIndex((l, i) => i > from && /^(Pasal \d+[A-Z]?|BAB [IVX]+|Bagian \w+)$/.test(l));
  return lines.slice(from + 1, to).flatMap((l) => /^\(\w+\)/.exec(l)?.[0] ?? []);
};
/** The catchwords each text's import cut out. */
const catchwords = (r: ReturnType<typeof parse>) => r.removed.filter((x) => x.reason === 'kata sambung halaman').map((x) => x.text);

describe('UU 34/2000 applied to UU 18/1997 (pajak daerah), from a web page\'s text', () => {
  it('cuts out the catchwords of both texts, and nothing else', () => {
    expect(catchwords(imported.base)).toEqual(['7. Badan…', '18. Surat…', '27. Jasa…', '37. Pemeriksaan…', 'Bagian…', 'Bagian…', 'Pasal 22…', 'Pasal 27…', 'BAB IV…', 'BAB V…', 'Pasal 40…', 'BAB X…', 'BAB XI…']);
    expect(catchwords(imported.instrument)).toEqual(['13. Pemungutan...', '23. Surat...', '34. Surat...', '(4) Dengan...', '(4) Bagian...', '(3) Tarif...', '"Pasal 5A...', 'b. Retribusi...', '(3) Peraturan...', '13. Ketentuan...', '(2) Wewenang...', 'Pasal III...']);
  });

  it('reads all 14 change items and applies each', () => {
    expect(applied.report.map((r) => `${r.item} ${r.status} ${r.units.join(', ')}`)).toEqual([
      '1 applied Pasal 1',
      '2 applied Pasal 2 ayat (1), Pasal 2 ayat (2), Pasal 2 ayat (3), Pasal 2 ayat (4), Pasal 2 ayat (5), Pasal 2 ayat (6)',
      '3 applied Pasal 2A, Pasal 2B',
      '4 applied Pasal 3',
      '5 applied Pasal 4',
      '6 applied Pasal 5',
      '7 applied Pasal 5A',
      '8 applied Pasal 18',
      '9 applied Pasal 21',
      '10 applied Pasal 24',
      '11 applied Pasal 25',
      '12 applied Pasal 25A',
      '13 applied Pasal 36',
      '14 applied Pasal 42',
    ]);
  });

  it('gives each restated or inserted Pasal the ayat the instrument quotes, no catchword among them', () => {
    expect(ayat('2')).toEqual(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)']);
    expect(ayat('2A')).toEqual(['(1)', '(2)', '(3)', '(4)', '(5)']);
    expect(ayat('2B')).toEqual(['(1)', '(2)', '(3)']);
    expect(ayat('5A')).toEqual(['(1)', '(2)', '(3)', '(4)']);
    expect(ayat('36')).toEqual(['(1)', '(2)', '(2a)', '(3)', '(4)', '(5)']);
    // No line ends in a catchword's dots (the Lembaran line the print adds ends in its number's blank).
    expect(lines.filter((l) => /(\.\.\.|…)$/.test(l) && !l.startsWith('LEMBARAN '))).toEqual([]);
  });

  it('compared with its base, reads exactly the Pasal the instrument changes, inserts and deletes, and no title renumbered', () => {
    const a = applyNewInstrument(base, instrument)!;
    expect([a.applied, a.total]).toEqual([14, 14]);
    const c = compareDocs(base, a.doc);
    const j = comparisonToJson(c);
    const by = (s: string) => j.units.filter((u) => u.status === s).map((u) => u.new ?? u.old);
    expect(by('changed')).toEqual(['Pasal 1', 'Pasal 2', 'Pasal 3', 'Pasal 4', 'Pasal 18', 'Pasal 21', 'Pasal 24', 'Pasal 36', 'Pasal 42']);
    expect(by('inserted')).toEqual(['Pasal 2A', 'Pasal 2B', 'Pasal 5A', 'Pasal 25A']);
    expect(by('deleted')).toEqual(['Pasal 5', 'Pasal 25']);
    expect(j.summary).toMatchObject({ unchanged: 35, changed: 9, inserted: 4, deleted: 2, moved: 0, renumbered: 0 });
    // The base writes "Bagian Pertama"; the text amended keeps it as written: the same number.
    expect(c.headings.filter((r) => r.status !== 'unchanged').map((r) => `${r.status} ${r.old?.label} -> ${r.new?.label}`)).toEqual([]);
  });
});
