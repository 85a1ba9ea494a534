/**
 * A third real replacement pair, on the subject of the Perda Rancang's first users revise: UU
 * 22/1997 and UU 35/2009 on Narkotika (test/fixtures/diff, batang tubuh only; 104 and 155 Pasal).
 * The new law inserts whole chapters, splits Pasal, moves some to other chapters and rewords
 * nearly all: checked by reading both texts (the golden's note says where its reading and a
 * reader's differ).
 */
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { keteranganOf } from '../../../src/diff/index';
import { comparisonToJson } from '../../../src/diff/json';
import { comparisonRedline, redlineText } from '../../../src/export/redline/index';
import { partNotes } from '../../../src/export/table/part-notes';
import { parseText } from '../../../src/parse';
import { fixturePair, oldLabelsOf, pairedRows, readGolden } from '../../helpers/fixture-pair';

const { NEW, c, rowOf } = fixturePair('uu-1997-22-narkotika.txt', 'uu-2009-35-narkotika.txt');
const golden = readGolden('uu-narkotika-1997-2009.golden.json');

describe('compareDocs on the real Narkotika replacement pair (UU 22/1997 -> UU 35/2009)', () => {
  it('matches the Pasal as the golden fixture reads them', () => {
    expect(c.matchedBy).toBe('content');
    expect(pairedRows(c)).toEqual(golden.matched);
    expect(c.summary).toEqual(golden.summary);
  });

  it('keeps every Pasal of both texts, each new one once', () => {
    const j = comparisonToJson(c);
    expect(j.units.filter((u) => u.new).map((u) => u.new)).toEqual(Array.from({ length: 155 }, (_, i) => `Pasal ${i + 1}`));
    const olds = new Set(oldLabelsOf(c));
    expect([...olds].sort()).toEqual(Array.from({ length: 104 }, (_, i) => `Pasal ${i + 1}`).sort());
  });

  it('reads old Pasal 2 as split: its ayat (1) is new Pasal 5, the rest reworded is new Pasal 6', () => {
    // New 5 lies inside old 2 (0.76 of its grams); the words of old 2 that new 6 lacks are mostly
    // new 6's rewording, but what new 5 holds of old 2 is mostly what new 6 lacks: its own part.
    expect([rowOf('Pasal 5').status, rowOf('Pasal 5').old?.label, rowOf('Pasal 6').status, rowOf('Pasal 6').old?.label]).toEqual(['split', 'Pasal 2', 'split', 'Pasal 2']);
    expect(keteranganOf(rowOf('Pasal 6'))).toBe('Dipecah menjadi Pasal 5 dan Pasal 6; ayat (2) sampai dengan ayat (4) menjadi Pasal 6');
  });

  it('pairs old Pasal 50 with new Pasal 58 by what cites them, ayat by ayat', () => {
    // Old 51 "(1) … Pasal 49 … (2) … Pasal 50 …" is new 59 "(1) … Pasal 56 dan Pasal 57 … (2) …
    // Pasal 58 …": the whole lists differ in length (old 49 was split), their ayat (2) do not.
    expect([rowOf('Pasal 58').status, rowOf('Pasal 58').old?.label]).toEqual(['changed', 'Pasal 50']);
    expect([rowOf('Pasal 59').status, rowOf('Pasal 59').old?.label]).toEqual(['changed', 'Pasal 51']);
  });

  it('pairs the repeal clauses of the closing chapter, which gained a Pasal beside them', () => {
    // Old BAB XV KETENTUAN PENUTUP leaves Pasal 103 over, new BAB XVII leaves 153 and 154: the
    // chapter's leftovers are candidates, and only 153 shares enough rare words with 103.
    expect([rowOf('Pasal 153').status, rowOf('Pasal 153').old?.label]).toEqual(['changed', 'Pasal 103']);
    expect(rowOf('Pasal 154').status).toBe('inserted');
    // Its one sentence became the words that open a list ("Dengan berlakunya Undang-Undang ini:")
    // and the list's first item (the law repealed): the item is the sentence changed (its word
    // changes, "Nomor 9 Tahun 1976" -> "Nomor 22 Tahun 1997", in view), the opening words split
    // from it; the second item is new.
    expect(partNotes(rowOf('Pasal 153'))).toEqual(['huruf b disisipkan', 'teks pembuka dipecah dari teks Pasal', 'huruf a (semula teks Pasal) diubah']);
  });

  it('pairs old Pasal 55 with new Pasal 61 by their first ayat, the rest rewritten as a list', () => {
    // "(1) Pemerintah melakukan pengawasan terhadap seluruh/segala kegiatan yang berhubungan/
    // berkaitan dengan narkotika." The whole Pasal share too few rare words to pair in a chapter
    // (new 61 adds a list of nine items); their first parts open with the same subject.
    expect([rowOf('Pasal 61').status, rowOf('Pasal 61').old?.label]).toEqual(['changed', 'Pasal 55']);
  });

  it('gives the new text back from its redline with every change accepted', () => {
    const red = comparisonRedline(c, { oldLabel: 'UU 22/1997', newLabel: 'UU 35/2009', date: '2026-12-07T00:00:00Z' });
    const back = compareDocs(NEW, parseText(redlineText(red.paras, 'new')).doc);
    expect(back.pasal).toHaveLength(155);
    expect(back.pasal.filter((r) => r.status !== 'unchanged' || r.parts.some((p) => p.status !== 'unchanged')).map((r) => r.new?.label)).toEqual([]);
  });
});
