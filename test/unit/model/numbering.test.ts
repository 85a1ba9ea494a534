import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { buildInstrument, buildPerda, freezeAsBase, type BabSpec, type PasalSpec } from '../../../src/model/doc-builders';
import { bagianOrdinal, hurufOf, numberDocument, toRoman, type UnitNumber } from '../../../src/model/numbering';
import { perdaSchema } from '../../../src/model/schema';

/** All numbers of a given type, in document order. */
const ofType = (doc: Node, type: UnitNumber['type']) => [...numberDocument(doc).values()].filter((u) => u.type === type);
const nums = (doc: Node, type: UnitNumber['type']) => ofType(doc, type).map((u) => u.num);
const byAddress = (doc: Node, address: string) => [...numberDocument(doc).values()].find((u) => u.address === address);
const base = (n: string | number, extra: Partial<Exclude<PasalSpec, string | readonly unknown[]>> = {}): PasalSpec => ({ baseNum: String(n), text: `isi ${n}`, ...extra });

describe('numberDocument — penggantian', () => {
  const doc = buildPerda({
    babs: [
      { title: 'KETENTUAN UMUM', pasal: [{ text: 'Dalam Peraturan Daerah ini yang dimaksud dengan:', list: { style: 'angka', items: ['Daerah adalah Kota Batam.', 'Wali Kota adalah Wali Kota Batam.'] } }] },
      {
        title: 'MATERI',
        bagian: [
          { title: 'Umum', pasal: ['a', 'b'] },
          { title: 'Khusus', paragraf: [{ title: 'P', pasal: ['c'] }, { title: 'Q', pasal: [{ ayat: ['x', { text: 'y:', list: ['satu', { text: 'dua:', list: [{ text: 'tiga:', list: [{ text: 'empat:', list: ['lima'] }] }] }] }] }] }] },
        ],
      },
      { title: 'LAIN', bagian: [{ title: 'Lagi', pasal: ['d'] }] },
      { title: 'KETENTUAN PENUTUP', pasal: ['Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.'] },
    ],
  });

  it('numbers Pasal continuously through every BAB and BAB in Roman', () => {
    expect(nums(doc, 'pasal')).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(nums(doc, 'bab')).toEqual(['I', 'II', 'III', 'IV']);
    expect(ofType(doc, 'pasal')[6]?.marker).toBe('Pasal 7');
  });

  it('restarts Bagian in each BAB and Paragraf in each Bagian', () => {
    expect(nums(doc, 'bagian')).toEqual(['Kesatu', 'Kedua', 'Kesatu']);
    expect(ofType(doc, 'bagian')[2]?.address).toBe('BAB III Bagian Kesatu');
    expect(nums(doc, 'paragraf')).toEqual(['1', '2']);
    expect(ofType(doc, 'paragraf')[1]?.address).toBe('BAB II Bagian Kedua Paragraf 2');
  });

  it('derives list markers a. -> 1. -> a) -> 1) and honours an angka list style', () => {
    expect(byAddress(doc, 'Pasal 1 angka 2')?.marker).toBe('2.');
    expect(byAddress(doc, 'Pasal 5 ayat (2)')?.marker).toBe('(2)');
    expect(byAddress(doc, 'Pasal 5 ayat (2) huruf b')?.marker).toBe('b.');
    expect(byAddress(doc, 'Pasal 5 ayat (2) huruf b angka 1')?.marker).toBe('1.');
    expect(byAddress(doc, 'Pasal 5 ayat (2) huruf b angka 1 huruf a')?.marker).toBe('a)');
    expect(byAddress(doc, 'Pasal 5 ayat (2) huruf b angka 1 huruf a angka 1')?.marker).toBe('1)');
  });

  it('letters konsiderans and numbers Mengingat; a single konsiderans gets no letter', () => {
    expect(byAddress(doc, 'Menimbang huruf d')?.marker).toBe('d.');
    expect(byAddress(doc, 'Mengingat angka 3')?.marker).toBe('3.');
    const single = buildPerda({ menimbang: ['bahwa untuk melaksanakan ketentuan …, perlu menetapkan Peraturan Daerah tentang …;'], pasal: ['x'] });
    const k = ofType(single, 'item').filter((u) => u.address.startsWith('Menimbang'));
    expect(k.map((u) => [u.marker, u.address])).toEqual([['', 'Menimbang']]);
    const two = buildPerda({ konsiderans: ['bahwa …;'], pasal: ['x'] });
    expect(ofType(two, 'item').filter((u) => u.address.startsWith('Menimbang')).map((u) => u.marker)).toEqual(['a.', 'b.']);
  });

  it('goes past z with doubled letters', () => {
    const items = Array.from({ length: 28 }, (_, i) => `butir ${i + 1};`);
    const d = buildPerda({ pasal: [{ text: 'meliputi:', list: items }] });
    const letters = ofType(d, 'item').filter((u) => u.address.startsWith('Pasal')).map((u) => u.num);
    expect(letters.slice(24)).toEqual(['y', 'z', 'aa', 'bb']);
    expect(hurufOf(53)).toBe('aaa');
  });

  it('skips deleted units and renumbers the rest', () => {
    const d = buildPerda({ pasal: ['a', { text: 'b', deleted: true }, { ayat: ['x', { text: 'y', deleted: true }, 'z'] }] });
    expect(nums(d, 'pasal')).toEqual(['1', '2']);
    expect(nums(d, 'ayat')).toEqual(['1', '2']);
    expect(ofType(d, 'pasal').every((u) => !u.deleted)).toBe(true);
  });

  it('writes Bagian ordinals past ten', () => {
    const words = Array.from({ length: 21 }, (_, i) => bagianOrdinal(i + 1));
    expect(words.slice(0, 3)).toEqual(['Kesatu', 'Kedua', 'Ketiga']);
    expect(words[9]).toBe('Kesepuluh');
    expect(words[10]).toBe('Kesebelas');
    expect(words[11]).toBe('Kedua Belas');
    expect(words[18]).toBe('Kesembilan Belas');
    expect(words[19]).toBe('Kedua Puluh');
    expect(words[20]).toBe('Kedua Puluh Satu');
    expect(words).not.toContain('Pertama');
    const d = buildPerda({ babs: [{ title: 'X', bagian: Array.from({ length: 21 }, (_, i) => ({ title: `B${i}`, pasal: ['p'] })) }] });
    expect(nums(d, 'bagian').slice(10)).toEqual(words.slice(10));
  });

  it('memoises per immutable document', () => {
    expect(numberDocument(doc)).toBe(numberDocument(doc));
    expect(toRoman(1994)).toBe('MCMXCIV');
  });
});

describe('numberDocument — perubahan', () => {
  const babs: BabSpec[] = [
    { baseNum: 'I', title: 'KETENTUAN UMUM', pasal: [{ baseNum: '1', text: 'Dalam …:', list: { style: 'angka', items: [1, 2, 3, 4, 5, 6].map((k) => ({ baseNum: String(k), text: `D${k}.` })).flatMap((it) => (it.baseNum === '5' ? [it, { text: 'Baru.' }] : [it])) } }] },
    {
      baseNum: 'II',
      title: 'MATERI',
      bagian: [
        { baseNum: 'Kesatu', title: 'A', pasal: [2, 3, 4, 5, 6].map((n) => base(n)) },
        { title: 'Sisipan', pasal: [base(7, { ayat: [{ baseNum: '1', text: 'x' }, { text: 'sisip' }, { text: 'sisip lagi' }, { baseNum: '2', text: 'y', list: [{ baseNum: 'a', text: 'h' }, { baseNum: 'b', text: 'h' }, { text: 'baru' }, { baseNum: 'c', text: 'h' }] }] }), { text: 'Pasal baru' }, { ayat: ['baru 1', 'baru 2'] }, base(8)] },
      ],
    },
    { title: 'BAB BARU', pasal: [{ text: 'sisip bab' }] },
    { baseNum: 'III', title: 'LAIN', bagian: [{ baseNum: 'Kesatu', title: 'L', paragraf: [{ baseNum: '1', title: 'p1', pasal: [base(9, { deleted: true, ayat: [{ baseNum: '1', text: 'hapus' }] })] }, { baseNum: '2', title: 'p2', pasal: [base(10)] }, { title: 'p baru', pasal: [base(11)] }] }] },
  ];
  const doc = buildPerda({ mode: 'perubahan', babs });

  it('keeps base numbers and suffixes inserted Pasal 7A, 7B, then 7C after a new BAB', () => {
    expect(nums(doc, 'pasal')).toEqual(['1', '2', '3', '4', '5', '6', '7', '7A', '7B', '8', '8A', '9', '10', '11']);
    const p7a = ofType(doc, 'pasal')[7];
    expect(p7a?.marker).toBe('Pasal 7A');
    expect(p7a?.inserted).toBe(true);
  });

  it('numbers Pasal in a later BAB by document order, not per BAB', () => {
    expect(byAddress(doc, 'Pasal 10')).toBeTruthy();
    expect(byAddress(doc, 'Pasal 8A')?.pasalUid).toBe(byAddress(doc, 'Pasal 8A')?.uid);
  });

  it('suffixes ayat in lower case: (1a), (1b); huruf b -> b1; angka 5 -> 5a', () => {
    expect(ofType(doc, 'ayat').filter((u) => u.address.startsWith('Pasal 7 ')).map((u) => u.marker)).toEqual(['(1)', '(1a)', '(1b)', '(2)']);
    expect(byAddress(doc, 'Pasal 7 ayat (1a)')?.inserted).toBe(true);
    expect(byAddress(doc, 'Pasal 7 ayat (2) huruf b1')?.marker).toBe('b1.');
    expect(byAddress(doc, 'Pasal 7 ayat (2) huruf c')).toBeTruthy();
    expect(byAddress(doc, 'Pasal 1 angka 5a')?.marker).toBe('5a.');
    expect(byAddress(doc, 'Pasal 1 angka 6')).toBeTruthy();
  });

  it('numbers the ayat of an inserted Pasal 7B from (1)', () => {
    expect(ofType(doc, 'ayat').filter((u) => u.address.startsWith('Pasal 7B ')).map((u) => u.marker)).toEqual(['(1)', '(2)']);
  });

  it('suffixes BAB IIA, Bagian Kesatu A, Paragraf 2A', () => {
    expect(nums(doc, 'bab')).toEqual(['I', 'II', 'IIA', 'III']);
    expect(ofType(doc, 'bab')[2]?.marker).toBe('BAB IIA');
    expect(nums(doc, 'bagian')).toEqual(['Kesatu', 'Kesatu A', 'Kesatu']);
    expect(ofType(doc, 'bagian')[1]?.address).toBe('BAB II Bagian Kesatu A');
    expect(nums(doc, 'paragraf')).toEqual(['1', '2', '2A']);
  });

  it('keeps the number of a deleted Pasal and marks it and its ayat deleted', () => {
    const p9 = byAddress(doc, 'Pasal 9');
    expect(p9?.deleted).toBe(true);
    expect(p9?.marker).toBe('Pasal 9');
    expect(byAddress(doc, 'Pasal 9 ayat (1)')?.deleted).toBe(true);
    expect(byAddress(doc, 'Pasal 10')?.deleted).toBe(false);
  });

  it('renumbers a group whose first unit is an insertion and flags it', () => {
    const d = buildPerda({ mode: 'perubahan', pasal: [base(1, { ayat: [{ text: 'baru' }, { baseNum: '1', text: 'x' }, { baseNum: '2', text: 'y' }] })] });
    const ayat = ofType(d, 'ayat');
    expect(ayat.map((u) => u.num)).toEqual(['1', '2', '3']);
    expect(ayat.every((u) => u.renumbered)).toBe(true);
  });

  it('skips to the next free suffix when the base already has 7A', () => {
    const d = buildPerda({ mode: 'perubahan', pasal: [base(7), base('7A'), { text: 'new' }, base(8)] });
    expect(nums(d, 'pasal')).toEqual(['7', '7A', '7B', '8']);
  });

  it('freezeAsBase turns a penggantian document into its own base', () => {
    const d = freezeAsBase(buildPerda({ pasal: ['a', 'b', 'c'] }));
    expect(d.attrs.mode).toBe('perubahan');
    const json = d.toJSON() as { content: Array<{ type: string; content?: Array<{ attrs: { baseNum: string } }> }> };
    const body = json.content.find((c) => c.type === 'batangTubuh');
    expect(body?.content?.map((p) => p.attrs.baseNum)).toEqual(['1', '2', '3']);
    // insert a Pasal (no baseNum) between base Pasal 1 and 2
    body!.content!.splice(1, 0, { type: 'pasal', attrs: { uid: 'newpasal0001', baseNum: null }, content: [{ type: 'para', content: [{ type: 'text', text: 'baru' }] }] } as never);
    const inserted = perdaSchema.nodeFromJSON(json);
    expect(nums(inserted, 'pasal')).toEqual(['1', '1A', '2', '3']);
  });
});

describe('numberDocument — amending instrument', () => {
  const doc = buildInstrument({
    changes: [
      { instruction: 'Ketentuan Pasal 5 diubah sehingga berbunyi sebagai berikut:', pasal: [base(5, { ayat: [{ baseNum: '1', text: 'x' }, { baseNum: '1a', text: 'baru' }, { baseNum: '2', text: 'Dihapus.', deleted: true }] })] },
      { instruction: 'Di antara Pasal 7 dan Pasal 8 disisipkan 1 (satu) pasal, yakni Pasal 7A sehingga berbunyi sebagai berikut:', action: 'disisipkan', pasal: [base('7A')] },
      { instruction: 'Pasal 9 dihapus.', action: 'dihapus' },
    ],
  });

  it('numbers the instrument Pasal in Roman and change items 1., 2., 3.', () => {
    expect(ofType(doc, 'pasal').filter((u) => !/^\d/.test(u.num)).map((u) => u.marker)).toEqual(['Pasal I', 'Pasal II']);
    expect(ofType(doc, 'changeItem').map((u) => [u.marker, u.address])).toEqual([
      ['1.', 'Pasal I angka 1'],
      ['2.', 'Pasal I angka 2'],
      ['3.', 'Pasal I angka 3'],
    ]);
  });

  it('takes quoted units literally from baseNum and addresses them as units of the amended Perda', () => {
    expect(byAddress(doc, 'Pasal 5')?.type).toBe('pasal');
    expect(byAddress(doc, 'Pasal 5 ayat (1a)')?.marker).toBe('(1a)');
    expect(byAddress(doc, 'Pasal 5 ayat (2)')?.deleted).toBe(true);
    expect(byAddress(doc, 'Pasal 7A')?.marker).toBe('Pasal 7A');
  });
});

describe('numberDocument — penjelasan entries', () => {
  it('labels each entry with its target Pasal number, or its stored label when the target is gone', () => {
    const doc = buildPerda({ pasal: ['a', 'b', 'c'], penjelasan: true });
    const entries = ofType(doc, 'penjelasanPasal');
    expect(entries.map((u) => u.marker)).toEqual(['Pasal 1', 'Pasal 2', 'Pasal 3']);
    expect(entries[1]?.address).toBe('Penjelasan Pasal 2');
    // Delete Pasal 2 (penggantian): its entry keeps the stored label, the others follow their targets.
    const json = doc.toJSON() as { content: Array<{ type: string; content?: Array<{ attrs: Record<string, unknown> }> }> };
    const body = json.content.find((c) => c.type === 'batangTubuh');
    body!.content!.splice(0, 1);
    const after = perdaSchema.nodeFromJSON(json);
    expect(ofType(after, 'penjelasanPasal').map((u) => u.marker)).toEqual(['Pasal 1', 'Pasal 1', 'Pasal 2']);
    expect(ofType(after, 'penjelasanPasal')[0]?.pasalUid).toBeNull();
  });
});
