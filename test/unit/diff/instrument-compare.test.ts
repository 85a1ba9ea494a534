/**
 * Two versions of an amending instrument (the real Sulawesi Utara 2018 instrument): its change
 * items ("1. Pasal 1 diubah, sehingga ...") and each unit they quote are parts of Pasal I, so an
 * edit inside a quoted ayat shows as that ayat changed, named within its change item.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { comparisonToJson } from '../../../src/diff/json';
import { parseText } from '../../../src/parse';
import { partNotes } from '../../../src/export/table/part-notes';
import { corpusDir, fixturesDir } from '../../helpers/paths';

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
    // The change stands in the quoted ayat it is in, named within its change item.
    expect(parts[0]?.new).toMatch(/^Pasal I angka \d+, Pasal 3 ayat \(3\)$/);
  });

  it("sets the quoted units as the instrument prints them: the quoted Pasal's heading centred, its items one step in", () => {
    const row = compareDocs(before.doc, before.doc).pasal[0];
    const lines = row?.new?.lines ?? [];
    const item = lines.findIndex((l) => l.label === 'Pasal I angka 1');
    expect(lines[item]).toMatchObject({ marker: '1.', indent: 0 });
    expect(lines[item + 1]).toEqual({ indent: 1, marker: '', label: 'Pasal I angka 1, Pasal 1', heading: true });
    expect(lines.find((l) => l.label === 'Pasal I angka 1, Pasal 1 angka 2')).toMatchObject({ marker: '2.', indent: 1 });
    expect(row?.new?.text.split('\n')[item + 1]).toBe('Pasal 1');
  });

  it('names the words before the change items Pasal I\'s opening text ("teks pembuka")', () => {
    const from = 'Utara Tahun 2016 – 2021, diubah sebagai berikut:';
    expect(instrument.split(from)).toHaveLength(2);
    const row = compareDocs(before.doc, parseText(instrument.replace(from, 'Utara Tahun 2016 – 2021, diubah dan ditambah sebagai berikut:')).doc).pasal[0];
    expect(partNotes(row!)).toEqual(['teks pembuka diubah']);
  });

  it('notes each edited quoted unit apart in the matriks: names that hold a comma are not listed together', () => {
    const edited = instrument
      .replace('sebagaimana tercantum dalam BAB VII Lampiran', 'sebagaimana tercantum dalam BAB VIII Lampiran')
      .replace('Gubernur adalah Gubernur Sulawesi Utara.', 'Gubernur adalah Gubernur Provinsi Sulawesi Utara.');
    const row = compareDocs(before.doc, parseText(edited).doc).pasal[0];
    expect(partNotes(row!)).toEqual(['angka 1, Pasal 1 angka 1 diubah', 'angka 2, Pasal 3 ayat (3) diubah']);
  });

  it('reads a change item inserted as inserted, with what it quotes, and the later items as renumbered: the numbers they cite tell them apart', () => {
    const at = instrument.indexOf(' 2   Pasal 3 diubah, sehingga Pasal 3 berbunyi sebagai');
    expect(at).toBeGreaterThan(0);
    const item = ' 2.  Pasal 2 diubah, sehingga Pasal 2 berbunyi sebagai\n     berikut:\n\n                      Pasal 2\n\n     RPJMD Perubahan merupakan penjabaran visi, misi, dan program Gubernur.\n\n';
    const inserted = `${instrument.slice(0, at)}${item}${instrument.slice(at).replace(' 2   Pasal 3 diubah', ' 3.  Pasal 3 diubah').replace('3.   Pasal 4 diubah', '4.   Pasal 4 diubah')}`;
    const units = comparisonToJson(compareDocs(before.doc, parseText(inserted).doc)).units;
    expect(units[0]?.parts).toEqual([
      { status: 'inserted', old: null, new: 'Pasal I angka 2' },
      { status: 'inserted', old: null, new: 'Pasal I angka 2, Pasal 2' },
      { status: 'inserted', old: null, new: 'Pasal I angka 2, Pasal 2 (teks 1)' },
      { status: 'renumbered', old: 'Pasal I angka 2', new: 'Pasal I angka 3' },
      { status: 'renumbered', old: 'Pasal I angka 3', new: 'Pasal I angka 4' },
    ]);
  });

  it('finds a quoted unit whose printed number changed', () => {
    const from = '                      2.   Rencana Pembangunan Jangka Menengah';
    expect(instrument.split(from)).toHaveLength(2);
    const renumbered = instrument.replace(from, from.replace('2.', '3.'));
    const units = comparisonToJson(compareDocs(before.doc, parseText(renumbered).doc)).units;
    expect(units.map((u) => [u.status, u.old])).toEqual([['changed', 'Pasal I'], ['unchanged', 'Pasal II']]);
    // The number the instrument states is its text: that item changed, no other part.
    expect(units[0]?.parts).toEqual([{ status: 'changed', old: 'Pasal I angka 1, Pasal 1 angka 2', new: 'Pasal I angka 1, Pasal 1 angka 3' }]);
  });

  it('finds nothing when the text is the same', () => {
    const units = comparisonToJson(compareDocs(before.doc, parseText(instrument).doc)).units;
    expect(units.every((u) => u.status === 'unchanged')).toBe(true);
  });
});

describe('the long real Banjarnegara 8/2025 instrument against an edited version of it', () => {
  const text = fs.readFileSync(path.join(corpusDir, 'perda-kab-banjarnegara-2025-08-perubahan-pajak-retribusi-daerah.txt'), 'utf8');
  const before = parseText(text).doc;
  const partsAfter = (edited: string) => {
    expect(edited).not.toBe(text);
    const units = comparisonToJson(compareDocs(before, parseText(edited).doc)).units;
    expect(units.map((u) => [u.status, u.old])).toEqual([['changed', 'Pasal I'], ['unchanged', 'Pasal II']]);
    return units[0]?.parts;
  };

  it('names the one quoted ayat a word changed in, among the hundreds of units Pasal I quotes', () => {
    expect(partsAfter(text.replace('usaha perkebunan, perhutanan, dan', 'usaha perkebunan, kehutanan, dan'))).toEqual([
      { status: 'changed', old: 'Pasal I angka 1, Pasal 7 ayat (1)', new: 'Pasal I angka 1, Pasal 7 ayat (1)' },
    ]);
  });

  it('reads a quoted "Dihapus." given text as that ayat changed: the instrument restates it, no placeholder of the Perda', () => {
    const at = text.indexOf('                               (2) Dihapus.\n');
    expect(at).toBeGreaterThan(0);
    const edited = `${text.slice(0, at)}                               (2) Dihapus sejak tanggal diundangkan.\n${text.slice(at + '                               (2) Dihapus.\n'.length)}`;
    const parts = partsAfter(edited);
    expect(parts).toHaveLength(1);
    expect(parts?.[0]).toMatchObject({ status: 'changed' });
    expect(parts?.[0]?.new).toMatch(/^Pasal I angka \d+, Pasal \d+ ayat \(2\)$/);
  });
});

describe('an instrument that inserts a BAB (a short text in the form of Lampiran II, none of the real ones does)', () => {
  const text = fs.readFileSync(path.join(fixturesDir, 'amend/perubahan-sisip-bab.txt'), 'utf8');
  const edited = text.replace('dijamin kerahasiaannya', 'dijamin kerahasiaan identitas pelapornya');

  it('sets the quoted BAB number and title, and the quoted Pasal heading, as centred lines, and names the one ayat edited', () => {
    expect(edited).not.toBe(text);
    const row = compareDocs(parseText(text).doc, parseText(edited).doc).pasal[0]!;
    const lines = row.new?.lines ?? [];
    const printed = row.new?.text.split('\n') ?? [];
    expect(lines.filter((l) => l.heading).map((l) => [l.label, printed[lines.indexOf(l)]])).toEqual([
      ['Pasal I angka 1, BAB IIIA', 'BAB IIIA'],
      ['Pasal I angka 1, BAB IIIA judul', 'PERAN SERTA MASYARAKAT'],
      ['Pasal I angka 1, Pasal 12A', 'Pasal 12A'],
    ]);
    expect(row.parts.filter((p) => p.status !== 'unchanged').map((p) => [p.status, p.new?.label])).toEqual([['changed', 'Pasal I angka 1, Pasal 12A ayat (2)']]);
  });
});
