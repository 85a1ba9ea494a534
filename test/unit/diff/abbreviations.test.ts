/**
 * Abbreviations a text defines ("… yang selanjutnya disingkat DPRD") are read as their long form
 * where Pasal are compared for similarity, never where their words are: a new Perda that
 * abbreviates what the old one wrote out pairs its Pasal with their old selves, and its redline
 * still shows the name written otherwise.
 */
import { describe, expect, it } from 'vitest';
import { definedAbbreviations } from '../../../src/diff/abbreviations';
import { subjectWords } from '../../../src/diff/subject-words';
import { compareDocs } from '../../../src/diff/compare';
import { isFormOnlyChange, keteranganOf, partFormChange } from '../../../src/diff/keterangan';
import { abbreviationOnly, writtenOtherwise } from '../../../src/diff/printed-otherwise';
import { comparisonRedline, redlineFrame, redlineText } from '../../../src/export/redline/index';
import { extractUnits } from '../../../src/diff/extract';
import { dice, gramsFor } from '../../../src/diff/similarity';
import { parseText } from '../../../src/parse';
import { PERDA_HEAD } from '../../helpers/perda-text';

const HEAD = `${PERDA_HEAD}\nBAB I\nKETENTUAN UMUM\n`;

const doc = (body: string) => parseText(HEAD + body).doc;

const DEFINITIONS = `Pasal 1
Dalam Peraturan Daerah ini yang dimaksud dengan:
1. Kota Batam yang selanjutnya disebut Daerah adalah daerah otonom.
2. Dewan Perwakilan Rakyat Daerah yang selanjutnya disingkat DPRD adalah Dewan Perwakilan Rakyat Daerah Kota Batam.
3. Badan Narkotika Nasional Kota Batam yang selanjutnya disingkat BNNK adalah instansi vertikal.
4. Kepala Badan Narkotika Nasional Kota Batam yang selanjutnya disebut Kepala BNNK adalah pimpinan BNNK.
5. Pencegahan dan Pemberantasan Penyalahgunaan dan Peredaran Gelap Narkotika dan Prekursor Narkotika yang selanjutnya disingkat P4GN adalah upaya Pemerintah Daerah.
6. Program Legislasi Daerah yang selanjutnya disebut Prolegda adalah instrumen perencanaan.
7. Parkir di Tepi Jalan Umum yang selanjutnya disingkat TJU adalah tempat parkir di badan jalan.
8. Rencana Pembangunan Jangka Menengah Daerah Tahun 2016 – 2021, yang selanjutnya disingkat RPJMD, adalah dokumen perencanaan.
9. Badan Kesatuan Bangsa dan Politik yang selanjutnya disebut Badan adalah perangkat Daerah.
10. Peraturan Daerah yang selanjutnya disebut Perda adalah Peraturan Daerah Kota Batam.
11. Wali Kota Batam yang selanjutnya disebut Walikota adalah kepala Daerah.
`;

describe('abbreviations a text defines', () => {
  it('reads the abbreviations, with their long forms, and not the names a text gives', () => {
    const units = extractUnits(doc(DEFINITIONS));
    const abbr = definedAbbreviations(units.pasal);
    // "Daerah" and "Badan" are names, not abbreviations; "Kepala BNNK" is a name of two words;
    // "Walikota" is "Wali Kota" written as one word.
    expect([...abbr.keys()].sort()).toEqual(['BNNK', 'DPRD', 'P4GN', 'Perda', 'Prolegda', 'RPJMD', 'TJU']);
    // Each long form as many words as it has (a year and a span of years belong to the name).
    expect(abbr.get('DPRD')?.hashes).toHaveLength(4);
    expect(abbr.get('P4GN')?.hashes).toHaveLength(11);
    expect(abbr.get('TJU')?.hashes).toHaveLength(5);
    expect(abbr.get('RPJMD')?.hashes).toHaveLength(8);
    expect(abbr.get('DPRD')?.words).toEqual(['dewan', 'perwakilan', 'rakyat', 'daerah']);
  });

  it('reads an abbreviation as its long form in a part\'s subject words, unless that is formula words alone', () => {
    const units = extractUnits(doc(`${DEFINITIONS}Pasal 2\nRancangan Perda disampaikan oleh DPRD.\n`));
    const part = units.pasal[1]?.parts[0];
    // "DPRD" reads "dewan perwakilan rakyat" ("daerah" is a formula word); "Perda" would be
    // "peraturan daerah", formula words alone: it stays "perda".
    expect(subjectWords(part?.tokens ?? [])).toEqual(['rancangan', 'perda', 'disampaikan', 'dewan', 'perwakilan', 'rakyat']);
  });

  it('reads a Pasal that abbreviates as alike as one that writes the names out, and keeps the words it compares', () => {
    const spelled = 'Penyusunan Program Legislasi Daerah antara Dewan Perwakilan Rakyat Daerah dan Pemerintah Daerah dikoordinasikan oleh Dewan Perwakilan Rakyat Daerah melalui alat kelengkapan Dewan Perwakilan Rakyat Daerah yang khusus menangani bidang legislasi.';
    const abbreviated = 'Penyusunan Prolegda antara DPRD dan Pemerintah Daerah dikoordinasikan oleh DPRD melalui alat kelengkapan DPRD yang khusus menangani bidang legislasi.';
    const old = doc(`Pasal 1\nDalam Peraturan Daerah ini yang dimaksud dengan:\n1. Daerah adalah Kota Batam.\n\nPasal 2\n${spelled}\n`);
    const neu = doc(`${DEFINITIONS}\nPasal 2\n${abbreviated}\n`);
    const [a, b] = [extractUnits(old).pasal[1]!, extractUnits(neu).pasal[1]!];
    expect(dice(gramsFor(a.tokens), gramsFor(b.tokens))).toBeGreaterThan(0.9);
    // Read word for word they share far less.
    const literal = (tokens: typeof b.tokens) => tokens.map(({ x: _x, ...t }) => t);
    expect(dice(gramsFor(literal(a.tokens)), gramsFor(literal(b.tokens)))).toBeLessThan(0.7);
    // The word diff compares the words written: the abbreviation stands in place of the long
    // form, the old column quoting the long form (a change of form, below).
    const row = compareDocs(old, neu).pasal.find((r) => r.new?.label === 'Pasal 2')!;
    expect(row.old?.label).toBe('Pasal 2');
    expect(row.segments.some((s) => s.op === 'equal' && s.old?.includes('Program Legislasi Daerah') && s.text.includes('Prolegda'))).toBe(true);
    expect(row.segments.filter((s) => s.op === 'insert').map((s) => s.text.trim())).toEqual([]);
  });

  it('leaves a text that defines no abbreviation as it is', () => {
    const units = extractUnits(doc('Pasal 1\nDalam Peraturan Daerah ini yang dimaksud dengan:\n1. Daerah adalah Kota Batam.\n'));
    expect(definedAbbreviations(units.pasal).size).toBe(0);
    expect(units.pasal[0]!.tokens.some((t) => t.x !== undefined)).toBe(false);
  });

  it('reads a Pasal that only writes its defined abbreviations for the long forms as changed in form only ("hanya singkatan")', () => {
    const spelled = 'Rancangan Peraturan Daerah yang berasal dari Dewan Perwakilan Rakyat Daerah disampaikan oleh pimpinan Dewan Perwakilan Rakyat Daerah kepada Wali Kota.';
    const abbreviated = 'Rancangan Peraturan Daerah yang berasal dari DPRD disampaikan oleh pimpinan DPRD kepada Wali Kota.';
    const old = doc(`Pasal 1\nDalam Peraturan Daerah ini yang dimaksud dengan:\n1. Daerah adalah Kota Batam.\n\nPasal 2\n${spelled}\n\nPasal 3\n(1) ${spelled}\n(2) Wali Kota membina Badan Narkotika Nasional Kota Batam.\n`);
    const neu = doc(`${DEFINITIONS}\nPasal 2\n${abbreviated}\n\nPasal 3\n(1) ${abbreviated.replace(/\.$/, ';')}\n(2) Wali Kota membina BNNK.\n`);
    const c = compareDocs(old, neu);
    const row = c.pasal.find((r) => r.new?.label === 'Pasal 2')!;
    expect(keteranganOf(row)).toBe('Diubah; hanya singkatan');
    expect(isFormOnlyChange(row)).toBe(true);
    // Read the other way (the old text abbreviates, the new writes the name out), the same.
    expect(keteranganOf(compareDocs(neu, old).pasal.find((r) => r.new?.label === 'Pasal 2')!)).toBe('Diubah; hanya singkatan');
    // The words stay in place, the old column quoting the long form: no deletion, no insertion.
    expect(row.segments.filter((s) => s.op !== 'equal')).toEqual([]);
    expect(row.segments.some((s) => s.old?.includes('Dewan Perwakilan Rakyat Daerah') && s.text.includes('DPRD'))).toBe(true);
    // With punctuation besides, it says both; each part says what it changed.
    const both = c.pasal.find((r) => r.new?.label === 'Pasal 3')!;
    expect(keteranganOf(both)).toBe('Diubah; hanya singkatan dan tanda baca');
    expect(both.parts.map(partFormChange)).toEqual(['hanya singkatan dan tanda baca', 'hanya singkatan']);
    // The redline reads each text back whole: the long form in the old reading, the abbreviation in the new.
    const paras = comparisonRedline(c, { oldLabel: 'lama', newLabel: 'baru', date: '2026-12-07T00:00:00Z', frame: redlineFrame(old, neu) }).paras;
    expect(redlineText(paras, 'old')).toContain(spelled);
    expect(redlineText(paras, 'new')).toContain(abbreviated);
    expect(redlineText(paras, 'new')).not.toContain(spelled);
  });

  it('tells an abbreviation written for its long form from other words printed otherwise', () => {
    expect(abbreviationOnly({ old: 'Dewan Perwakilan Rakyat Daerah', now: 'DPRD' })).toBe(true);
    expect(abbreviationOnly({ old: 'Prolegnas', now: 'Program Legislasi Nasional' })).toBe(true);
    expect(writtenOtherwise({ old: 'Pencegahan dan Pemberantasan Penyalahgunaan dan Peredaran Gelap Narkotika', now: 'P4GN' })).toBe(true);
    // A name, a number that followed the renumbering, two words for two words: no abbreviation.
    expect(abbreviationOnly({ old: 'Kota Batam', now: 'Daerah' })).toBe(false);
    expect(abbreviationOnly({ old: 'Pasal 4', now: 'Pasal 11' })).toBe(false);
    expect(abbreviationOnly({ old: 'Dewan Perwakilan', now: 'Wali Kota' })).toBe(false);
    expect(abbreviationOnly({ old: 'Wali Kota', now: 'Walikota' })).toBe(false);
    expect(abbreviationOnly({ old: 'Peraturan Daerah', now: 'Perda' })).toBe(true);
  });
});
