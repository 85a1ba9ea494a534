/**
 * A whole revision of the real Sulawesi Utara 4/2014 text, as a replacement draft would make it,
 * compared Pasal by Pasal: a definition inserted in Pasal 1 (the later angka renumbered), a Pasal
 * inserted after Pasal 5 (the later Pasal renumbered), Pasal 26 deleted, a period changed in
 * Pasal 17, Pasal 9 moved from BAB IV to the end of BAB V, and in Pasal 31 a typo fixed and the
 * last huruf dropped. Every other Pasal must read unchanged or renumbered, whether the citations
 * of other Pasal follow the new numbers (as a careful drafter makes them) or were left as they
 * were (a common slip, which the comparison must show).
 */
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { keteranganOf } from '../../../src/diff/keterangan';
import type { Comparison } from '../../../src/diff/types';
import { parseText } from '../../../src/parse';
import { once, original, partsOf } from './sulut-edits';

const HEADING = /^\s*Pasal (\d+)\s*$/;
/** A BAB or Bagian heading: it and the lines after it belong to the next Pasal, not this one. */
const GROUP = /^\s*(?:BAB [IVXL]+|Bagian)/;

/** One Pasal of the text: its body lines and the heading lines (BAB, Bagian, titles) after it. */
interface Block { body: string[]; tail: string[] }

/** The text cut into what comes before Pasal 1, the Pasal by number, and the closing. */
function blocks(text: string): { head: string[]; byNumber: Map<number, Block>; order: number[]; closing: string[] } {
  const lines = text.split('\n');
  const end = lines.findIndex((l) => l.includes('Agar setiap orang'));
  const starts = lines.flatMap((l, i) => (i < end && HEADING.test(l) ? [i] : []));
  const byNumber = new Map<number, Block>();
  const order: number[] = [];
  starts.forEach((s, k) => {
    const own = lines.slice(s + 1, starts[k + 1] ?? end);
    const filled = own.flatMap((l, i) => (l.trim() ? [i] : []));
    const cut = filled.slice(-4).find((i) => GROUP.test(own[i] as string)) ?? own.length;
    const n = Number(HEADING.exec(lines[s] as string)?.[1]);
    byNumber.set(n, { body: own.slice(0, cut), tail: own.slice(cut) });
    order.push(n);
  });
  return { head: lines.slice(0, starts[0]), byNumber, order, closing: lines.slice(end) };
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV'];

/**
 * The revised text; `citationsFollow` says whether "Pasal N" citations take the new numbers,
 * `newBab` puts the new Pasal in a BAB of its own (BAB IV, the later BAB renumbered).
 */
function revised(citationsFollow: boolean, newBab = false): string {
  const { head, byNumber, order, closing } = blocks(original);
  const block = (n: number) => byNumber.get(n) as Block;
  const edit = (n: number, f: (body: string) => string) => { block(n).body = f(block(n).body.join('\n')).split('\n'); };
  // Pasal 1: a new angka 6, the later angka renumbered.
  edit(1, (t) => once(
    t.replace(/^(\d+)\.(\s)/gm, (m, k: string, sp: string) => (Number(k) >= 6 ? `${Number(k) + 1}.${sp}` : m)),
    '7.   Bupati/Walikota',
    '6.   Satuan Polisi Pamong Praja Provinsi yang selanjutnya disebut Satpol PP adalah\n     perangkat daerah yang membantu Gubernur dalam menegakkan Peraturan Daerah.\n7.   Bupati/Walikota',
  ));
  // A new Pasal after Pasal 5, before the BAB IV heading that ended Pasal 5.
  const NEW = 0;
  byNumber.set(NEW, { body: ['', 'Pemerintah Provinsi melakukan pengawasan terpadu bersama Pemerintah', 'Kabupaten/Kota terhadap peredaran minuman beralkohol.', ''], tail: block(5).tail });
  block(5).tail = newBab ? ['', '                                BAB IV', '                         PENGAWASAN TERPADU', ''] : [];
  order.splice(order.indexOf(5) + 1, 0, NEW);
  // Pasal 26 deleted (the BAB VI heading before it ends Pasal 25 and stays).
  order.splice(order.indexOf(26), 1);
  // Pasal 17: a report every 3 months instead of every month.
  edit(17, (t) => once(t, 'setiap 1 (satu) bulan', 'setiap 3 (tiga) bulan'));
  // Pasal 9 to the end of BAB V: it takes Pasal 25's place before the BAB VI heading; the
  // "Bagian Kedua" heading that ended Pasal 9 now ends Pasal 8.
  order.splice(order.indexOf(9), 1);
  order.splice(order.indexOf(25) + 1, 0, 9);
  block(8).tail.push(...block(9).tail);
  block(9).tail = block(25).tail;
  block(25).tail = [];
  // Pasal 31: "penyitaan berada" corrected, huruf h dropped (huruf g now ends with a full stop).
  edit(31, (t) => once(once(once(t, 'penyitaan berada dan', 'penyitaan benda dan'), 'dengan pemeriksaan perkara;', 'dengan pemeriksaan perkara.'), '      h. Mengadakan tindakan lain menurut hukum yang dapat\n          dipertanggungjawabkan.\n', ''));
  const numberOf = new Map(order.map((n, i) => [n, i + 1]));
  const cite = (line: string) => (citationsFollow ? line.replace(/\b([Pp]asal) (\d+)\b/g, (m, w: string, n: string) => `${w} ${numberOf.get(Number(n)) ?? n}`) : line);
  const out = [...head];
  for (const n of order) out.push(`                                Pasal ${numberOf.get(n)}`, ...block(n).body.map(cite), ...block(n).tail);
  let bab = 0;
  const body = out.map((l) => l.replace(/^(\s*)BAB [IVXL]+\s*$/, (_m, indent: string) => `${indent}BAB ${ROMAN[bab++]}`));
  return [...body, ...closing].join('\n');
}

const compareWith = (text: string) => compareDocs(parseText(original).doc, parseText(text).doc);
const rows = (c: Comparison) => c.pasal.filter((r) => r.status !== 'unchanged').map((r) => `${r.status} ${r.old?.label ?? '-'} -> ${r.new?.label ?? '-'}`);

describe('a whole revision of the real Sulawesi Utara 4/2014 text', () => {
  it('reads back unchanged when nothing is edited (the cutting and joining of the text is faithful)', () => {
    const { head, byNumber, order, closing } = blocks(original);
    const same = [...head, ...order.flatMap((n) => [`                                Pasal ${n}`, ...(byNumber.get(n) as Block).body, ...(byNumber.get(n) as Block).tail]), ...closing].join('\n');
    expect(compareWith(same).summary).toMatchObject({ unchanged: 37, changed: 0, inserted: 0, deleted: 0, moved: 0, renumbered: 0 });
  });

  it('with citations following the new numbers, finds exactly the edits and calls the rest unchanged or renumbered', () => {
    const c = compareWith(revised(true));
    expect(rows(c)).toEqual([
      'changed Pasal 1 -> Pasal 1',
      'inserted - -> Pasal 6',
      'renumbered Pasal 6 -> Pasal 7',
      'renumbered Pasal 7 -> Pasal 8',
      'renumbered Pasal 8 -> Pasal 9',
      'changed Pasal 17 -> Pasal 17',
      'deleted Pasal 26 -> -',
      'moved Pasal 9 -> Pasal 26',
      'changed Pasal 31 -> Pasal 31',
    ]);
    expect(c.summary).toEqual({ unchanged: 29, changed: 3, inserted: 1, deleted: 1, moved: 1, renumbered: 3, split: 0, merged: 0 });
    const pasal1 = partsOf(c, 'Pasal 1');
    expect(pasal1[0]).toBe('inserted - -> Pasal 1 angka 6');
    expect(pasal1.slice(1)).toEqual(Array.from({ length: 25 }, (_, i) => `renumbered Pasal 1 angka ${i + 6} -> Pasal 1 angka ${i + 7}`));
    expect(partsOf(c, 'Pasal 17')).toEqual(['changed Pasal 17 ayat (2) -> Pasal 17 ayat (2)']);
    expect(partsOf(c, 'Pasal 31')).toEqual(['changed Pasal 31 ayat (3) huruf d -> Pasal 31 ayat (3) huruf d', 'changed Pasal 31 ayat (3) huruf g -> Pasal 31 ayat (3) huruf g', 'deleted Pasal 31 ayat (3) huruf h -> -']);
    expect(keteranganOf(c.pasal.find((r) => r.status === 'moved')!)).toBe('Dipindahkan dari Pasal 9');
    const outside = [c.judul, c.konsiderans, c.dasarHukum, c.diktum, c.headings, c.penutup, c.penjelasan, c.lampiran].flat();
    expect(outside.length).toBeGreaterThan(30);
    expect(outside.filter((o) => o.status !== 'unchanged')).toEqual([]);
  });

  it('with citations left as they were, also shows the Pasal whose citations now point elsewhere', () => {
    const c = compareWith(revised(false));
    expect(rows(c)).toEqual([
      'changed Pasal 1 -> Pasal 1',
      'inserted - -> Pasal 6',
      'renumbered Pasal 6 -> Pasal 7',
      'renumbered Pasal 7 -> Pasal 8',
      'changed Pasal 8 -> Pasal 9',
      'changed Pasal 17 -> Pasal 17',
      'deleted Pasal 26 -> -',
      'changed Pasal 9 -> Pasal 26',
      'changed Pasal 30 -> Pasal 30',
      'changed Pasal 31 -> Pasal 31',
    ]);
    const stale = 'bunyi sama, tetapi rujukan tidak menyesuaikan penomoran baru';
    const note = (old: string) => keteranganOf(c.pasal.find((r) => r.old?.label === old)!);
    expect(note('Pasal 8')).toBe(`Diubah (semula Pasal 8); ${stale}`);
    expect(note('Pasal 9')).toBe(`Diubah dan dipindahkan dari Pasal 9; ${stale}`);
    expect(note('Pasal 30')).toBe(`Diubah; ${stale}`);
    expect(note('Pasal 17')).toBe('Diubah');
  });

  it('with the new Pasal in a new BAB, the later BAB read renumbered and their Bagian, which keep their own numbers, unchanged', () => {
    const c = compareWith(revised(true, true));
    expect(c.summary).toEqual({ unchanged: 29, changed: 3, inserted: 1, deleted: 1, moved: 1, renumbered: 3, split: 0, merged: 0 });
    const headings = c.headings.filter((h) => h.status !== 'unchanged').map((h) => `${h.status} ${h.old?.label ?? '-'} -> ${h.new?.label ?? '-'}`);
    expect(headings).toEqual(['inserted - -> BAB IV', ...ROMAN.slice(3, 13).map((r, i) => `renumbered BAB ${r} -> BAB ${ROMAN[i + 4]}`)]);
    const bagian = c.headings.filter((h) => h.kind === 'bagian');
    expect(bagian.map((h) => `${h.old?.label} -> ${h.new?.label}`)).toContain('BAB IV Bagian Kesatu -> BAB V Bagian Kesatu');
    expect(bagian.every((h) => h.status === 'unchanged')).toBe(true);
  });
});
