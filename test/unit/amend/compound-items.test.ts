/**
 * Change items as real drafters also write them, applied to real texts (Sulawesi Utara 4/2014;
 * Surabaya 3/2018 for the Penjelasan): one sentence that changes one ayat and inserts another,
 * restating only those two (the other ayat must survive); ranges "sampai dengan"; "Ketentuan
 * Penjelasan Pasal 9 diubah" with the explanation inline (the body of Pasal 9 must not change);
 * the slips "dirubah" and "dicabut", and word-level "frasa … diganti dengan …" items, each kept
 * as an item of its own; and a Pasal restated whole, whose ayat keep the references other Pasal
 * make to them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyInstrument, consolidatedText } from '../../../src/amend/index';
import { compareDocs } from '../../../src/diff/compare';
import { parseText } from '../../../src/parse';
import { corpusDir } from '../../helpers/paths';
import { changedPasal, expectRefused, pasalText, statuses, sulutBase as base, sulutInstrument as instrument } from './sulut-instrument';

const PASAL_11_AYAT_2 = /^\(2\) Pelanggaran terhadap ketentuan sebagaimana dimaksud pada ayat \(1\) dikenakan sanksi sesuai dengan peraturan perundang-undangan dibidang kepabeanan\.$/m;

describe('one sentence, two changes, only the units they name restated', () => {
  it('"ayat (1) diubah dan … disisipkan ayat (1a)": (1) replaced, (1a) inserted, (2) kept', () => {
    const r = applyInstrument(base, instrument(`1. Ketentuan ayat (1) Pasal 11 diubah dan di antara ayat (1) dan ayat (2) disisipkan 1 (satu) ayat, yakni ayat (1a) sehingga berbunyi sebagai berikut:
(1) Setiap orang dilarang membawa minuman beralkohol dari luar negeri sebagai barang bawaan, kecuali untuk dikonsumsi sendiri paling banyak 1000 ml (seribu mililiter) per orang.
(1a) Barang bawaan yang melebihi batas sebagaimana dimaksud pada ayat (1) dimusnahkan.`));
    expect(statuses(r)).toEqual([[1, 'applied', 'Pasal 11 ayat (1), Pasal 11 ayat (1a)']]);
    const p11 = pasalText(r.doc, '11');
    expect(p11).toMatch(/^\(1\) Setiap orang dilarang membawa minuman beralkohol dari luar negeri .* per orang\.\n\(1a\) Barang bawaan yang melebihi batas/m);
    expect(p11).toMatch(PASAL_11_AYAT_2);
    expect(changedPasal(r.doc)).toEqual([['Pasal 11', 'Pasal 11', 'changed']]);
  });

  it('"disisipkan ayat (1a) dan ketentuan ayat (2) diubah": both applied', () => {
    const r = applyInstrument(base, instrument(`1. Di antara ayat (1) dan ayat (2) Pasal 11 disisipkan 1 (satu) ayat, yakni ayat (1a) dan ketentuan ayat (2) diubah sehingga berbunyi sebagai berikut:
(1a) Barang bawaan yang melebihi batas sebagaimana dimaksud pada ayat (1) dimusnahkan.
(2) Pelanggaran terhadap ketentuan sebagaimana dimaksud pada ayat (1) dan ayat (1a) dikenakan sanksi sesuai dengan peraturan perundang-undangan.`));
    expect(statuses(r)).toEqual([[1, 'applied', 'Pasal 11 ayat (1a), Pasal 11 ayat (2)']]);
    const p11 = pasalText(r.doc, '11');
    expect(p11).toMatch(/^\(1\) Setiap orang dilarang membawa minuman beralkohol golongan A,/m);
    expect(p11).toMatch(/^\(2\) Pelanggaran terhadap ketentuan sebagaimana dimaksud pada ayat \(1\) dan ayat \(1a\) dikenakan sanksi sesuai dengan peraturan perundang-undangan\.$/m);
  });

  it('"huruf h diubah dan ditambah 1 (satu) huruf, yakni huruf i": h replaced, i appended', () => {
    const r = applyInstrument(base, instrument(`1. Ketentuan huruf h ayat (3) Pasal 31 diubah dan ditambah 1 (satu) huruf, yakni huruf i sehingga berbunyi sebagai berikut:
h. meminta keterangan dan barang bukti dari orang atau badan sehubungan dengan tindak pidana; dan
i. mengadakan tindakan lain menurut hukum yang dapat dipertanggungjawabkan.`));
    expect(statuses(r)).toEqual([[1, 'applied', 'Pasal 31 ayat (3) huruf h, Pasal 31 ayat (3) huruf i']]);
    expect(pasalText(r.doc, '31')).toMatch(/^\s*h\.\s+meminta keterangan dan barang bukti .*; dan\n\s*i\.\s+mengadakan tindakan lain menurut hukum/m);
  });
});

describe('ranges "sampai dengan"', () => {
  it('deletes every Pasal of the range, not only its two ends', () => {
    const r = applyInstrument(base, instrument('1. Pasal 24 sampai dengan Pasal 26 dihapus.'));
    expect(statuses(r)).toEqual([[1, 'applied', 'Pasal 24, Pasal 25, Pasal 26']]);
    expect(changedPasal(r.doc).map((x) => x[2])).toEqual(['deleted', 'deleted', 'deleted']);
  });

  it('and every ayat or angka of a range inside a Pasal', () => {
    const ayat = applyInstrument(base, instrument('1. Ketentuan ayat (2) sampai dengan ayat (4) Pasal 27 dihapus.'));
    expect(statuses(ayat)).toEqual([[1, 'applied', 'Pasal 27 ayat (2), Pasal 27 ayat (3), Pasal 27 ayat (4)']]);
    expect(pasalText(ayat.doc, '27')).toMatch(/^\(2\) Dihapus\.\n\(3\) Dihapus\.\n\(4\) Dihapus\.$/m);
    const angka = applyInstrument(base, instrument('1. Ketentuan angka 22 sampai dengan angka 24 Pasal 1 dihapus.'));
    expect(statuses(angka)).toEqual([[1, 'applied', 'Pasal 1 angka 22, Pasal 1 angka 23, Pasal 1 angka 24']]);
    expect(pasalText(angka.doc, '1')).toMatch(/^22\.\s+Dihapus\.\n23\.\s+Dihapus\.\n24\.\s+Dihapus\.\n25\.\s+Jalan adalah/m);
  });
});

describe('a grouping unit deleted inside the one named around it', () => {
  it('"Bagian Kedua BAB IV dihapus." deletes that Bagian (Pasal 10 to 14), not BAB IV, nor the Bagian Kedua of BAB V', () => {
    const r = applyInstrument(base, instrument('1. Bagian Kedua BAB IV dihapus.'));
    expect(statuses(r)).toEqual([[1, 'applied', 'BAB IV Bagian Kedua']]);
    expect(changedPasal(r.doc)).toEqual(['10', '11', '12', '13', '14'].map((n) => [`Pasal ${n}`, `Pasal ${n}`, 'deleted']));
    const inBabV = applyInstrument(base, instrument('1. Bagian Kedua BAB V dihapus.'));
    expect(changedPasal(inBabV.doc)).toEqual([['Pasal 25', 'Pasal 25', 'deleted']]);
  });

  it('a Bagian the BAB named does not hold: nothing deleted, and said so', () => {
    expectRefused('1. Bagian Ketiga BAB V dihapus.', 'BAB V Bagian Ketiga', 'BAB V Bagian Ketiga tidak ada dalam naskah dasar.');
  });
});

describe('the active voice of older instruments', () => {
  it('"Mengubah …", "Menghapus …", "Menyisipkan …", "Menambahkan …" items apply as their passive forms', () => {
    const r = applyInstrument(base, instrument(`1. Mengubah ketentuan Pasal 5 sehingga berbunyi sebagai berikut:
Pasal 5
Minuman beralkohol ditetapkan sebagai barang dalam pengawasan.
2. Menghapus Pasal 6.
3. Menyisipkan 1 (satu) pasal di antara Pasal 9 dan Pasal 10, yakni Pasal 9A sehingga berbunyi sebagai berikut:
Pasal 9A
Gubernur melakukan evaluasi setiap tahun.
4. Menambahkan 1 (satu) pasal setelah Pasal 37, yakni Pasal 38 yang berbunyi sebagai berikut:
Pasal 38
Peraturan Gubernur ditetapkan paling lama 6 (enam) bulan.`));
    expect(statuses(r)).toEqual([[1, 'applied', 'Pasal 5'], [2, 'applied', 'Pasal 6'], [3, 'applied', 'Pasal 9A'], [4, 'applied', 'Pasal 38']]);
    expect(changedPasal(r.doc)).toEqual([['Pasal 5', 'Pasal 5', 'changed'], ['Pasal 6', 'Pasal 6', 'deleted'], [null, 'Pasal 9A', 'inserted'], [null, 'Pasal 38', 'inserted']]);
  });
});

describe('items numbered otherwise than "1."', () => {
  // Item 1 restates a list whose "b." reads like an instruction: it must stay in item 1.
  const items = (mark: (n: number) => string) => `${mark(1)} Ketentuan ayat (3) Pasal 31 diubah sehingga berbunyi sebagai berikut:
(3) Penyidik berwenang:
a. menerima laporan;
b. Pasal 6 dihapus oleh penyidik;
c. memanggil saksi.
${mark(2)} Pasal 6 dihapus.
${mark(3)} Ketentuan Pasal 5 diubah sehingga berbunyi sebagai berikut:
Pasal 5
Minuman beralkohol ditetapkan sebagai barang dalam pengawasan.`;

  it.each([
    ['"1)"', (n: number) => `${n})`],
    ['"a."', (n: number) => `${String.fromCharCode(96 + n)}.`],
    ['"A."', (n: number) => `${String.fromCharCode(64 + n)}.`],
  ])('%s: every item read, and a restated list\'s "b." stays in its item', (_name, mark) => {
    const r = applyInstrument(base, instrument(items(mark)));
    expect(statuses(r)).toEqual([[1, 'applied', 'Pasal 31 ayat (3)'], [2, 'applied', 'Pasal 6'], [3, 'applied', 'Pasal 5']]);
    expect(pasalText(r.doc, '31')).toMatch(/^\s*b\.\s+Pasal 6 dihapus oleh penyidik;$/m);
  });
});

describe('items numbered as the first one is', () => {
  it('in an instrument numbered "1.", a restated "2) …" is a sub-item of item 1, not item 2', () => {
    const r = applyInstrument(base, instrument(`1. Ketentuan ayat (3) Pasal 31 diubah sehingga berbunyi sebagai berikut:
(3) Penyidik berwenang:
a. menerima laporan:
1) Pasal 6 dihapus dari laporan;
2) Pasal 7 dihapus dari laporan; dan
b. memanggil saksi.
2. Pasal 6 dihapus.`));
    expect(statuses(r)).toEqual([[1, 'applied', 'Pasal 31 ayat (3)'], [2, 'applied', 'Pasal 6']]);
    expect(pasalText(r.doc, '31')).toMatch(/^\s*2\)\s+Pasal 7 dihapus dari laporan; dan$/m);
  });
});

describe('lettered items after a restated list', () => {
  it('"b. Pasal 6 dihapus." after a restated list ending in "a. …." is the next item, not that list\'s huruf b', () => {
    const r = applyInstrument(base, instrument(`a. Ketentuan ayat (3) Pasal 31 diubah sehingga berbunyi sebagai berikut:
(3) Penyidik berwenang:
a. menerima laporan.
b. Pasal 6 dihapus.`));
    expect(statuses(r)).toEqual([[1, 'applied', 'Pasal 31 ayat (3)'], [2, 'applied', 'Pasal 6']]);
  });
});

describe('the title of a Bagian inside the BAB named', () => {
  it('"Judul Bagian Kedua BAB V diubah" changes that title only', () => {
    const r = applyInstrument(base, instrument(`1. Judul Bagian Kedua BAB V diubah sehingga berbunyi sebagai berikut:
Bagian Kedua
Pelaporan Berkala`));
    expect(statuses(r)).toEqual([[1, 'applied', 'BAB V Bagian Kedua']]);
    const headings = compareDocs(base, r.doc).headings.filter((h) => h.status !== 'unchanged');
    expect(headings.map((h) => [h.status, h.old?.label, h.new?.label, h.new?.text])).toEqual([['changed', 'BAB V Bagian Kedua', 'BAB V Bagian Kedua', 'Pelaporan Berkala']]);
    expect(changedPasal(r.doc)).toEqual([]);
  });

  it('"Bagian Kedua" with no BAB, where two BAB have one: nothing changes, and said so', () => {
    expectRefused('1. Bagian Kedua dihapus.', '', 'Naskah dasar memuat lebih dari satu Bagian Kedua; butir tidak menyebut BAB tempatnya.');
  });
});

describe('the Penjelasan of a Pasal restated inline', () => {
  it('"Ketentuan Penjelasan Pasal 9 diubah": the explanation changes, the body of Pasal 9 does not', () => {
    const sby = parseText(fs.readFileSync(path.join(corpusDir, 'perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt'), 'utf8')).doc;
    const inst = parseText(`PERATURAN DAERAH KOTA SURABAYA
NOMOR 5 TAHUN 2021
TENTANG
PERUBAHAN ATAS PERATURAN DAERAH KOTA SURABAYA NOMOR 3 TAHUN 2018
TENTANG PENYELENGGARAAN PERPARKIRAN DI KOTA SURABAYA

Pasal I
Beberapa ketentuan dalam Peraturan Daerah Kota Surabaya Nomor 3 Tahun 2018 tentang Penyelenggaraan Perparkiran di Kota Surabaya diubah sebagai berikut:
1. Ketentuan Penjelasan Pasal 9 diubah sehingga berbunyi sebagai berikut:
Pasal 9
Standar teknis yang dimaksud meliputi kebutuhan ruang parkir, persyaratan satuan ruang parkir, dan fasilitas keselamatan sesuai ketentuan peraturan perundang-undangan.

Pasal II
Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.
`).doc;
    const r = applyInstrument(sby, inst);
    expect(statuses(r)).toEqual([[1, 'applied', 'Penjelasan Pasal 9']]);
    expect(changedPasal(r.doc, sby)).toEqual([]);
    const text = consolidatedText(r.doc);
    const penjelasan = text.slice(text.indexOf('PENJELASAN'));
    expect(penjelasan).toContain('Standar teknis yang dimaksud meliputi kebutuhan ruang parkir, persyaratan satuan ruang parkir, dan fasilitas keselamatan');
    expect(penjelasan).not.toContain('komposisi peruntukkan, alinyemen');
  });
});

describe('slips and unsupported forms stay items of their own', () => {
  const PASAL_5 = `1. Ketentuan Pasal 5 diubah sehingga berbunyi sebagai berikut:
Pasal 5
Minuman beralkohol sebagaimana dimaksud dalam Pasal 3 ditetapkan sebagai barang dalam pengawasan.`;

  it('"dirubah" is read as "diubah"', () => {
    const r = applyInstrument(base, instrument(`${PASAL_5}
2. Ketentuan Pasal 16 dirubah sehingga berbunyi sebagai berikut:
Pasal 16
Distributor dan sub distributor minuman beralkohol golongan B dan golongan C yang akan mengajukan SIUP-MB kepada Menteri wajib mendapat rekomendasi dari Gubernur.`));
    expect(statuses(r)).toEqual([[1, 'applied', 'Pasal 5'], [2, 'applied', 'Pasal 16']]);
    expect(pasalText(r.doc, '5')).not.toContain('dirubah');
  });

  it('"Pasal 24 dicabut." deletes Pasal 24 and asks for a look', () => {
    const r = applyInstrument(base, instrument(`${PASAL_5}
2. Pasal 24 dicabut.`));
    expect(statuses(r)).toEqual([[1, 'applied', 'Pasal 5'], [2, 'ambiguous', 'Pasal 24']]);
    expect(r.report[1]?.message).toContain('"dicabut" dibaca sebagai "dihapus"');
    expect(pasalText(r.doc, '5')).not.toContain('dicabut');
    expect(changedPasal(r.doc)).toEqual([['Pasal 5', 'Pasal 5', 'changed'], ['Pasal 24', 'Pasal 24', 'deleted']]);
  });

  it('a word-level "frasa … diganti dengan …" item is not swallowed into item 1 (phrase-items.test.ts applies it)', () => {
    const r = applyInstrument(base, instrument(`${PASAL_5}
2. Ketentuan Pasal 9 ayat (1) frasa "pukul 20.00 wita" diganti dengan frasa "pukul 22.00 wita".
3. Frasa "Tradisional" dalam Pasal 13 ayat (2) dihapus.`));
    expect(statuses(r).map((x) => x.slice(0, 2))).toEqual([[1, 'applied'], [2, 'applied'], [3, 'applied']]);
    expect(pasalText(r.doc, '5')).not.toContain('frasa');
    expect(pasalText(r.doc, '9')).not.toMatch(/frasa|Frasa/);
    expect(changedPasal(r.doc)).toEqual([['Pasal 5', 'Pasal 5', 'changed'], ['Pasal 9', 'Pasal 9', 'changed'], ['Pasal 13', 'Pasal 13', 'changed']]);
  });
});

describe('a Pasal restated whole', () => {
  it('keeps the uids of its ayat, so references from other Pasal still reach them', () => {
    const danglingTargets = (doc: typeof base) => {
      const targets = new Set<string>();
      const uids = new Set<string>();
      doc.descendants((n) => {
        if (n.type.name === 'ref') targets.add(String(n.attrs.target));
        if (typeof n.attrs.uid === 'string' && n.attrs.uid) uids.add(n.attrs.uid);
        return true;
      });
      return [...targets].filter((t) => !uids.has(t));
    };
    expect(danglingTargets(base)).toEqual([]);
    const r = applyInstrument(base, instrument(`1. Ketentuan Pasal 13 diubah sehingga berbunyi sebagai berikut:
Pasal 13
(1) Setiap orang dilarang mengkonsumsi minuman beralkohol golongan A, golongan B, dan golongan C di tempat umum, fasilitas umum dan jalan.
(2) Khusus untuk penyelenggaraan ritual keagaman/adat istiadat, Bupati/Walikota melakukan pengendalian dan pengawasan terhadap produksi, peredaran dan penjualan Minuman Beralkohol Tradisional untuk kebutuhan adat istiadat atau upacara keagamaan di wilayah kerja masing-masing.`));
    expect(statuses(r)).toEqual([[1, 'applied', 'Pasal 13']]);
    expect(danglingTargets(r.doc)).toEqual([]);
    expect(changedPasal(r.doc)).toEqual([['Pasal 13', 'Pasal 13', 'changed']]);
  });
});
