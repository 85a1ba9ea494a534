/** Numbers written as digits and words (drafting-rules.md 1.4.4) and the Perda penalty ceiling (1.7). */
import { describe, expect, it } from 'vitest';
import { buildPerda } from '../../../src/model/doc-builders';
import { findingsOf, spanText } from './helpers';

const perda = (text: string) => buildPerda({ pasal: [text] });

describe('angka-huruf', () => {
  it('flags "30 (dua puluh) hari" as an error with its span and the right form', () => {
    const doc = perda('Permohonan diproses paling lama 30 (dua puluh) hari kerja.');
    const found = findingsOf(doc, 'angka-huruf');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', address: 'Pasal 1' });
    expect(spanText(doc, found[0]!)).toBe('30 (dua puluh)');
    expect(found[0]!.message).toContain('"30 (tiga puluh)"');
    expect(found[0]!.citation).toMatch(/1\.4\.4.*WS p\.113/);
  });

  it('checks rupiah and leaves agreeing numbers and citations of regulations alone', () => {
    const doc = perda('Denda paling banyak Rp50.000.000,00 (lima juta rupiah) atau 6 (enam) bulan menurut Undang-Undang Nomor 12 Tahun 2011 (Lembaran Negara Republik Indonesia Tahun 2011 Nomor 82).');
    const found = findingsOf(doc, 'angka-huruf');
    expect(found.map((f) => spanText(doc, f))).toEqual(['Rp50.000.000,00 (lima juta rupiah)']);
    expect(found[0]!.message).toContain('Rp50.000.000,00 (lima puluh juta rupiah)');
    expect(findingsOf(perda('Jangka waktu 30 (tiga puluh) hari dan 2,5% (dua koma lima persen).'), 'angka-huruf')).toEqual([]);
  });

  it('hints at counts written in digits only, not at numbers of regulations', () => {
    const doc = perda('Izin berlaku 5 tahun sejak Peraturan Daerah Nomor 5 Tahun 2010 dicabut dan 2 (dua) tahun sesudahnya.');
    const found = findingsOf(doc, 'angka-tanpa-huruf');
    expect(found.map((f) => [spanText(doc, f), f.severity])).toEqual([['5 tahun', 'info']]);
  });
});

describe('batas-pidana', () => {
  it('warns above 6 months of kurungan or Rp50.000.000,00 of denda', () => {
    const over = perda('Setiap orang yang melanggar dipidana dengan pidana kurungan paling lama 1 (satu) tahun atau pidana denda paling banyak Rp100.000.000,00 (seratus juta rupiah).');
    expect(findingsOf(over, 'batas-pidana').map((f) => spanText(over, f))).toEqual([
      'kurungan paling lama 1 (satu) tahun',
      'denda paling banyak Rp100.000.000',
    ]);
    const within = perda('Setiap orang yang melanggar dipidana dengan pidana kurungan paling lama 6 (enam) bulan atau pidana denda paling banyak Rp50.000.000,00 (lima puluh juta rupiah).');
    expect(findingsOf(within, 'batas-pidana')).toEqual([]);
  });
});
