/**
 * Bagian ordinals: "Kesebelas" and "Kesepuluh" are one word each, though they end in "belas" and
 * "puluh" as a joined "Keduabelas" does; they were split ("Kese Belas") and read as no number, so
 * UU 36/1999's "Bagian Kesepuluh Perangkat Telekomunikasi …" and "Bagian Kesebelas Pengamanan
 * Telekomunikasi" were taken for words of the Pasal before them.
 */
import { describe, expect, it } from 'vitest';
import { ordinalValue, readHeading } from '../../../src/parse/patterns';
import { headingTitles } from '../../helpers/heading-titles';

describe('Bagian ordinals', () => {
  it('reads one-word ordinals and joined ones', () => {
    const words = ['Kesatu', 'Kesepuluh', 'Kesebelas', 'Keduabelas', 'Kedua Belas', 'Kesembilan Belas', 'Kedua Puluh', 'Keduapuluh Satu'];
    expect(words.map(ordinalValue)).toEqual([1, 10, 11, 12, 12, 19, 20, 21]);
    expect(readHeading('Bagian Kesebelas Pengamanan Telekomunikasi')).toEqual({ type: 'bagian', num: 'Kesebelas', value: 11, title: 'Pengamanan Telekomunikasi' });
    expect(readHeading('Bagian Keduabelas')?.num).toBe('Kedua Belas');
  });

  it('reads every Bagian of UU 36/1999', () => {
    const titles = headingTitles('diff/uu-1999-36-telekomunikasi.txt', 'bagian');
    expect(titles).toHaveLength(11);
    expect(titles.slice(-2)).toEqual(['Perangkat Telekomunikasi Spektrum, Frekuensi Radio, dan Orbit Satelit', 'Pengamanan Telekomunikasi']);
  });
});
