/**
 * The structure fixes of the import review (src/parse/fix): promote/demote, merge, split and
 * change of kind, on a small Perda text and on the real Surabaya 2018 text. Every result is
 * schema-valid, keeps the text and the uids of what it keeps; impossible fixes are refused with
 * an Indonesian reason and change nothing.
 */
import type { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { changeParaKind, changeUnitKind, demoteUnit, mergeWithPrevious, promoteUnit, splitUnit, unitAtLine, type FixResult } from '../../../src/parse/fix/index';
import { normalizeLines } from '../../../src/parse/normalize-lines';
import { outlineOfDoc } from '../../../src/parse/outline';
import { parseText } from '../../../src/parse/parse-text';
import { corpusText } from './helpers/corpus';

const MINI = `PERATURAN DAERAH KOTA BATAM
NOMOR 1 TAHUN 2030
TENTANG
CONTOH
DENGAN RAHMAT TUHAN YANG MAHA ESA
WALI KOTA BATAM,
Menimbang : a. bahwa contoh perlu dibuat;
Mengingat : 1. Undang-Undang Nomor 1 Tahun 2000;
Dengan Persetujuan Bersama
DEWAN PERWAKILAN RAKYAT DAERAH KOTA BATAM
dan
WALI KOTA BATAM
MEMUTUSKAN:
Menetapkan : PERATURAN DAERAH TENTANG CONTOH.
BAB I
KETENTUAN UMUM
Pasal 1
Dalam Peraturan Daerah ini yang dimaksud dengan:
a. Daerah adalah Kota Batam.
b. Wali Kota adalah Wali Kota Batam.
BAB II
PELAKSANAAN
Bagian Kesatu
Umum
Pasal 2
(1) Ayat pertama berlaku.
(2) Ayat kedua berlaku.
Pasal 3
(1) Ayat satu tentang izin.
(2) Ayat dua tentang izin.
Bagian Kedua
Khusus
Pasal 4
Teks pertama tentang larangan.

Teks kedua tentang larangan.
Pasal 5
Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.
`;

const mini = () => parseText(MINI).doc;

/** The uid of the first node of `type` with base number `num`. */
function uidOf(doc: Node, type: string, num: string): string {
  let uid = '';
  doc.descendants((n) => {
    if (!uid && n.type.name === type && String(n.attrs.baseNum) === num) uid = String(n.attrs.uid);
    return !uid;
  });
  if (!uid) throw new Error(`${type} ${num} tidak ada`);
  return uid;
}

function ok(r: FixResult): Node {
  if (!r.ok) throw new Error(r.reason);
  r.doc.check();
  return r.doc;
}

/** Every piece of text of the document, in order, joined (fixes never lose text). */
const words = (doc: Node) => doc.textBetween(0, doc.content.size, ' ', ' ').replace(/\s+/g, ' ').trim();
/** The words of the document in any order (for fixes that move a unit past a heading). */
const wordSet = (doc: Node) => words(doc).split(' ').sort();

/** Where a unit sits: the types of its ancestors. */
function pathOf(doc: Node, uid: string): string[] {
  let out: string[] = [];
  doc.descendants((n, pos) => {
    if (n.attrs.uid === uid) {
      const $p = doc.resolve(pos);
      out = Array.from({ length: $p.depth + 1 }, (_, d) => $p.node(d).type.name);
    }
    return out.length === 0;
  });
  return out;
}

describe('promote and demote', () => {
  it('a Pasal that is the first of its Bagian moves before the Bagian, and back', () => {
    const doc = mini();
    const p2 = uidOf(doc, 'pasal', '2');
    expect(pathOf(doc, p2)).toEqual(['doc', 'batangTubuh', 'bab', 'bagian']);
    const up = ok(promoteUnit(doc, p2));
    expect(pathOf(up, p2)).toEqual(['doc', 'batangTubuh', 'bab']);
    expect(wordSet(up)).toEqual(wordSet(doc));
    const down = ok(demoteUnit(up, p2));
    expect(down.toJSON()).toEqual(doc.toJSON());
  });

  it('the last Pasal of a Bagian moves after it only where the schema allows (else refused with a reason)', () => {
    const doc = mini();
    const r = promoteUnit(doc, uidOf(doc, 'pasal', '3'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/tidak sah/);
  });

  it('refuses a Pasal in the middle of its group and a unit already at the top', () => {
    const doc = parseText(corpusText('perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt')).doc;
    const o = outlineOfDoc(doc);
    // BAB III of the 2018 text: Bagian Kesatu (1 Pasal), Bagian Kedua (5 Pasal), Bagian Ketiga (1 Pasal).
    const bab3 = doc.child(2).child(2);
    expect(bab3.attrs.baseNum).toBe('III');
    const pasalOf = (i: number) => { const out: string[] = []; bab3.child(i).forEach((c) => { if (c.type.name === 'pasal') out.push(String(c.attrs.uid)); }); return out; };
    const kedua = pasalOf(2);
    expect(kedua).toHaveLength(5);
    expect(promoteUnit(doc, kedua[2]!)).toEqual({ ok: false, reason: expect.stringMatching(/pertama atau terakhir/) });
    expect(promoteUnit(doc, kedua[0]!)).toEqual({ ok: false, reason: expect.stringMatching(/tidak sah/) });
    expect(promoteUnit(doc, uidOf(doc, 'bab', 'I')).ok).toBe(false);
    const up = ok(promoteUnit(doc, pasalOf(1)[0]!));
    expect(pathOf(up, pasalOf(1)[0]!)).toEqual(['doc', 'batangTubuh', 'bab']);
    expect(outlineOfDoc(up).pasal.map((p) => p.num)).toEqual(o.pasal.map((p) => p.num));
    expect(outlineOfDoc(up).bagian_count).toBe(o.bagian_count);
  });
});

describe('merge and split', () => {
  it('merges Pasal 3 into Pasal 2 (ayat appended) and splits it back at the third ayat', () => {
    const doc = mini();
    const p2 = uidOf(doc, 'pasal', '2');
    const merged = ok(mergeWithPrevious(doc, uidOf(doc, 'pasal', '3')));
    const pasal = outlineOfDoc(merged).pasal;
    expect(pasal.map((p) => p.num)).toEqual(['1', '2', '4', '5']);
    expect(pasal[1]!.ayat).toBe(4);
    expect(words(merged)).toBe(words(doc));
    const split = ok(splitUnit(merged, p2, 2));
    const again = outlineOfDoc(split).pasal;
    expect(again.map((p) => p.ayat)).toEqual([0, 2, 2, 0, 0]);
    expect(words(split)).toBe(words(doc));
    const fresh = split.child(2).child(1).child(1).child(2);
    expect(fresh.type.name).toBe('pasal');
    expect(fresh.attrs.baseNum).toBeNull();
    expect(fresh.attrs.uid).not.toBe(p2);
  });

  it('refuses to merge a Pasal with ayat into one without (joins two without ayat), and to split at the first block', () => {
    const doc = mini();
    expect(mergeWithPrevious(doc, uidOf(doc, 'pasal', '2'))).toEqual({ ok: false, reason: expect.stringMatching(/sebelumnya/) });
    expect(mergeWithPrevious(doc, uidOf(doc, 'pasal', '4'))).toEqual({ ok: false, reason: expect.stringMatching(/sebelumnya/) });
    const joined = ok(mergeWithPrevious(doc, uidOf(doc, 'pasal', '5')));
    expect(outlineOfDoc(joined).pasal.map((p) => p.num)).toEqual(['1', '2', '3', '4']);
    expect(splitUnit(doc, uidOf(doc, 'pasal', '4'), 0).ok).toBe(false);
    expect(splitUnit(doc, uidOf(doc, 'pasal', '1'), 1)).toEqual({ ok: false, reason: expect.stringMatching(/daftar/) });
  });

  it('merges BAB II into BAB I: its Bagian move along, the heading goes', () => {
    const doc = mini();
    const merged = ok(mergeWithPrevious(doc, uidOf(doc, 'bab', 'II')));
    const o = outlineOfDoc(merged);
    expect(o.babs.map((b) => b.num)).toEqual(['I']);
    expect(o.bagian_count).toBe(2);
    expect(o.pasal.every((p) => p.bab === 'I')).toBe(true);
  });
});

describe('change of kind', () => {
  it('a second paragraph becomes an ayat (the Pasal gets two ayat), then a list item', () => {
    const doc = mini();
    const p4 = uidOf(doc, 'pasal', '4');
    const ayat = ok(changeParaKind(doc, p4, 1, 'ayat'));
    const p = outlineOfDoc(ayat).pasal.find((x) => x.num === '4')!;
    expect(p.ayat).toBe(2);
    expect(words(ayat)).toBe(words(doc));
    const item = ok(changeParaKind(doc, p4, 1, 'item'));
    const pasal4 = item.child(2).child(1).child(2).child(1);
    expect(pasal4.child(1).type.name).toBe('list');
    expect(pasal4.child(1).child(0).textContent).toBe('Teks kedua tentang larangan.');
    expect(changeParaKind(doc, p4, 0, 'ayat').ok).toBe(false);
  });

  it('a list item becomes a paragraph and an ayat becomes a list item of the ayat before', () => {
    const doc = mini();
    const b = uidOf(doc, 'item', 'b');
    const para = ok(changeUnitKind(doc, b, 'para'));
    const pasal1 = para.child(2).child(0).child(1);
    expect(pasal1.childCount).toBe(3);
    expect(pasal1.child(2).type.name).toBe('para');
    expect(words(para)).toBe(words(doc));
    const asItem = ok(changeUnitKind(doc, uidOf(doc, 'ayat', '2'), 'item'));
    expect(outlineOfDoc(asItem).pasal[1]!.ayat).toBe(1);
    const ayat1 = uidOf(doc, 'ayat', '1');
    expect(changeUnitKind(doc, ayat1, 'item')).toEqual({ ok: false, reason: expect.stringMatching(/Ayat pertama/) });
    expect(changeUnitKind(doc, ayat1, 'para')).toEqual({ ok: false, reason: expect.stringMatching(/beberapa ayat/) });
  });

  it('a Bagian read wrongly becomes a BAB (taking the units after it), a BAB becomes a Bagian of the BAB before', () => {
    const doc = mini();
    const kedua = uidOf(doc, 'bagian', 'Kedua');
    const bab = ok(changeUnitKind(doc, kedua, 'bab'));
    const o = outlineOfDoc(bab);
    expect(o.babs).toHaveLength(3);
    expect(o.bagian_count).toBe(1);
    expect(o.pasal.find((p) => p.num === '5')!.bab).toBe(o.babs[2]!.num);
    const bagian = ok(changeUnitKind(doc, uidOf(doc, 'bab', 'II'), 'bagian'));
    const o2 = outlineOfDoc(bagian);
    expect(o2.babs).toHaveLength(1);
    expect(o2.bagian_count).toBe(1);
    expect(o2.paragraf_count).toBe(2);
    expect(changeUnitKind(doc, uidOf(doc, 'pasal', '2'), 'bab').ok).toBe(false);
  });
});

describe('unit at a source line', () => {
  it('finds the Pasal a line of the real Surabaya 2018 text belongs to', () => {
    const text = corpusText('perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt');
    const doc = parseText(text).doc;
    const lines = normalizeLines(text, { skipCorpusHeader: true }).map((l) => ({ no: l.no, text: l.text }));
    const pasal5 = lines.find((l) => l.text === 'Pasal 5')!;
    const uid = unitAtLine(doc, lines, pasal5.no + 2);
    expect(uid).toBe(uidOf(doc, 'pasal', '5'));
    expect(unitAtLine(doc, lines, lines[0]!.no)).toBeNull();
  });
});
