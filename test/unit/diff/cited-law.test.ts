/**
 * Mengingat items pair only when they may cite the same law: the same kind, number and year, or a
 * law on the same subject (its successor). On the real Surabaya pair (2009 -> 2018) the word
 * similarity of the citation boilerplate had paired a Perda on urusan pemerintahan with one on
 * bangunan, and PP 38/2007 (pembagian urusan) with PP 74/2014 (angkutan jalan); those are now a
 * deletion and an insertion, while the successor laws stay paired as changed.
 */
import { describe, expect, it } from 'vitest';
import { citedLaw, mayBeSameLaw } from '../../../src/diff/cited-law';
import type { OtherRow } from '../../../src/diff/index';
import { surabayaComparison } from '../../helpers/surabaya-comparison';

const { comparison } = surabayaComparison();
const rows = comparison.dasarHukum;
const rowOf = (side: 'old' | 'new', label: string) => rows.find((r) => r[side]?.label === label) as OtherRow;

describe('the law a Mengingat item cites', () => {
  it('reads kind, number and year, and the title up to the promulgation note or amendment history', () => {
    expect(citedLaw('Keputusan Menteri Perhubungan Nomor KM 65 Tahun 1993 tentang Fasilitas Parkir untuk Umum;')).toEqual({ id: 'keputusan menteri perhubungan km65/1993', title: 'fasilitas parkir untuk umum' });
    expect(citedLaw('Undang-Undang Nomor 32 Tahun 2004 tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun 2004 Nomor 125) sebagaimana telah diubah')).toEqual({ id: 'undang-undang 32/2004', title: 'pemerintahan daerah' });
    expect(citedLaw('Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;').id).toBe('undang-undang dasar');
  });

  it('calls a successor on the same subject the same law, and laws on other subjects not', () => {
    const law = (t: string) => citedLaw(t);
    expect(mayBeSameLaw(law('Peraturan Pemerintah Nomor 44 Tahun 1993 tentang Kendaraan dan Pengemudi'), law('Peraturan Pemerintah Nomor 55 Tahun 2012 tentang Kendaraan'))).toBe(true);
    expect(mayBeSameLaw(law('Peraturan Daerah Kota Surabaya Nomor 11 Tahun 2008 tentang Urusan Pemerintahan yang Menjadi Kewenangan Daerah'), law('Peraturan Daerah Kota Surabaya Nomor 7 Tahun 2009 tentang Bangunan'))).toBe(false);
    // An item whose citation cannot be read is left to the word similarity.
    expect(mayBeSameLaw(law('Peraturan tentang parkir'), law('Peraturan Daerah Kota Surabaya Nomor 7 Tahun 2009 tentang Bangunan'))).toBe(true);
  });
});

describe('Mengingat rows of the Surabaya pair', () => {
  it('never pair two different laws on different subjects', () => {
    for (const r of rows) {
      if (!r.old || !r.new) continue;
      expect(mayBeSameLaw(citedLaw(r.old.text), citedLaw(r.new.text)), `${r.old.label} -> ${r.new.label}`).toBe(true);
    }
    // Perda 11/2008 (urusan pemerintahan) is gone; Perda 7/2009 (bangunan) is new.
    expect(rowOf('old', 'Mengingat angka 26').status).toBe('deleted');
    expect(rowOf('new', 'Mengingat angka 22').status).toBe('inserted');
    expect(rowOf('old', 'Mengingat angka 14').status).toBe('deleted');
  });

  it('keep the successor laws paired as changed', () => {
    // PP 44/1993 Kendaraan dan Pengemudi -> PP 55/2012 Kendaraan; Perda 4/2004 PPNS Daerah -> Perda 18/2014 PPNS.
    expect(rowOf('old', 'Mengingat angka 10').new?.label).toBe('Mengingat angka 13');
    expect(rowOf('old', 'Mengingat angka 23').new?.label).toBe('Mengingat angka 24');
    expect(rowOf('old', 'Mengingat angka 23').status).toBe('changed');
  });
});
