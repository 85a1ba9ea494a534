import fs from 'node:fs';
import path from 'node:path';
import type { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import {
  applyInstrument,
  changeItemsOf,
  consolidatedText,
  generateInstrument,
} from '../../../src/amend/index';
import { buildInstrument, buildPerda, freezeAsBase } from '../../../src/model/doc-builders';
import { parseText } from '../../../src/parse/index';
import { corpusDir } from '../../helpers/paths';
import { edit, makeBase, SETTINGS } from './build';
import { CASES, CITATION } from './cases';

/** The Penjelasan entry of Pasal `n` as text. */
function explanationOf(doc: Node, n: string): string | null {
  let out: string | null = null;
  doc.descendants((x) => {
    if (x.type.name === 'penjelasanPasal' && x.attrs.label === `Pasal ${n}`) out = x.textContent;
    return out === null;
  });
  return out;
}

describe('applyInstrument: the single-change form (drafting-rules.md 3.4.1 Contoh 2)', () => {
  it('reads the instruction when it carries the citation of the amended Perda inside its item', () => {
    const inst = buildInstrument({
      chapeau: '…',
      changes: [
        {
          instruction: `Ketentuan Pasal 3 dalam ${CITATION} diubah sehingga berbunyi sebagai berikut:`,
          pasal: [{ baseNum: '3', text: 'Pasal baru yang diubah.' }],
        },
        {
          action: 'disisipkan',
          instruction: `Di antara Pasal 6 dan Pasal 7 dalam ${CITATION} sebagaimana telah diubah dengan Peraturan Daerah Kota Batam Nomor 2 Tahun 2015 (Lembaran Daerah Kota Batam Tahun 2015 Nomor 2), disisipkan 1 (satu) pasal, yakni Pasal 6A sehingga berbunyi sebagai berikut:`,
          pasal: [{ baseNum: '6A', text: 'Pasal yang disisipkan.' }],
        },
      ],
    });
    const r = applyInstrument(makeBase(), inst);
    expect(r.report.map((x) => [x.status, x.action, x.units])).toEqual([
      ['applied', 'diubah', ['Pasal 3']],
      ['applied', 'disisipkan', ['Pasal 6A']],
      // The instrument has no Penjelasan: the inserted Pasal is explained "Cukup jelas.".
      ['applied', 'penjelasan', ['Penjelasan Pasal 6A']],
    ]);
    const text = consolidatedText(r.doc);
    expect(text).toMatch(/Pasal 3\nPasal baru yang diubah\./);
    expect(text.indexOf('Pasal 6A')).toBeGreaterThan(text.indexOf('Pasal 6\n'));
  });

  it('the printed single-change form, imported as a real instrument would be, is one item and is applied', () => {
    const base = makeBase();
    const draft = edit(base, CASES[0]!.edit);
    const inst = generateInstrument(base, draft, { settings: SETTINGS });
    const imported = parseText(inst.text).doc;
    expect(changeItemsOf(imported)).toHaveLength(1);
    const r = applyInstrument(base, imported);
    expect(
      r.report.filter((x) => x.action !== 'penjelasan').map((x) => [x.item, x.status, x.units]),
    ).toEqual([[1, 'applied', ['Pasal 3']]]);
    expect(consolidatedText(r.doc)).toBe(consolidatedText(draft));
  });
});

describe('applyInstrument: Penjelasan and Lampiran items are understood, and applied or explicitly not applied', () => {
  it('F18 whose new text the instrument lacks: not applied, needs the Penjelasan', () => {
    const inst = buildInstrument({
      changes: [
        {
          instruction:
            'Penjelasan Pasal 3 diubah sehingga berbunyi sebagaimana tercantum dalam penjelasan Peraturan Daerah ini.',
        },
      ],
    });
    const base = makeBase();
    const r = applyInstrument(base, inst);
    expect(r.report).toHaveLength(1);
    expect(r.report[0]).toMatchObject({
      status: 'not-applied',
      needs: 'penjelasan',
      units: ['Penjelasan Pasal 3'],
    });
    expect(r.report[0]?.message).toContain('tidak memuat Penjelasan');
    expect(explanationOf(r.doc, '3')).toBe(explanationOf(base, '3'));
  });

  it('F18 generated: the new explanation replaces the base entry', () => {
    const base = makeBase();
    const inst = generateInstrument(
      base,
      edit(base, CASES.find((c) => c.name.startsWith('F18'))!.edit),
      { settings: SETTINGS },
    );
    const r = applyInstrument(base, inst.doc!);
    expect(r.report.map((x) => [x.status, x.units])).toEqual([['applied', ['Penjelasan Pasal 3']]]);
    expect(explanationOf(r.doc, '3')).toBe(
      'Yang dimaksud dengan “peran serta” adalah keikutsertaan aktif.',
    );
  });

  it('an explanation of an inserted Pasal becomes its entry, after the entry of the Pasal before it', () => {
    const base = makeBase();
    const c = CASES.find((x) => x.name.startsWith('F6'))!;
    const draft = edit(base, (j) => {
      c.edit(j);
      const list = (j.content ?? []).find((p) => p.type === 'penjelasan')!.content![1]!;
      const at = list.content!.findIndex((e) => e.attrs?.label === 'Pasal 3');
      list.content!.splice(at + 1, 0, {
        type: 'penjelasanPasal',
        attrs: { uid: 'pn1', target: 'n1', label: '' },
        content: [
          {
            type: 'para',
            content: [
              { type: 'text', text: 'Yang dimaksud dengan “satuan pendidikan” adalah sekolah.' },
            ],
          },
        ],
      });
    });
    const inst = generateInstrument(base, draft, { settings: SETTINGS });
    for (const doc of [inst.doc!, parseText(inst.text).doc]) {
      const r = applyInstrument(base, doc);
      expect(r.report.map((x) => [x.item, x.status, x.action, x.units])).toEqual([
        [1, 'applied', 'disisipkan', ['Pasal 3A']],
        [1, 'applied', 'penjelasan', ['Penjelasan Pasal 3A']],
      ]);
      const text = consolidatedText(r.doc);
      const at = text.indexOf('Yang dimaksud dengan “satuan pendidikan” adalah sekolah.');
      expect(at).toBeGreaterThan(text.lastIndexOf('Pasal 3A', at));
      expect(text.lastIndexOf('Pasal 3A', at)).toBeGreaterThan(text.indexOf('PASAL DEMI PASAL'));
    }
  });

  it('F19 generated: the whole Lampiran replaced by the one the instrument carries (round trip), keeping its uid and title', () => {
    const lampiran = (text: string, uid = 'l1') => ({
      type: 'lampiran',
      attrs: { uid, title: 'LAMPIRAN' },
      content: [{ type: 'para', content: [{ type: 'text', text }] }],
    });
    const base = edit(makeBase(), (j) => void j.content!.push(lampiran('Tabel lama.')));
    const inst = generateInstrument(
      base,
      edit(base, (j) => void j.content!.splice(-1, 1, lampiran('Tabel baru.', 'l2'))),
      { settings: SETTINGS },
    );
    const r = applyInstrument(base, inst.doc!);
    expect(r.report.map((x) => [x.status, x.needs, x.units])).toEqual([['applied', undefined, ['Lampiran']]]);
    expect(r.report[0]?.message).toBe('Lampiran naskah dasar diganti dengan isi Lampiran Peraturan Daerah perubahan (1 paragraf).');
    expect(consolidatedText(r.doc)).toContain('Tabel baru.');
    expect(consolidatedText(r.doc)).not.toContain('Tabel lama.');
    const kept: Array<Record<string, unknown>> = [];
    r.doc.forEach((n) => void (n.type.name === 'lampiran' && kept.push(n.attrs)));
    expect(kept).toEqual([{ uid: 'l1', title: 'LAMPIRAN' }]);
  });

  it('the real Banjarnegara instrument on a base with Lampiran I and II: Lampiran II replaced whole; huruf A, B, D of Lampiran I, and a Lampiran the base lacks, not applied', () => {
    const inst = parseText(fs.readFileSync(path.join(corpusDir, 'perda-kab-banjarnegara-2025-08-perubahan-pajak-retribusi-daerah.txt'), 'utf8')).doc;
    const lampiran = (title: string, text: string) => ({ type: 'lampiran', attrs: { uid: title, title }, content: [{ type: 'para', content: [{ type: 'text', text }] }] });
    const stand = freezeAsBase(buildPerda({ pasal: Array.from({ length: 85 }, (_, i) => `Ketentuan lama Pasal ${i + 1}.`), penjelasan: true }));
    const base = edit(stand, (j) => void j.content!.push(lampiran('LAMPIRAN I', 'Tarif retribusi jasa umum lama.'), lampiran('LAMPIRAN II', 'Tarif retribusi jasa usaha lama.')));
    const r = applyInstrument(base, inst);
    expect(r.report.filter((x) => x.item >= 11).map((x) => [x.item, x.status, x.needs, x.units])).toEqual([
      [11, 'not-applied', 'lampiran', ['Lampiran I huruf A', 'Lampiran I huruf B', 'Lampiran I huruf D']],
      [12, 'applied', undefined, ['Lampiran II']],
    ]);
    const text = consolidatedText(r.doc);
    // Lampiran I (parts named) stays; Lampiran II is the instrument's real Lampiran II.
    expect(text).toContain('Tarif retribusi jasa umum lama.');
    expect(text).not.toContain('Tarif retribusi jasa usaha lama.');
    expect(text).toContain('STRUKTUR DAN BESARAN TARIF RETRIBUSI JASA USAHA');
    expect(text).toMatch(/Terminal Binorong\s+5\.000\/m²\/bulan/);
    expect(text).not.toContain('STRUKTUR DAN BESARAN TARIF RETRIBUSI JASA UMUM');
    // Without a Lampiran II in the base, item 12 says so and nothing changes.
    const without = applyInstrument(stand, inst);
    const line = without.report.find((x) => x.item === 12)!;
    expect([line.status, line.needs]).toEqual(['not-applied', 'lampiran']);
    expect(line.message).toContain('Naskah dasar tidak memuat Lampiran II.');
    expect(consolidatedText(without.doc)).not.toContain('Terminal Binorong');
  });

  it('the real Banjarnegara instrument on a base whose Lampiran I has sections A to D: A, B and D replaced, C and the base signature kept', () => {
    const inst = parseText(fs.readFileSync(path.join(corpusDir, 'perda-kab-banjarnegara-2025-08-perubahan-pajak-retribusi-daerah.txt'), 'utf8')).doc;
    const para = (text: string) => ({ type: 'para', content: [{ type: 'text', text }] });
    const signature = ['                         Ditetapkan di Banjarnegara', '                         pada tanggal 12 Desember 2023', '                         BUPATI BANJARNEGARA,'];
    const lampiran = (title: string, lines: string[]) => ({ type: 'lampiran', attrs: { uid: title, title }, content: lines.map(para) });
    const stand = freezeAsBase(buildPerda({ pasal: Array.from({ length: 85 }, (_, i) => `Ketentuan lama Pasal ${i + 1}.`), penjelasan: true }));
    const base = edit(stand, (j) => void j.content!.push(
      lampiran('LAMPIRAN I', ['STRUKTUR DAN BESARAN TARIF RETRIBUSI JASA UMUM', 'A. Pelayanan Kesehatan', '   1. Rawat jalan        5.000', 'B. Pelayanan Kebersihan', '   1. Sampah rumah tangga   2.000', 'C. Pelayanan Parkir di Tepi Jalan Umum', '   1. Sepeda motor   1.000', 'D. Pelayanan Pasar', '   1. Kios   3.000', ...signature]),
      lampiran('LAMPIRAN II', ['STRUKTUR DAN BESARAN TARIF RETRIBUSI JASA USAHA', 'A. Terminal   4.000', ...signature]),
    ));
    const r = applyInstrument(base, inst);
    expect(r.report.filter((x) => x.item >= 11).map((x) => [x.item, x.status, x.units])).toEqual([
      [11, 'applied', ['Lampiran I huruf A', 'Lampiran I huruf B', 'Lampiran I huruf D']],
      [12, 'applied', ['Lampiran II']],
    ]);
    const lines = (title: string) => {
      const out: string[] = [];
      r.doc.forEach((n) => void (n.type.name === 'lampiran' && n.attrs.title === title && n.forEach((p) => void out.push(p.textContent))));
      return out;
    };
    const one = lines('LAMPIRAN I');
    const at = (prefix: string) => one.findIndex((l) => l.startsWith(prefix));
    // In order: the base's title line, the instrument's A and B, the base's C, the instrument's D, the base's signature.
    expect(one[0]).toBe('STRUKTUR DAN BESARAN TARIF RETRIBUSI JASA UMUM');
    expect(at('A. ') > 0 && at('A. ') < at('B. ') && at('B. ') < at('C. ') && at('C. ') < at('D. ')).toBe(true);
    expect(one).not.toContain('   1. Rawat jalan        5.000');
    expect(one).not.toContain('   1. Kios   3.000');
    expect(one.slice(at('C. '), at('D. '))).toEqual(['C. Pelayanan Parkir di Tepi Jalan Umum', '   1. Sepeda motor   1.000']);
    expect(one[at('D. ')]).toBe('D. Pelayanan Pasar');
    expect(one.slice(-3)).toEqual(signature);
    expect(one.join('\n')).not.toContain('AMALIA');
    expect(one.length).toBeGreaterThan(4000);
    // Lampiran II: the instrument's body under the base's signature.
    const two = lines('LAMPIRAN II');
    expect(two[0]?.trim()).toBe('STRUKTUR DAN BESARAN TARIF RETRIBUSI JASA USAHA');
    expect(two).not.toContain('A. Terminal   4.000');
    expect(two.some((l) => /Terminal Binorong\s+5\.000/.test(l))).toBe(true);
    expect(two.slice(-3)).toEqual(signature);
    // A letter the base does not set apart: nothing changes, and the report says which.
    const noD = edit(stand, (j) => void j.content!.push(lampiran('LAMPIRAN I', ['A. Pelayanan Kesehatan', 'B. Pelayanan Kebersihan'])));
    const refused = applyInstrument(noD, inst).report.find((x) => x.item === 11)!;
    expect([refused.status, refused.needs]).toEqual(['not-applied', 'lampiran']);
    expect(refused.message).toContain('Huruf D tidak terdapat pada tingkat teratas Lampiran I naskah dasar.');
  });

  it('the real Banjarnegara 8/2025 instrument on a base without Lampiran: 10 Pasal items applied, 2 Lampiran items need the Lampiran, the Penjelasan "Pasal I Cukup jelas." reported', () => {
    const inst = parseText(
      fs.readFileSync(
        path.join(corpusDir, 'perda-kab-banjarnegara-2025-08-perubahan-pajak-retribusi-daerah.txt'),
        'utf8',
      ),
    ).doc;
    // Its base (Perda 8/2023) is not in the corpus: a stand-in with Pasal 1 to 85 and a Penjelasan.
    const base = freezeAsBase(
      buildPerda({
        pasal: Array.from({ length: 85 }, (_, i) => `Ketentuan lama Pasal ${i + 1}.`),
        penjelasan: true,
      }),
    );
    const r = applyInstrument(base, inst);
    expect(
      r.report
        .filter((x) => x.item >= 1 && x.item <= 10)
        .every((x) => x.status === 'applied' || x.status === 'ambiguous'),
    ).toBe(true);
    expect(
      r.report.filter((x) => x.item >= 11).map((x) => [x.item, x.status, x.needs, x.units]),
    ).toEqual([
      [
        11,
        'not-applied',
        'lampiran',
        ['Lampiran I huruf A', 'Lampiran I huruf B', 'Lampiran I huruf D'],
      ],
      [12, 'not-applied', 'lampiran', ['Lampiran II']],
    ]);
    expect(r.report.find((x) => x.item === 11)?.message).toContain(
      'huruf A, huruf B, huruf D Lampiran I naskah dasar diganti menjadi sebagaimana tercantum dalam Lampiran I Peraturan Daerah perubahan.',
    );
    expect(r.report.filter((x) => x.item === 0).map((x) => [x.status, x.action, x.units])).toEqual([
      ['not-applied', 'penjelasan', ['Penjelasan Pasal I']],
    ]);
    const text = consolidatedText(r.doc);
    expect(text).toContain('Pasal 81A');
    expect(text).toContain('Ketentuan lama Pasal 84.');
    expect(text).not.toContain('Ketentuan lama Pasal 85.');
  });
});
