/**
 * Golden tests: each real Perda text of the corpus is imported and its outline compared with the
 * committed expected outline; the key figures are also asserted here directly, as read from the
 * texts (Pasal numbers and order, BAB numbers and titles, Bagian/Paragraf counts, ayat counts,
 * Menimbang/Mengingat items, Penjelasan entries, change items of the amending instruments).
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../../src/parse/parse-text';
import { outlineOf } from '../../../src/parse/outline';
import { toRoman } from '../../../src/model/numbering';
import { CORPUS_FILES, comparable, corpusText, golden } from './helpers/corpus';

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => String(a + i));

/** Figures read from the texts. */
const EXPECTED: Record<string, { kind: string; menimbang: number; mengingat: number; pasal: string[]; babs: number; bagian: number; paragraf: number; penjelasan: number; changes?: Array<[string, string[]]>; ayat?: Record<string, number>; babTitles?: Record<string, string> }> = {
  'perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt': {
    kind: 'original', menimbang: 3, mengingat: 26, pasal: range(1, 44), babs: 21, bagian: 0, paragraf: 0, penjelasan: 44,
    ayat: { 1: 0, 2: 2, 3: 3, 10: 3, 34: 4, 36: 2, 37: 0, 41: 3, 44: 0 },
    babTitles: { I: 'KETENTUAN UMUM', XIII: 'PRINSIP DAN SASARAN DALAM PENETAPAN STRUKTUR DAN BESARNYA TARIF', XXI: 'KETENTUAN PENUTUP' },
  },
  'perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt': {
    kind: 'original', menimbang: 4, mengingat: 25, pasal: range(1, 41), babs: 17, bagian: 7, paragraf: 0, penjelasan: 41,
    ayat: { 1: 0, 4: 3, 5: 7, 11: 8, 33: 3, 41: 0 },
    babTitles: { III: 'PENYELENGGARAAN PERPARKIRAN OLEH PEMERINTAH DAERAH', XVII: 'KETENTUAN PENUTUP' },
  },
  'perda-prov-sulut-2014-04-minuman-beralkohol.txt': {
    // "BagianKedua" (no space) is a real Bagian: 5 in BAB IV, 2 in BAB V.
    kind: 'original', menimbang: 4, mengingat: 12, pasal: range(1, 37), babs: 13, bagian: 8, paragraf: 0, penjelasan: 0,
    ayat: { 2: 0, 6: 2, 7: 3, 8: 0, 15: 4, 20: 5 },
    babTitles: { II: 'ASAS', V: 'PENGAWASAN PEREDARAN MINUMAN BERALKOHOL' },
  },
  'perda-prov-sulut-2016-03-rpjmd-2016-2021.txt': {
    kind: 'original', menimbang: 1, mengingat: 14, pasal: range(1, 9), babs: 5, bagian: 0, paragraf: 0, penjelasan: 0,
    ayat: { 2: 0, 3: 3, 4: 8, 6: 3, 9: 0 },
    babTitles: { II: 'RENCANA PEMBANGUNAN JANGKA MENENGAH DAERAH TAHUN 2016-2021', V: 'KETENTUAN PENUTUP' },
  },
  'perda-prov-sulut-2018-02-perubahan-rpjmd.txt': {
    kind: 'amendment', menimbang: 2, mengingat: 17, pasal: ['I', 'II'], babs: 0, bagian: 0, paragraf: 0, penjelasan: 0,
    changes: [['diubah', ['Pasal 1']], ['diubah', ['Pasal 3']], ['diubah', ['Pasal 4']]],
  },
  'perda-kab-banjarnegara-2025-08-perubahan-pajak-retribusi-daerah.txt': {
    kind: 'amendment', menimbang: 4, mengingat: 11, pasal: ['I', 'II'], babs: 0, bagian: 0, paragraf: 0, penjelasan: 2,
    changes: [
      ['diubah', ['Pasal 7']], ['diubah', ['Pasal 11']], ['diubah', ['Pasal 22']], ['dihapus', ['Pasal 45']], ['diubah', ['Pasal 68']],
      ['ditambah', ['Pasal 74']], ['dihapus', ['Pasal 81']], ['disisipkan', ['Pasal 81A']], ['ditambah', ['Pasal 82']], ['diubah', ['Pasal 85']],
      ['diubah', ['Lampiran I']], ['diubah', ['Lampiran II']],
    ],
  },
};

describe('corpus golden outlines', () => {
  for (const file of CORPUS_FILES) {
    it(file, () => {
      const result = parseText(corpusText(file));
      const o = outlineOf(result);
      const e = EXPECTED[file]!;
      expect(o.kind).toBe(e.kind);
      expect(result.kind).toBe(e.kind);
      expect(result.doc.attrs.kind).toBe(e.kind === 'amendment' ? 'perubahan' : 'perda');
      expect(o.title).toMatch(/^Peraturan Daerah .+ Nomor \d+ Tahun \d{4} tentang /);
      expect(o.menimbang).toBe(e.menimbang);
      expect(o.mengingat).toBe(e.mengingat);
      expect(o.pasal.map((p) => p.num)).toEqual(e.pasal);
      expect(o.babs).toHaveLength(e.babs);
      expect(o.bagian_count).toBe(e.bagian);
      expect(o.paragraf_count).toBe(e.paragraf);
      expect(o.penjelasan_pasal_entries).toBe(e.penjelasan);
      for (const [num, n] of Object.entries(e.ayat ?? {})) expect(o.pasal.find((p) => p.num === num)?.ayat, `ayat of Pasal ${num}`).toBe(n);
      for (const [num, title] of Object.entries(e.babTitles ?? {})) expect(o.babs.find((b) => b.num === num)?.title).toBe(title);
      expect(o.change_items.map((c) => [c.action, c.units])).toEqual(e.changes ?? []);
      expect(o.babs.map((b) => b.num)).toEqual(Array.from({ length: e.babs }, (_, i) => toRoman(i + 1)));
      expect(comparable(o)).toEqual(comparable(golden(file, o)));
    });
  }

  it('first words follow the text after the Pasal heading, "(1)" counted as a word', () => {
    const o = outlineOf(parseText(corpusText('perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt')));
    expect(o.pasal[0]!.first_words).toBe('Dalam Peraturan Daerah ini yang dimaksud');
    expect(o.pasal[1]!.first_words).toBe('(1) Penyelenggaraan tempat parkir merupakan kewenangan');
    expect(o.pasal[0]!.bab).toBe('I');
  });

  it('Penjelasan entries are linked to their Pasal', () => {
    const r = parseText(corpusText('perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt'));
    const pasalUids = new Map<string, string>();
    r.doc.descendants((n) => { if (n.type.name === 'pasal') pasalUids.set(String(n.attrs.baseNum), String(n.attrs.uid)); return true; });
    const entries: Array<{ label: string; target: string | null; text: string }> = [];
    r.doc.descendants((n) => { if (n.type.name === 'penjelasanPasal') entries.push({ label: String(n.attrs.label), target: n.attrs.target as string | null, text: n.textContent }); return true; });
    expect(entries).toHaveLength(41);
    expect(entries[8]!.label).toBe('Pasal 9');
    expect(entries[8]!.target).toBe(pasalUids.get('9'));
    expect(entries[8]!.text).toMatch(/^Standar teknis yang dimaksud meliputi/);
    expect(entries[0]!.text).toBe('cukup jelas');
  });
});
