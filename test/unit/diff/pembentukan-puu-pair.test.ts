/**
 * A fifth real replacement pair, on the very rules Rancang follows: UU 10/2004 and UU 12/2011 on
 * Pembentukan Peraturan Perundang-undangan (test/fixtures/diff, batang tubuh only; 58 and 104
 * Pasal). Its chapter titles share their words ("ASAS PERATURAN PERUNDANG-UNDANGAN",
 * "PEMBENTUKAN PERATURAN PERUNDANG-UNDANGAN", "ASAS PEMBENTUKAN PERATURAN PERUNDANG-UNDANGAN"),
 * so the titles alone paired the wrong chapters; where the chapters' Pasal say otherwise, the
 * Pasal decide. The new law abbreviates what the old one wrote out ("Dewan Perwakilan Rakyat
 * yang selanjutnya disingkat DPR"); its Pasal are read with the long forms to pair them.
 */
import { describe, expect, it } from 'vitest';
import { keteranganOf } from '../../../src/diff/index';
import { fixturePair } from '../../helpers/fixture-pair';

const { OLD, NEW, c, rowOf } = fixturePair('uu-2004-10-pembentukan-puu.txt', 'uu-2011-12-pembentukan-puu.txt');

describe('compareDocs on the real Pembentukan Peraturan Perundang-undangan pair (UU 10/2004 -> UU 12/2011)', () => {
  it('pairs the chapters whose Pasal went to one another, not those whose titles read most alike', () => {
    const babs = c.headings.filter((r) => /^BAB [IVX]+$/.test(r.old?.label ?? r.new?.label ?? '')).map((r) => `${r.old?.label ?? '-'} -> ${r.new?.label ?? '-'}`);
    // Asas (Pasal 5 and 6 stay in BAB II); jenis, hierarki dan materi muatan; penyusunan.
    expect(babs).toContain('BAB II -> BAB II');
    expect(babs).toContain('BAB III -> BAB III');
    expect(babs).toContain('BAB V -> BAB V');
    // Teknik penyusunan comes before the pembahasan now; the pembahasan chapters follow it.
    expect(babs).toContain('BAB VIII -> BAB VI');
    expect(babs).toContain('BAB VI -> BAB VII');
    expect(babs).not.toContain('BAB V -> BAB II');
  });

  it('reads the Pasal that stayed in their chapter as changed in place, not moved', () => {
    expect(keteranganOf(rowOf('Pasal 5'))).toBe('Diubah');
    expect(keteranganOf(rowOf('Pasal 6'))).toBe('Diubah');
    // Jenis dan hierarki went from the chapter on asas to its own.
    expect(keteranganOf(rowOf('Pasal 7'))).toBe('Diubah dan dipindahkan dari BAB II');
  });

  it('pairs the Pasal the new law rewrote with the abbreviations it defines ("DPR", "Prolegnas")', () => {
    // Old 15 (1) "Perencanaan penyusunan Undang-Undang dilakukan dalam suatu Program Legislasi
    // Nasional" is new 16 "… dalam Prolegnas"; old 16, on who coordinates the Program Legislasi
    // Nasional of the Dewan Perwakilan Rakyat, is new 21 on the Prolegnas of the DPR; old 30, on
    // who spreads a draft Perda, is new 93. Word for word they paired with Pasal on the planning
    // of Peraturan Pemerintah (24) and on the provinces' Prolegda (36), or not at all.
    const pairs = (labels: Array<[string, string]>) => labels.map(([, n]) => [rowOf(n).old?.label, n]);
    const checked: Array<[string, string]> = [['Pasal 15', 'Pasal 16'], ['Pasal 16', 'Pasal 21'], ['Pasal 30', 'Pasal 93']];
    expect(pairs(checked)).toEqual(checked);
    expect(rowOf('Pasal 24').status).toBe('inserted');
    expect(rowOf('Pasal 36').status).toBe('inserted');
  });

  it('reads the headings the web page set on one line with others', () => {
    const titles = (doc: typeof OLD) => {
      const out: string[] = [];
      doc.descendants((n) => {
        if (n.type.name === 'bab' || n.type.name === 'bagian') out.push(n.type.name);
        return true;
      });
      return out.join(' ');
    };
    // 13 BAB and 9 Bagian in UU 10/2004 (BAB IX set with its Bagian Kesatu on one line, a Bagian
    // title with commas); 13 BAB and 21 Bagian in UU 12/2011.
    expect(titles(OLD).split(' ').filter((t) => t === 'bab').length).toBe(13);
    expect(titles(OLD).split(' ').filter((t) => t === 'bagian').length).toBe(9);
    expect(titles(NEW).split(' ').filter((t) => t === 'bagian').length).toBe(21);
  });
});
