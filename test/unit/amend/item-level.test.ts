/**
 * Change items that name a huruf or an angka inside a Pasal and restate only those items
 * (drafting-rules.md 3.4.2 F4, F5, F10, F11), applied to the real Sulawesi Utara 4/2014 text with
 * instruments written in its style: the named items change, are inserted or read "Dihapus.", and
 * nothing else in the Pasal moves. Also: a Pasal restated word for word compares unchanged
 * (its references are linked again), and an item that cannot be placed changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { applyInstrument } from '../../../src/amend/index';
import { changedPasal, pasalText, statuses, sulutBase as base, sulutInstrument as instrument } from './sulut-instrument';

describe('definitions amended by angka (Pasal 1)', () => {
  const r = applyInstrument(base, instrument(`1. Ketentuan Pasal 1 angka 4 dan angka 5 diubah, sehingga berbunyi sebagai berikut:
4. Dinas adalah Dinas Perindustrian dan Perdagangan Daerah Provinsi Sulawesi Utara.
5. Kepala Dinas adalah Kepala Dinas Perindustrian dan Perdagangan Daerah Provinsi Sulawesi Utara.
2. Di antara angka 7 dan angka 8 Pasal 1 disisipkan 1 (satu) angka, yakni angka 7a sehingga berbunyi sebagai berikut:
7a. Satuan Polisi Pamong Praja adalah perangkat daerah yang menegakkan Peraturan Daerah.
3. Ketentuan Pasal 1 angka 22 dihapus.`));
  const pasal1 = pasalText(r.doc, '1');

  it('applies every item at its angka', () => {
    expect(statuses(r)).toEqual([
      [1, 'applied', 'Pasal 1 angka 4, Pasal 1 angka 5'],
      [2, 'applied', 'Pasal 1 angka 7a'],
      [3, 'applied', 'Pasal 1 angka 22'],
    ]);
    expect(pasal1).toMatch(/^4\.\s+Dinas adalah Dinas Perindustrian dan Perdagangan Daerah Provinsi Sulawesi Utara\.$/m);
    expect(pasal1).toMatch(/^7\.\s+Balai Pengawasan Obat.*\n7a\.\s+Satuan Polisi Pamong Praja adalah .*\n8\.\s+Minuman Beralkohol adalah/m);
    expect(pasal1).toMatch(/^22\.\s+Dihapus\.$/m);
  });

  it('leaves the other definitions as they were', () => {
    const before = pasalText(base, '1').split('\n').filter((l) => !/^(4|5|22)\.\s/.test(l) && !/^\s+/.test(l));
    const after = pasal1.split('\n').filter((l) => !/^(4|5|7a|22)\.\s/.test(l) && !/^\s+/.test(l));
    expect(after).toEqual(before);
    expect(after.length).toBeGreaterThan(25);
  });

  it('compares as Pasal 1 changed and nothing else', () => {
    expect(changedPasal(r.doc)).toEqual([['Pasal 1', 'Pasal 1', 'changed']]);
  });
});

describe('a list of huruf amended by huruf', () => {
  it('changes huruf c, inserts huruf b1 before it, and deletes an ayat elsewhere', () => {
    const r = applyInstrument(base, instrument(`1. Ketentuan huruf c Pasal 12 diubah, sehingga berbunyi sebagai berikut:
c. tempat tertentu lainnya yang ditetapkan oleh Gubernur.
2. Di antara huruf b dan huruf c Pasal 12 disisipkan 1 (satu) huruf, yakni huruf b1 sehingga berbunyi sebagai berikut:
b1. pusat perbelanjaan dan tempat hiburan anak;
3. Ketentuan ayat (2) Pasal 13 dihapus.`));
    expect(statuses(r)).toEqual([
      [1, 'applied', 'Pasal 12 huruf c'],
      [2, 'applied', 'Pasal 12 huruf b1'],
      [3, 'applied', 'Pasal 13 ayat (2)'],
    ]);
    expect(pasalText(r.doc, '12')).toMatch(/^b\.\s+tempat ibadah, sekolah, dan rumah sakit;\nb1\.\s+pusat perbelanjaan dan tempat hiburan anak;\nc\.\s+tempat tertentu lainnya yang ditetapkan oleh Gubernur\.$/m);
    expect(changedPasal(r.doc)).toEqual([['Pasal 12', 'Pasal 12', 'changed'], ['Pasal 13', 'Pasal 13', 'changed']]);
  });

  it('reaches a huruf inside a named ayat', () => {
    const r = applyInstrument(base, instrument(`1. Ketentuan Pasal 7 ayat (2) huruf c diubah, sehingga berbunyi sebagai berikut:
c. toko swalayan lainnya.`));
    expect(statuses(r)).toEqual([[1, 'applied', 'Pasal 7 ayat (2) huruf c']]);
    const pasal7 = pasalText(r.doc, '7');
    expect(pasal7).toMatch(/^\s*c\.\s+toko swalayan lainnya\.$/m);
    // Huruf b of ayat (1) and the reference "ayat (2) huruf c" in ayat (3) are untouched.
    expect(pasal7).toMatch(/^\s+b\.\s+Tempat tertentu lainnya yang ditetapkan oleh Bupati\/Walikota$/m);
    expect(pasal7).toMatch(/^\s+b\.\s+Supermarket, hypermarket;atau$/m);
    expect(pasal7).toContain('sebagaimana dimaksud pada ayat (2) huruf c');
  });

  it('restates the Pasal when a deletion says "sehingga Pasal 12 berbunyi": the Pasal stays', () => {
    const r = applyInstrument(base, instrument(`1. Ketentuan huruf c Pasal 12 dihapus, sehingga Pasal 12 berbunyi sebagai berikut:
Pasal 12
Setiap orang dilarang menjual secara eceran dalam kemasan minuman beralkohol golongan A, golongan B dan golongan C dan/atau menjual langsung untuk diminum di tempat, di lokasi:
a. Gelanggang remaja, kaki lima, terminal, stasiun, penginapan remaja dan bumi perkemahan;
b. tempat ibadah, sekolah, dan rumah sakit.
c. Dihapus.`));
    expect(statuses(r)).toEqual([[1, 'applied', 'Pasal 12']]);
    expect(changedPasal(r.doc)).toEqual([['Pasal 12', 'Pasal 12', 'changed']]);
    expect(pasalText(r.doc, '12')).toMatch(/^c\.\s+Dihapus\.$/m);
  });
});

describe('items that cannot be placed change nothing', () => {
  it('a huruf the Pasal lacks, and an inserted huruf that is not a numbered list', () => {
    const r = applyInstrument(base, instrument(`1. Ketentuan huruf d Pasal 12 dihapus.
2. Di antara huruf a dan huruf b Pasal 12 disisipkan 1 (satu) huruf, yakni huruf a1 sehingga berbunyi sebagai berikut:
pusat perbelanjaan dan tempat hiburan anak;`));
    expect(statuses(r)).toEqual([
      [1, 'not-understood', 'Pasal 12'],
      [2, 'not-understood', 'Pasal 12 huruf a1'],
    ]);
    expect(r.report[0]?.message).toBe('Pasal 12 tidak memuat huruf d.');
    expect(changedPasal(r.doc)).toEqual([]);
  });
});

describe('a Pasal restated word for word', () => {
  it('compares unchanged although it holds references (they are linked in the consolidated text)', () => {
    const r = applyInstrument(base, instrument(`1. Ketentuan Pasal 7 diubah sehingga berbunyi sebagai berikut:
Pasal 7
(1) Penjualan minuman beralkohol secara eceran hanya dapat dijual oleh pengecer, pada :
a. Toko Bebas Bea (TBB) dan
b. Tempat tertentu lainnya yang ditetapkan oleh Bupati/Walikota
(2) Selain sebagaimana dimaksud pada ayat (1), minuman beralkohol golongan A juga dapat dijual di toko pengecer, berupa:
a. Minimarket;
b. Supermarket, hypermarket;atau
c. Toko pengecer lainnya.
(3) Toko pengecer lainnya sebagaimana dimaksud pada ayat (2) huruf c mempunyai luas lantai penjualan paling sedikit 12 m2 (dua belas meter bujur sangkar).`));
    expect(statuses(r)).toEqual([[1, 'applied', 'Pasal 7']]);
    expect(changedPasal(r.doc)).toEqual([]);
    let refs = 0;
    r.doc.descendants((n) => { if (n.type.name === 'ref' && /ayat \(2\) huruf c|ayat \(1\)/.test(String(n.attrs.text))) refs++; return true; });
    expect(refs).toBeGreaterThanOrEqual(2);
  });
});
