/**
 * A unit moved far and edited a little (the real Sulawesi Utara 4/2014 text): it reads as one
 * moved and changed unit, as it does when moved unedited, not as one deleted and one inserted.
 * - Pasal 24 moved from BAB V to the end of BAB IX (now Pasal 30, Pasal 25-30 renumbered), one
 *   word changed ("SIUP" -> "SIUP-MB");
 * - definition angka 22 of Pasal 1 moved to the end of the list (now angka 30), "50mg/Cl" ->
 *   "40mg/Cl";
 * - Mengingat angka 2 moved after angka 4, "Lembaran Negara RI" written out in it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { parseText } from '../../../src/parse';
import { corpusDir } from '../../helpers/paths';

const original = fs.readFileSync(path.join(corpusDir, 'perda-prov-sulut-2014-04-minuman-beralkohol.txt'), 'utf8');
const oldDoc = parseText(original).doc;

/** `text` with `from` (which must occur once) replaced by `to`. */
function once(text: string, from: string, to: string): string {
  expect(text.split(from).length - 1, from.slice(0, 40)).toBe(1);
  return text.replace(from, to);
}

/** Every line that is only "Pasal n" renumbered through `map`. */
function renumberPasal(text: string, map: (n: number) => number): string {
  return text.replace(/^(\s*Pasal )(\d+)(\s*)$/gm, (_m, a: string, n: string, b: string) => `${a}${map(Number(n))}${b}`);
}

describe('moved and edited', () => {
  it('a Pasal moved to another BAB with one word changed: one moved and changed row', () => {
    const from = original.indexOf('                               Pasal 24\n');
    const to = original.indexOf('                            Bagian Kedua\n                      Pembentukan');
    expect(from).toBeGreaterThan(0);
    expect(to).toBeGreaterThan(from);
    const block = once(original.slice(from, to), 'mencabut\nSIUP', 'mencabut\nSIUP-MB');
    let text = original.slice(0, from) + original.slice(to);
    text = once(text, '                                 BAB X\n', `${block}                                 BAB X\n`);
    text = renumberPasal(text, (n) => (n === 24 ? 30 : n > 24 && n <= 30 ? n - 1 : n));
    const c = compareDocs(oldDoc, parseText(text).doc);
    const rows = c.pasal.filter((r) => r.status !== 'unchanged').map((r) => `${r.status} ${r.old?.label} -> ${r.new?.label}${r.moved ? ' (moved)' : ''}`);
    expect(rows).toEqual([
      ...[25, 26, 27, 28, 29, 30].map((n) => `renumbered Pasal ${n} -> Pasal ${n - 1}`),
      'changed Pasal 24 -> Pasal 30 (moved)',
    ]);
  });

  it('a definition moved to the end of Pasal 1 and edited: one changed part, no deleted or inserted one', () => {
    const definition = '22. Mabuk adalah tindakan seseorang yang mengkonsumsi minuman\n    beralkohol yang menyebabkan kandungan alkohol dalam darahnya\n    melebihi 50mg/Cl (0,5%).\n';
    let text = once(original, definition, '');
    for (let n = 23; n <= 30; n++) text = text.replace(new RegExp(`^${n}\\.(\\s+)`, 'm'), `${n - 1}.$1`);
    const moved = definition.replace('22.', '30.').replace('50mg/Cl', '40mg/Cl');
    text = once(text, '    perdagangan.\n\n\n                                    BAB II', `    perdagangan.\n${moved}\n\n                                    BAB II`);
    const c = compareDocs(oldDoc, parseText(text).doc);
    const pasal1 = c.pasal.find((r) => r.new?.label === 'Pasal 1');
    const parts = (pasal1?.parts ?? []).filter((p) => p.status !== 'unchanged' && p.status !== 'renumbered').map((p) => `${p.status} ${p.old?.label} -> ${p.new?.label}`);
    expect(parts).toEqual(['changed Pasal 1 angka 22 -> Pasal 1 angka 30']);
  });

  it('a Mengingat item moved and edited: one moved and changed row', () => {
    const item2 = '              2.   Undang-Undang Nomor 8 Tahun 1981 tentang\n                   Hukum Acara Pidana (Lembaran Negara RI Tahun\n                   1981 Nomor 76, Tambahan Lembaran Negara RI\n                   Nomor 3269);\n\n';
    const at2 = original.indexOf(item2);
    const at5 = original.indexOf('              5.   Peraturan Pemerintah Nomor 11');
    expect(at2).toBeGreaterThan(0);
    const items34 = original.slice(at2 + item2.length, at5).replace(' 3.   ', ' 2.   ').replace(' 4.   ', ' 3.   ');
    const movedItem = item2.replace(' 2.   ', ' 4.   ').replace('(Lembaran Negara RI Tahun', '(Lembaran Negara Republik Indonesia Tahun');
    const c = compareDocs(oldDoc, parseText(original.slice(0, at2) + items34 + movedItem + original.slice(at5)).doc);
    const rows = c.dasarHukum.filter((r) => r.status !== 'unchanged' && r.status !== 'renumbered').map((r) => `${r.status} ${r.old?.label} -> ${r.new?.label}${r.moved ? ' (moved)' : ''}`);
    expect(rows).toEqual(['changed Mengingat angka 2 -> Mengingat angka 4 (moved)']);
  });
});
