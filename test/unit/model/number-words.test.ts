import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir } from '../../helpers/paths';
import {
  decimalToWords, findNumberWordMismatches, numberWithWords, parseWords, percentWithWords, rupiahWithWords, toWords,
} from '../../../src/model/number-words';
import { parseBagianOrdinal } from '../../../src/model/ordinals';
import { fromRoman, toRoman } from '../../../src/model/roman';

describe('toWords', () => {
  it.each([
    [0, 'nol'], [1, 'satu'], [10, 'sepuluh'], [11, 'sebelas'], [12, 'dua belas'], [19, 'sembilan belas'], [25, 'dua puluh lima'],
    [100, 'seratus'], [101, 'seratus satu'], [111, 'seratus sebelas'], [250, 'dua ratus lima puluh'], [1000, 'seribu'],
    [1001, 'seribu satu'], [2500, 'dua ribu lima ratus'], [11000, 'sebelas ribu'], [100000, 'seratus ribu'],
    [1_000_000, 'satu juta'], [2_500_000, 'dua juta lima ratus ribu'], [50_000_000, 'lima puluh juta'],
    [1_000_000_000, 'satu miliar'], [1e12, 'satu triliun'], [1e15, 'satu kuadriliun'],
    [999_999_999_999_999, 'sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh sembilan miliar sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan'],
  ])('%d -> %s', (n, words) => {
    expect(toWords(n)).toBe(words);
    expect(parseWords(words)).toBe(n);
  });

  it('round-trips every number up to 20,000 and refuses out-of-range input', () => {
    for (let n = 0; n <= 20_000; n++) expect(parseWords(toWords(n))).toBe(n);
    expect(() => toWords(-1)).toThrow(/Bilangan/);
    expect(() => toWords(1.5)).toThrow();
    expect(() => toWords(1e15 + 1)).toThrow();
  });
});

describe('formats', () => {
  it('writes digits and words, currency and percent', () => {
    expect(numberWithWords(30)).toBe('30 (tiga puluh)');
    expect(numberWithWords(1000)).toBe('1.000 (seribu)');
    expect(rupiahWithWords(50_000_000)).toBe('Rp50.000.000,00 (lima puluh juta rupiah)');
    expect(percentWithWords(50)).toBe('50% (lima puluh persen)');
    expect(percentWithWords(2.5)).toBe('2,5% (dua koma lima persen)');
    expect(decimalToWords(0.25)).toBe('nol koma dua lima');
  });

  it('parses words back and rejects phrases that are not numbers', () => {
    expect(parseWords('Dua Puluh Lima')).toBe(25);
    expect(parseWords('dua koma lima')).toBe(2.5);
    expect(parseWords('Lembaran Negara')).toBeNull();
    expect(parseWords('puluh')).toBeNull();
    expect(parseWords('')).toBeNull();
    expect(parseBagianOrdinal('Kedua Puluh Satu')).toBe(21);
    expect(parseBagianOrdinal('Pertama')).toBe(1);
    expect(fromRoman(toRoman(49))).toBe(49);
    expect(fromRoman('IIX')).toBeNull();
  });
});

describe('findNumberWordMismatches', () => {
  it('finds digits and words that disagree, with their span', () => {
    const text = 'dalam jangka waktu paling lama 30 (dua puluh) hari kerja, paling banyak Rp50.000.000,00 (lima juta rupiah), dan 6 (enam) bulan.';
    const found = findNumberWordMismatches(text);
    expect(found.map((m) => [m.text, m.digits, m.words])).toEqual([
      ['30 (dua puluh)', 30, 20],
      ['Rp50.000.000,00 (lima juta rupiah)', 50_000_000, 5_000_000],
    ]);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('30 (dua puluh)');
  });

  it('accepts matching pairs, percent, and citations in parentheses', () => {
    expect(findNumberWordMismatches('50% (lima puluh persen) dan 2,5% (dua koma lima persen)')).toEqual([]);
    expect(findNumberWordMismatches('Undang-Undang Nomor 12 Tahun 2011 (Lembaran Negara Republik Indonesia Tahun 2011 Nomor 82)')).toEqual([]);
  });

  it('reads a real Perda (legacy "Rp. 50.000.000,-" forms) without false alarms and catches a planted error', () => {
    const text = fs.readFileSync(path.join(corpusDir, 'perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt'), 'utf8');
    expect(findNumberWordMismatches(text)).toEqual([]);
    const planted = text.replace('3 (tiga) bulan', '3 (empat) bulan');
    expect(planted).not.toBe(text);
    const found = findNumberWordMismatches(planted);
    expect(found.map((m) => m.text)).toEqual(['3 (empat)']);
    expect(planted.slice(found[0]!.start, found[0]!.end)).toBe('3 (empat)');
  });
});
