import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { comparisonToJson } from '../../../src/diff/json';
import { keteranganOf } from '../../../src/diff/keterangan';
import { ayatOf, compareByContent, doc, pasal, range, triples } from './build';
import { surabayaComparison } from '../../helpers/surabaya-comparison';
import { corpusDir } from '../../helpers/paths';
import { parseText } from '../../../src/parse';

describe('compareDocs: one status per hand-made case (content matching, no shared uids)', () => {
  it('inserting one Pasal at the start renumbers the others, it does not change them', () => {
    const a = doc([['KETENTUAN UMUM', range(0, 9)]]);
    const b = doc([['KETENTUAN UMUM', [{ text: 'Peraturan Daerah ini berlaku bagi seluruh penyelenggara parkir.' }, ...range(0, 9)]]]);
    const c = compareByContent(a, b);
    expect(triples(c)[0]).toEqual(['inserted', null, 'Pasal 1']);
    expect(triples(c).slice(1)).toEqual(range(0, 9).map((_, i) => ['renumbered', `Pasal ${i + 1}`, `Pasal ${i + 2}`]));
    expect(c.summary).toMatchObject({ unchanged: 0, changed: 0, inserted: 1, deleted: 0, moved: 0, renumbered: 10 });
    expect(keteranganOf(c.pasal[3]!)).toBe('Nomor berubah (semula Pasal 3)');
  });

  it('changing one word marks exactly that Pasal changed, with a one-word redline', () => {
    const a = doc([['KETENTUAN UMUM', range(0, 5)]]);
    const edited = ayatOf(3);
    edited[1] = edited[1]!.replace('wajib', 'dapat');
    const b = doc([['KETENTUAN UMUM', [...range(0, 2), { ayat: edited }, ...range(4, 5)]]]);
    const c = compareByContent(a, b);
    expect(triples(c).map((t) => t[0])).toEqual(['unchanged', 'unchanged', 'unchanged', 'changed', 'unchanged', 'unchanged']);
    const row = c.pasal[3]!;
    expect(row.segments.filter((s) => s.op !== 'equal')).toEqual([{ op: 'delete', text: ' wajib' }, { op: 'insert', text: ' dapat' }]);
    expect(row.parts.map((p) => p.status)).toEqual(['unchanged', 'changed']);
    expect(keteranganOf(row)).toBe('Diubah');
  });

  it('a change of punctuation only is a change, and its note says so', () => {
    const a = doc([['KETENTUAN UMUM', range(0, 3)]]);
    const edited = ayatOf(2);
    expect(edited[1]!.endsWith('.')).toBe(true);
    edited[1] = edited[1]!.replace(/\.$/, ';');
    const b = doc([['KETENTUAN UMUM', [...range(0, 1), { ayat: edited }, ...range(3, 3)]]]);
    const c = compareByContent(a, b);
    expect(triples(c).map((t) => t[0])).toEqual(['unchanged', 'unchanged', 'changed', 'unchanged']);
    expect(keteranganOf(c.pasal[2]!)).toBe('Diubah; hanya tanda baca');
    // The real Surabaya pair: Penjelasan of old Pasal 40, "Cukup jelas.", is now "Cukup jelas" (of Pasal 38).
    const { comparison } = surabayaComparison();
    const cukup = comparison.penjelasan.find((r) => r.new?.label === 'Penjelasan Pasal 38')!;
    expect(cukup.segments.filter((x) => x.op !== 'equal')).toEqual([{ op: 'delete', text: '.' }]);
    expect(keteranganOf(cukup)).toBe('Diubah (semula Penjelasan Pasal 40); hanya tanda baca');
  });

  it('a change of capitals only is a change, and its note says so (real Sulut 4/2014 Pasal 5)', () => {
    const text = fs.readFileSync(path.join(corpusDir, 'perda-prov-sulut-2014-04-minuman-beralkohol.txt'), 'utf8');
    const line = 'Minuman beralkohol golongan A, golongan B dan golongan C sebagaimana\n';
    expect(text.split(line).length - 1).toBe(1);
    const note = (edited: string) => {
      const c = compareDocs(parseText(text).doc, parseText(text.replace(line, edited)).doc);
      const changed = c.pasal.filter((r) => r.status !== 'unchanged');
      expect(changed.map((r) => r.old?.label)).toEqual(['Pasal 5']);
      return keteranganOf(changed[0]!);
    };
    expect(note('Minuman Beralkohol Golongan A, Golongan B dan Golongan C sebagaimana\n')).toBe('Diubah; hanya huruf besar/kecil');
    expect(note('Minuman Beralkohol Golongan A, Golongan B, dan Golongan C sebagaimana\n')).toBe('Diubah; hanya huruf besar/kecil dan tanda baca');
    expect(note('Minuman beralkohol golongan A, golongan B, dan golongan C sebagaimana\n')).toBe('Diubah; hanya tanda baca');
    expect(note('Minuman Beralkohol Golongan A dan Golongan B sebagaimana\n')).toBe('Diubah');
  });

  it('a change of spelling only ("Walikota" written "Wali Kota" throughout, real Surabaya 3/2018) is a change, and its note says so', () => {
    const text = fs.readFileSync(path.join(corpusDir, 'perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt'), 'utf8');
    const compareWith = (edited: string) => compareDocs(parseText(text).doc, parseText(edited).doc).pasal.filter((r) => r.status !== 'unchanged');
    const respelled = compareWith(text.replaceAll('Walikota', 'Wali Kota'));
    expect(respelled.length).toBeGreaterThan(15);
    expect(new Set(respelled.map(keteranganOf))).toEqual(new Set(['Diubah; hanya ejaan']));
    // The JSON of `rancang compare --json` says so too, and not of a change of words.
    const json = (edited: string) => comparisonToJson(compareDocs(parseText(text).doc, parseText(edited).doc)).units.filter((u) => u.status !== 'unchanged');
    expect(json(text.replaceAll('Walikota', 'Wali Kota')).every((u) => u.formOnly === true)).toBe(true);
    expect(json(text.replace('ditetapkan oleh Walikota.', 'ditetapkan oleh Gubernur.')).map((u) => u.formOnly)).toEqual([undefined]);
    // Alone in one Pasal, with a comma added there, and with the word changed for another.
    const line = 'ditetapkan oleh Walikota.';
    expect(text.split(line).length - 1).toBe(1);
    expect(compareWith(text.replace(line, 'ditetapkan oleh Wali Kota.')).map(keteranganOf)).toEqual(['Diubah; hanya ejaan']);
    expect(compareWith(text.replace(line, 'ditetapkan oleh Wali Kota.').replace('dilaksanakan melalui forum lalu lintas', 'dilaksanakan melalui forum lalu lintas,')).map(keteranganOf)).toEqual(['Diubah; hanya ejaan dan tanda baca']);
    expect(compareWith(text.replace(line, 'ditetapkan oleh Gubernur.')).map(keteranganOf)).toEqual(['Diubah']);
    // A citation struck and inserted as it prints (it now points elsewhere) is no change of spelling.
    const row = { kind: 'penjelasanPasal' as const, status: 'changed' as const, old: null, new: null, textChanged: true, renumbered: false, moved: false };
    const repointed = [{ op: 'equal' as const, text: 'sebagaimana dimaksud pada ' }, { op: 'delete' as const, text: 'ayat (2)', repointed: true as const }, { op: 'insert' as const, text: 'ayat (2)', repointed: true as const }];
    expect(keteranganOf({ ...row, segments: repointed })).toBe('Diubah');
    expect(keteranganOf({ ...row, segments: [{ op: 'equal', text: 'oleh Wali Kota.', old: 'oleh Walikota.' }] })).toBe('Diubah; hanya ejaan');
    expect(keteranganOf({ ...row, segments: [{ op: 'equal', text: 'oleh wali kota.', old: 'oleh Walikota.' }] })).toBe('Diubah; hanya ejaan');
    expect(keteranganOf({ ...row, segments: [{ op: 'equal', text: 'oleh walikota.', old: 'oleh Walikota.' }] })).toBe('Diubah; hanya huruf besar/kecil');
    // The word diff keeps a word spelt otherwise in place, printed otherwise: nothing struck or inserted.
    const respelledSegments = respelled.flatMap((r) => r.segments);
    expect(respelledSegments.filter((x) => x.op !== 'equal')).toEqual([]);
    expect(respelledSegments.some((x) => x.old?.includes('Walikota') && x.text.includes('Wali Kota'))).toBe(true);
    // Not across a word changed for another: "Walikota menetapkan" -> "Wali Kota mengatur" is struck and inserted.
    const reworded = compareWith(text.replace(line, 'ditetapkan oleh Gubernur.'))[0]?.segments ?? [];
    expect(reworded.map((x) => x.op)).toContain('delete');
  });

  it('deleting a Pasal shows it at its old place and renumbers the rest', () => {
    const a = doc([['KETENTUAN UMUM', range(0, 5)]]);
    const b = doc([['KETENTUAN UMUM', [...range(0, 1), ...range(3, 5)]]]);
    const c = compareByContent(a, b);
    expect(triples(c)).toEqual([
      ['unchanged', 'Pasal 1', 'Pasal 1'],
      ['unchanged', 'Pasal 2', 'Pasal 2'],
      ['deleted', 'Pasal 3', null],
      ['renumbered', 'Pasal 4', 'Pasal 3'],
      ['renumbered', 'Pasal 5', 'Pasal 4'],
      ['renumbered', 'Pasal 6', 'Pasal 5'],
    ]);
    expect(keteranganOf(c.pasal[2]!)).toBe('Dihapus');
  });

  it('moving a Pasal to another BAB is "moved", with where it came from', () => {
    const a = doc([['PERIZINAN', range(0, 3)], ['PENGAWASAN', range(4, 7)]]);
    const b = doc([['PERIZINAN', [pasal(0), pasal(2), pasal(3)]], ['PENGAWASAN', [...range(4, 6), pasal(1), pasal(7)]]]);
    const c = compareByContent(a, b);
    const moved = c.pasal.filter((r) => r.status === 'moved');
    expect(moved.map((r) => [r.old?.label, r.new?.label, r.oldBab, r.newBab])).toEqual([['Pasal 2', 'Pasal 7', 'BAB I', 'BAB II']]);
    expect(keteranganOf(moved[0]!)).toBe('Dipindahkan dari Pasal 2');
    expect(c.summary.changed).toBe(0);
  });

  it('moving the last Pasal of a BAB to the start of the next BAB is "moved" although the order is kept', () => {
    const a = doc([['PERIZINAN', range(0, 3)], ['PENGAWASAN', range(4, 7)]]);
    const b = doc([['PERIZINAN', range(0, 2)], ['PENGAWASAN', range(3, 7)]]);
    const c = compareByContent(a, b);
    expect(triples(c)[3]).toEqual(['moved', 'Pasal 4', 'Pasal 4']);
    expect(c.summary).toMatchObject({ unchanged: 7, moved: 1 });
  });

  it('swapping two Pasal moves one of them and keeps the rest unchanged', () => {
    const a = doc([['KETENTUAN UMUM', range(0, 5)]]);
    const b = doc([['KETENTUAN UMUM', [pasal(0), pasal(2), pasal(1), ...range(3, 5)]]]);
    const c = compareByContent(a, b);
    expect(c.summary).toMatchObject({ moved: 1, changed: 0, inserted: 0, deleted: 0 });
    expect(c.summary.unchanged + c.summary.renumbered).toBe(5);
  });

  it('one Pasal split into two is "split" on both new Pasal', () => {
    const four = [...ayatOf(2), ...ayatOf(9).map((t) => t.replace('ayat (1)', 'ayat (3)'))];
    const a = doc([['KETENTUAN UMUM', [...range(0, 1), { ayat: four }, ...range(3, 4)]]]);
    const b = doc([['KETENTUAN UMUM', [...range(0, 1), pasal(2), pasal(9), ...range(3, 4)]]]);
    const c = compareByContent(a, b);
    const split = c.pasal.filter((r) => r.status === 'split');
    expect(split.map((r) => [r.old?.label, r.new?.label])).toEqual([['Pasal 3', 'Pasal 3'], ['Pasal 3', 'Pasal 4']]);
    expect(keteranganOf(split[0]!)).toBe('Dipecah menjadi Pasal 3 dan Pasal 4');
    expect(c.summary).toMatchObject({ split: 2, deleted: 0, inserted: 0, changed: 0 });
  });

  it('two Pasal merged into one is one "merged" row naming both', () => {
    const four = [...ayatOf(2), ...ayatOf(9).map((t) => t.replace('ayat (1)', 'ayat (3)'))];
    const a = doc([['KETENTUAN UMUM', [...range(0, 1), pasal(2), pasal(9), ...range(3, 4)]]]);
    const b = doc([['KETENTUAN UMUM', [...range(0, 1), { ayat: four }, ...range(3, 4)]]]);
    const c = compareByContent(a, b);
    const merged = c.pasal.filter((r) => r.status === 'merged');
    expect(merged.map((r) => [r.oldAll.map((x) => x.label), r.new?.label])).toEqual([[['Pasal 3', 'Pasal 4'], 'Pasal 3']]);
    expect(keteranganOf(merged[0]!)).toBe('Digabung dari Pasal 3 dan Pasal 4');
    expect(c.summary).toMatchObject({ merged: 1, deleted: 0, inserted: 0, changed: 0 });
    expect(c.pasal.every((r) => r.status !== 'deleted')).toBe(true);
  });

  it('a reference that only followed renumbering is not a change; a reference to another Pasal is', () => {
    const refTo = (n: number) => ({ ayat: [`Izin sebagaimana dimaksud dalam Pasal ${n} ayat (2) berlaku selama 3 (tiga) tahun dan dapat diperpanjang.`, 'Permohonan perpanjangan izin diajukan paling lambat 2 (dua) minggu sebelum masa izin berakhir.'] });
    const a = doc([['KETENTUAN UMUM', [...range(0, 3), refTo(2)]]]);
    const b1 = doc([['KETENTUAN UMUM', [pasal(20), ...range(0, 3), refTo(3)]]]);
    const c1 = compareByContent(a, b1);
    expect(triples(c1)[5]).toEqual(['renumbered', 'Pasal 5', 'Pasal 6']);
    expect(c1.pasal[5]!.refsOnly).toBe(true);
    const b2 = doc([['KETENTUAN UMUM', [pasal(20), ...range(0, 3), refTo(4)]]]);
    expect(triples(compareByContent(a, b2))[5]).toEqual(['changed', 'Pasal 5', 'Pasal 6']);
  });

  it('references to other laws are never renumbered', () => {
    const ext = { text: 'Kewenangan Daerah dilaksanakan berdasarkan Pasal 2 ayat (1) Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah.' };
    const a = doc([['KETENTUAN UMUM', [pasal(0), pasal(1), ext]]]);
    const b = doc([['KETENTUAN UMUM', [pasal(5), pasal(0), pasal(1), ext]]]);
    expect(triples(compareByContent(a, b))[3]).toEqual(['renumbered', 'Pasal 3', 'Pasal 4']);
  });

  it('layout noise (spaces, line-end hyphenation, "Rp. 5.000" vs "Rp5.000") is not a change', () => {
    const a = doc([['KETENTUAN UMUM', [{ text: 'Tarif parkir sepeda motor sebesar Rp. 2.000,00 (dua ribu rupiah) sesuai peraturan perundang-undangan.' }, pasal(1)]]]);
    const b = doc([['KETENTUAN UMUM', [{ text: 'Tarif  parkir sepeda motor sebesar Rp2.000,00 ( dua ribu rupiah) sesuai peraturan perundang- undangan.' }, pasal(1)]]]);
    expect(compareByContent(a, b).summary).toMatchObject({ unchanged: 2, changed: 0 });
  });

  it('a heavily rewritten Pasal of a draft is still matched through its uid', () => {
    const a = doc([['KETENTUAN UMUM', range(0, 3)]]);
    const json = a.toJSON() as { content: Array<{ type: string; content?: unknown[] }> };
    const text = JSON.stringify(json).replace(/Perangkat Daerah[^"]*/g, 'Bunyi baru yang sama sekali lain.');
    const b = a.type.schema.nodeFromJSON(JSON.parse(text));
    const c = compareDocs(a, b);
    expect(c.matchedBy).toBe('uid');
    expect(c.pasal.map((r) => r.status).filter((s) => s !== 'unchanged')).toEqual(['changed']);
    expect(compareByContent(a, b).summary.inserted).toBe(1);
  });

  it('comparisonToJson gives the CLI shape', () => {
    const a = doc([['KETENTUAN UMUM', range(0, 2)]]);
    const b = doc([['KETENTUAN UMUM', [...range(0, 2), pasal(7)]]]);
    const j = comparisonToJson(compareByContent(a, b));
    expect(j.units.map((u) => ({ status: u.status, old: u.old, new: u.new }))).toEqual([
      { status: 'unchanged', old: 'Pasal 1', new: 'Pasal 1' },
      { status: 'unchanged', old: 'Pasal 2', new: 'Pasal 2' },
      { status: 'unchanged', old: 'Pasal 3', new: 'Pasal 3' },
      { status: 'inserted', old: null, new: 'Pasal 4' },
    ]);
    expect(j.summary).toMatchObject({ unchanged: 3, changed: 0, inserted: 1, deleted: 0, moved: 0, renumbered: 0 });
  });
});
