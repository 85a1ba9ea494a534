/**
 * Splits and merges where one piece is small, on the real Sulawesi Utara text: the piece lies
 * wholly inside the other side's Pasal, but covers only 14-16% of it (the one-to-one partner
 * keeps the rest).
 * - Pasal 15 (four ayat) split after ayat (2): the last two ayat become a new Pasal 16;
 * - Pasal 26 (one sentence) merged into Pasal 27 (four ayat) as its ayat (1);
 * - (the real Surabaya 2009 text) Pasal 10 split after ayat (1), later Pasal renumbered, and the
 *   references to old "Pasal 10 ayat (3)" rewritten to its new place "Pasal 11 ayat (2)": the
 *   Pasal holding them only followed the move, so they read as renumbered, not changed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { parseText } from '../../../src/parse';
import { corpusDir } from '../../helpers/paths';

const sulut = fs.readFileSync(path.join(corpusDir, 'perda-prov-sulut-2014-04-minuman-beralkohol.txt'), 'utf8');

/** `text` with `from` (which must occur exactly once) replaced by `to`. */
function once(text: string, from: string, to: string): string {
  expect(text.split(from).length).toBe(2);
  return text.replace(from, to);
}

const rows = (text: string) => compareDocs(parseText(sulut).doc, parseText(text).doc).pasal.filter((r) => r.status !== 'unchanged' && r.status !== 'renumbered');

describe('a split or merge with a small piece', () => {
  it('reads Pasal 15 split into Pasal 15 and a new Pasal 16 as a split', () => {
    const split = once(sulut, '      golongan A.\n(3)   Pengecer yang hanya menjual Minuman Beralkohol golongan A wajib\n      memiliki SKP-A.\n(4)   Penjual langsung',
      '      golongan A.\n\n                               Pasal 16\n\n(1)   Pengecer yang hanya menjual Minuman Beralkohol golongan A wajib\n      memiliki SKP-A.\n(2)   Penjual langsung');
    const found = rows(split);
    expect(found.filter((r) => r.status === 'split').map((r) => [r.old?.label, r.new?.label])).toEqual([['Pasal 15', 'Pasal 15'], ['Pasal 15', 'Pasal 16']]);
    expect(found.filter((r) => r.status === 'inserted' || r.status === 'deleted')).toEqual([]);
  });

  it('reads Pasal 26 merged into Pasal 27 as one merged row', () => {
    const merged = once(sulut, 'cara preventif, represif dan rehabilitasi.\n\n\n                               Pasal 27\n\n(1)   Setiap orang yang mengalami',
      'cara preventif, represif dan rehabilitasi.\n(1a)   Setiap orang yang mengalami');
    const found = rows(merged.replace('                               Pasal 26\nPenanggulangan', '                               Pasal 26\n(1)   Penanggulangan'));
    const row = found.find((r) => r.status === 'merged');
    expect(row?.oldAll.map((u) => u.label)).toEqual(['Pasal 26', 'Pasal 27']);
    expect(found.filter((r) => r.status === 'deleted')).toEqual([]);
  });

  it('follows a reference to an ayat that moved to the new Pasal of a split', () => {
    const sby = fs.readFileSync(path.join(corpusDir, 'perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt'), 'utf8');
    const renumbered = sby.replace(/\b([Pp]asal|PASAL)(\s+)(\d+)\b(?![A-Za-z])/g, (_m, w: string, sp: string, n: string) => `${w}${sp}${Number(n) >= 11 ? Number(n) + 1 : n}`);
    const split = once(renumbered, '                        bulan.\n\n                  (2) Besarnya tarif sebagaimana dimaksud pada ayat (1), sudah termasuk\n                      pembayaran premi asuransi kehilangan kendaraan.\n\n                  (3) Setiap orang',
      '                        bulan.\n\n\n                                            Pasal 11\n\n                  (1) Besarnya tarif sebagaimana dimaksud dalam Pasal 10 ayat (1), sudah\n                      termasuk pembayaran premi asuransi kehilangan kendaraan.\n\n                  (2) Setiap orang')
      .replace('sebagaimana dimaksud pada ayat (1).\n\n\n', 'sebagaimana dimaksud dalam Pasal 10 ayat (1).\n\n\n')
      .replaceAll('Pasal 10 ayat (3)', 'Pasal 11 ayat (2)');
    const c = compareDocs(parseText(sby).doc, parseText(split).doc);
    expect(c.pasal.filter((r) => r.status === 'split').map((r) => r.new?.label)).toEqual(['Pasal 10', 'Pasal 11']);
    expect(c.pasal.filter((r) => r.status !== 'unchanged' && r.status !== 'renumbered' && r.status !== 'split').map((r) => [r.status, r.old?.label])).toEqual([]);
  });
});
