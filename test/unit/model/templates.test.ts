import { describe, expect, it } from 'vitest';
import { fillTemplate, hurufList, TEMPLATES } from '../../../src/model/templates';
import { SAMPLE_REGION } from '../../../src/model/doc-builders';
import { joinList } from '../../../src/model/join-list';
import { numberWithWords } from '../../../src/model/number-words';
import { regionValues } from '../../../src/model/region-values';

const BASE = { nomorLama: '5', tahunLama: '2010', namaLama: 'Pencegahan Narkotika', tahunLembaran: '2010', nomorLembaran: '5', nomorTambahan: '71' };
const R = SAMPLE_REGION;

describe('template table', () => {
  it('gives every template a source and a certainty', () => {
    for (const [id, t] of Object.entries(TEMPLATES)) {
      expect(t.source, id).toMatch(/\d/);
      expect(['rule', 'practice'], id).toContain(t.certainty);
    }
    expect(TEMPLATES.sisipHuruf.certainty).toBe('practice');
    expect(TEMPLATES.ubahPasal.certainty).toBe('rule');
  });

  it('fills fixed formulas and refuses a missing value', () => {
    expect(fillTemplate('dihapus')).toBe('Dihapus.');
    expect(fillTemplate('cukupJelas')).toBe('Cukup jelas.');
    expect(fillTemplate('ketentuanUmumPembuka')).toBe('Dalam Peraturan Daerah ini yang dimaksud dengan:');
    expect(() => fillTemplate('ubahPasal')).toThrow(/pasal/);
  });

  it('derives region values from the settings', () => {
    const v = regionValues(R);
    expect([v.regionTitle, v.headOffice, v.headTitle, v.dprd]).toEqual(['Kota Batam', 'Wali Kota', 'Wali Kota Batam', 'DEWAN PERWAKILAN RAKYAT DAERAH KOTA BATAM']);
    expect(regionValues({ ...R, head: 'WALIKOTA BATAM' }).headOffice).toBe('Walikota');
    expect(regionValues({ ...R, name: 'KABUPATEN BANJARNEGARA', place: 'Banjarnegara', head: 'BUPATI BANJARNEGARA' }).headOffice).toBe('Bupati');
  });
});

describe('konsiderans final item', () => {
  it('lists the letters for 1, 2 and 3+ items', () => {
    expect(hurufList(1)).toBe('huruf a');
    expect(hurufList(2)).toBe('huruf a dan huruf b');
    expect(hurufList(3)).toBe('huruf a, huruf b, dan huruf c');
    expect(hurufList(4)).toBe('huruf a, huruf b, huruf c, dan huruf d');
    expect(fillTemplate('konsideransPenutup', { huruf: hurufList(3), nama: 'Fasilitasi Pencegahan Narkotika' }, R)).toBe(
      'bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, huruf b, dan huruf c, perlu menetapkan Peraturan Daerah tentang Fasilitasi Pencegahan Narkotika;',
    );
    expect(fillTemplate('konsideransPenutup', { huruf: hurufList(2), nama: 'X' }, { ...R, considerationVerb: 'perlu membentuk' })).toBe(
      'bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu membentuk Peraturan Daerah tentang X;',
    );
  });
});

describe('closing formulas with region settings', () => {
  it('writes pengundangan, Lembaran Daerah, NOREG, Menetapkan and the repeal clause', () => {
    expect(fillTemplate('pengundangan', {}, R)).toBe(
      'Agar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Daerah ini dengan penempatannya dalam Lembaran Daerah Kota Batam.',
    );
    expect(fillTemplate('lembaranDaerah', { tahun: '2025', nomor: '3' }, R)).toBe('LEMBARAN DAERAH KOTA BATAM TAHUN 2025 NOMOR 3');
    expect(fillTemplate('noreg', { noreg: '3-12/2025' }, R)).toBe('NOREG PERATURAN DAERAH KOTA BATAM, PROVINSI KEPULAUAN RIAU: (3-12/2025)');
    expect(fillTemplate('menetapkan', { nama: 'Fasilitasi Pencegahan Narkotika' })).toBe('Menetapkan : PERATURAN DAERAH TENTANG FASILITASI PENCEGAHAN NARKOTIKA.');
    expect(fillTemplate('ditetapkan', { tanggal: '1 Juli 2025', namaKepalaDaerah: 'NAMA' }, R)).toBe('Ditetapkan di Batam\npada tanggal 1 Juli 2025\n\nWALI KOTA BATAM,\n\nNAMA');
    expect(fillTemplate('pencabutan', BASE, R)).toBe(
      'Pada saat Peraturan Daerah ini mulai berlaku, Peraturan Daerah Kota Batam Nomor 5 Tahun 2010 tentang Pencegahan Narkotika (Lembaran Daerah Kota Batam Tahun 2010 Nomor 5, Tambahan Lembaran Daerah Kota Batam Nomor 71), dicabut dan dinyatakan tidak berlaku.',
    );
    expect(fillTemplate('mulaiBerlaku')).toBe('Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.');
  });
});

describe('amendment item formulas (3.4)', () => {
  it('writes the Pasal I chapeau and the item formulas', () => {
    expect(fillTemplate('pasalIBeberapa', BASE, R)).toBe(
      'Beberapa ketentuan dalam Peraturan Daerah Kota Batam Nomor 5 Tahun 2010 tentang Pencegahan Narkotika (Lembaran Daerah Kota Batam Tahun 2010 Nomor 5, Tambahan Lembaran Daerah Kota Batam Nomor 71) diubah sebagai berikut:',
    );
    expect(fillTemplate('ubahPasal', { pasal: '5' })).toBe('Ketentuan Pasal 5 diubah sehingga berbunyi sebagai berikut:');
    expect(fillTemplate('sisipPasal', { pasal: '7', pasalBerikut: '8', jumlah: numberWithWords(1), daftarPasal: 'Pasal 7A' })).toBe(
      'Di antara Pasal 7 dan Pasal 8 disisipkan 1 (satu) pasal, yakni Pasal 7A sehingga berbunyi sebagai berikut:',
    );
    expect(fillTemplate('sisipPasal', { pasal: '7', pasalBerikut: '8', jumlah: numberWithWords(2), daftarPasal: joinList(['Pasal 7A', 'Pasal 7B']) })).toBe(
      'Di antara Pasal 7 dan Pasal 8 disisipkan 2 (dua) pasal, yakni Pasal 7A dan Pasal 7B sehingga berbunyi sebagai berikut:',
    );
    expect(joinList(['Pasal 7A', 'Pasal 7B', 'Pasal 7C'])).toBe('Pasal 7A, Pasal 7B, dan Pasal 7C');
    expect(fillTemplate('sisipAyat', { ayat: '1', ayatBerikut: '2', pasal: '18', jumlah: numberWithWords(1), daftarAyat: 'ayat (1a)' })).toBe(
      'Di antara ayat (1) dan ayat (2) Pasal 18 disisipkan 1 (satu) ayat, yakni ayat (1a) sehingga Pasal 18 berbunyi sebagai berikut:',
    );
    expect(fillTemplate('hapusPasal', { pasal: '9' })).toBe('Pasal 9 dihapus.');
    expect(fillTemplate('hapusBab', { bab: 'V' })).toBe('Bab V dihapus.');
    expect(fillTemplate('sisipBab', { bab: 'IX', babBerikut: 'X', jumlah: numberWithWords(1), daftarBab: 'BAB IXA' })).toBe(
      'Di antara BAB IX dan BAB X disisipkan 1 (satu) bab, yakni BAB IXA sehingga berbunyi sebagai berikut:',
    );
    expect(fillTemplate('sisipAngkaDefinisi', { angka: '5', angkaBerikut: '6', jumlah: numberWithWords(1), daftarAngka: 'angka 5a' })).toBe(
      'Di antara angka 5 dan angka 6 Pasal 1 disisipkan 1 (satu) angka, yakni angka 5a sehingga Pasal 1 berbunyi sebagai berikut:',
    );
    expect(fillTemplate('ubahBeberapaAyat', { daftarAyat: joinList(['ayat (1)', 'ayat (2)']), pasal: '4' })).toBe(
      'Ketentuan ayat (1) dan ayat (2) Pasal 4 diubah, sehingga berbunyi sebagai berikut:',
    );
    expect(fillTemplate('ubahPenjelasan', { pasal: '7' })).toBe(
      'Penjelasan Pasal 7 diubah sehingga berbunyi sebagaimana tercantum dalam penjelasan Peraturan Daerah ini.',
    );
    expect(fillTemplate('judulPerubahanKe', { ...BASE, ke: 'Kedua' }, R)).toBe(
      'PERUBAHAN KEDUA ATAS PERATURAN DAERAH KOTA BATAM NOMOR 5 TAHUN 2010 TENTANG PENCEGAHAN NARKOTIKA',
    );
  });
});
