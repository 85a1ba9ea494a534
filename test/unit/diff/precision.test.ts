import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyInstrument } from '../../../src/amend/index';
import { compareDocs } from '../../../src/diff/compare';
import { parseText } from '../../../src/parse';
import { corpusDir } from '../../helpers/paths';
import { compareByContent, doc, pasal, range, triples } from './build';

const read = (f: string) => parseText(fs.readFileSync(path.join(corpusDir, f), 'utf8')).doc;

describe('same-gap rescue of heavily edited Pasal', () => {
  // Old Pasal 4 rewritten: most word pairs differ, but its rare words (juru parkir, seragam,
  // tanda pengenal, kontrak kerja) stay, and it is the only leftover between matched neighbours.
  const before = { ayat: ['Juru parkir wajib memakai seragam dan tanda pengenal yang ditetapkan oleh Dinas.', 'Juru parkir melakukan kontrak kerja dengan Pemerintah Daerah setiap tahun.'] };
  const after = { ayat: ['Setiap juru parkir dalam bertugas harus mengenakan seragam serta tanda pengenal resmi dari Dinas.', 'Kontrak kerja juru parkir dengan Pemerintah Daerah diperbarui tiap tahun anggaran.'] };

  it('pairs the only leftover old and new Pasal of a gap when they share rare words', () => {
    const c = compareByContent(doc([['KETENTUAN UMUM', [...range(0, 2), before, ...range(3, 5)]]]), doc([['KETENTUAN UMUM', [...range(0, 2), after, ...range(3, 5)]]]));
    expect(triples(c)[3]).toEqual(['changed', 'Pasal 4', 'Pasal 4']);
    expect(c.summary).toMatchObject({ changed: 1, inserted: 0, deleted: 0, unchanged: 6 });
  });

  it('keeps an unrelated replacement in the same gap as deleted + inserted', () => {
    const other = { text: 'Hasil pungutan retribusi disetor ke kas daerah paling lambat 1 (satu) hari kerja.' };
    const c = compareByContent(doc([['KETENTUAN UMUM', [...range(0, 2), before, ...range(3, 5)]]]), doc([['KETENTUAN UMUM', [...range(0, 2), other, ...range(3, 5)]]]));
    expect(c.summary).toMatchObject({ changed: 0, inserted: 1, deleted: 1, unchanged: 6 });
  });

  it('with an unrelated Pasal inserted in the same gap, pairs the rewritten one and inserts the other', () => {
    const c = compareByContent(doc([['KETENTUAN UMUM', [...range(0, 2), before, ...range(3, 5)]]]), doc([['KETENTUAN UMUM', [...range(0, 2), after, pasal(30), ...range(3, 5)]]]));
    expect(triples(c).slice(3, 5)).toEqual([['changed', 'Pasal 4', 'Pasal 4'], ['inserted', null, 'Pasal 5']]);
  });

  it('pairs the only leftover of a chapter kept under its title, though new chapters come between its neighbours (Surabaya old Pasal 13 / new Pasal 23)', () => {
    const rambu = { ayat: ['Pada tempat parkir harus dipasang tanda-tanda parkir berupa rambu yang dilengkapi dengan keterangan yang menjelaskan antara lain waktu pelayanan parkir, besarnya retribusi parkir atau sewa parkir, dan macam kendaraan yang diperbolehkan parkir, serta marka parkir dan/atau tanda-tanda lain yang menunjukkan cara parkir.', 'Ketentuan sebagaimana dimaksud pada ayat (1) berlaku juga bagi tempat parkir yang menggunakan mesin parkir.'] };
    const rambuBaru = { text: 'Pada setiap Tempat Parkir harus dipasang tanda-tanda parkir berupa Rambu Parkir dan/atau Marka parkir.' };
    const olds = doc([['KETENTUAN UMUM', range(0, 2)], ['RAMBU DAN MARKA PARKIR', [rambu]], ['PENUTUP', range(3, 5)]]);
    const news = (p: typeof rambuBaru) => doc([['KETENTUAN UMUM', range(0, 2)], ['RETRIBUSI', [pasal(40), pasal(41)]], ['RAMBU DAN MARKA PARKIR', [p]], ['PENGAWASAN', [pasal(42)]], ['PENUTUP', range(3, 5)]]);
    expect(triples(compareByContent(olds, news(rambuBaru))).filter((t) => t[1] === 'Pasal 4')).toEqual([['changed', 'Pasal 4', 'Pasal 6']]);
    // Not an unrelated one alone under that title.
    const other = { text: 'Hasil pungutan retribusi disetor ke kas daerah paling lambat 1 (satu) hari kerja.' };
    expect(triples(compareByContent(olds, news(other))).filter((t) => t[1] === 'Pasal 4')).toEqual([['deleted', 'Pasal 4', null]]);
  });
});

describe('a Pasal rewritten at its place and number (real Sulawesi Utara 4/2014 text)', () => {
  const sulut = fs.readFileSync(path.join(corpusDir, 'perda-prov-sulut-2014-04-minuman-beralkohol.txt'), 'utf8');
  const before = `Gubernur dapat merekomendasikan Bupati/Walikota untuk mencabut
SIUP atau mengurangi jumlah minuman beralkohol yang diizinkan untuk
diedarkan karena pertimbangan untuk kepentingan umum berdasarkan
pertimbangan dari tim pengawas.`;
  // Pasal 24 said again in other words: few rare words in common, but the same subject, place and number.
  const after = `Dalam hal peredaran Minuman Beralkohol mengganggu ketertiban umum, Gubernur menyampaikan
rekomendasi kepada Bupati/Wali Kota agar izin usaha pelaku usaha yang bersangkutan dicabut atau
kuota peredarannya dikurangi. Rekomendasi disusun atas dasar hasil evaluasi tim terpadu.`;

  it('reads as Pasal 24 changed, not deleted and inserted under the same number', () => {
    expect(sulut.split(before)).toHaveLength(2);
    const c = compareDocs(parseText(sulut).doc, parseText(sulut.replace(before, after)).doc);
    expect(c.pasal.filter((r) => r.status !== 'unchanged').map((r) => `${r.status} ${r.old?.label ?? '-'} -> ${r.new?.label ?? '-'}`)).toEqual(['changed Pasal 24 -> Pasal 24']);
  });
});

describe('Penjelasan entries follow the pairing of their Pasal (real Surabaya pair)', () => {
  const c = compareDocs(read('perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt'), read('perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt'));
  const pasalPairs = new Set(c.pasal.filter((r) => r.old && r.new).map((r) => `${r.old!.label}>${r.new!.label}`));
  const entries = c.penjelasan.filter((r) => r.kind === 'penjelasanPasal');

  it('pairs an entry only with the entry of its Pasal\'s partner, never "moved"', () => {
    const paired = entries.filter((r) => r.old && r.new);
    expect(paired.length).toBe(pasalPairs.size);
    for (const r of paired) expect(pasalPairs.has(`${r.old!.label.replace('Penjelasan ', '')}>${r.new!.label.replace('Penjelasan ', '')}`)).toBe(true);
    expect(entries.some((r) => r.status === 'moved')).toBe(false);
  });

  it('calls the entry of a deleted Pasal deleted even when both sides read "Cukup jelas."', () => {
    expect(entries.find((r) => r.old?.label === 'Penjelasan Pasal 17')).toMatchObject({ status: 'deleted', new: null });
    expect(entries.find((r) => r.new?.label === 'Penjelasan Pasal 2')).toMatchObject({ status: 'inserted', old: null });
    expect(entries.find((r) => r.old?.label === 'Penjelasan Pasal 14')).toMatchObject({ status: 'renumbered' });
  });
});

describe('the RPJMD amendment: base vs the text consolidated with its amending instrument', () => {
  const base = read('perda-prov-sulut-2016-03-rpjmd-2016-2021.txt');
  const consolidated = applyInstrument(base, read('perda-prov-sulut-2018-02-perubahan-rpjmd.txt')).doc;

  it('finds exactly Pasal 1, 3 and 4 changed and the rest unchanged', () => {
    for (const c of [compareDocs(base, consolidated), compareDocs(base, consolidated, { useUids: false })]) {
      expect(c.pasal.filter((r) => r.status !== 'unchanged').map((r) => [r.status, r.old?.label, r.new?.label])).toEqual([
        ['changed', 'Pasal 1', 'Pasal 1'],
        ['changed', 'Pasal 3', 'Pasal 3'],
        ['changed', 'Pasal 4', 'Pasal 4'],
      ]);
      expect(c.summary).toMatchObject({ changed: 3, unchanged: 6, inserted: 0, deleted: 0, moved: 0, renumbered: 0 });
    }
  });
});
