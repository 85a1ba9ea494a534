import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { buildPerda, type PasalSpec } from '../../../src/model/doc-builders';
import { numberDocument } from '../../../src/model/numbering';
import { formatAddress, parseAddress } from '../../../src/model/address';
import { refLabel, unitLabel } from '../../../src/model/labels';
import { referencePhrase, resolveAddress, resolveRange, unitsInRange } from '../../../src/model/references';

/** uid of the unit with this exact address (test helper). */
const uidAt = (doc: Node, address: string): string => {
  const u = [...numberDocument(doc).values()].find((x) => x.address === address);
  if (!u) throw new Error(`no unit at ${address}`);
  return u.uid;
};

const ayatWithList: PasalSpec = { ayat: ['Setiap orang wajib melapor.', { text: 'Laporan meliputi:', list: ['nama;', 'alamat; dan', 'waktu.'] }] };
const doc = buildPerda({ konsiderans: ['bahwa a;', 'bahwa b;', 'bahwa c;'], pasal: ['a', 'b', 'c', 'd', ayatWithList, 'f', 'g', 'h', 'i'] });

describe('referencePhrase', () => {
  it('uses "dalam" with the full address for a unit of another Pasal', () => {
    expect(referencePhrase(doc, uidAt(doc, 'Pasal 9'), uidAt(doc, 'Pasal 5 ayat (2) huruf a'))).toBe('sebagaimana dimaksud dalam Pasal 5 ayat (2) huruf a');
    expect(referencePhrase(doc, uidAt(doc, 'Pasal 9'), uidAt(doc, 'Pasal 5'))).toBe('sebagaimana dimaksud dalam Pasal 5');
  });

  it('uses "pada" and no "Pasal ini" for an ayat of the same Pasal', () => {
    expect(referencePhrase(doc, uidAt(doc, 'Pasal 5 ayat (2)'), uidAt(doc, 'Pasal 5 ayat (1)'))).toBe('sebagaimana dimaksud pada ayat (1)');
    expect(referencePhrase(doc, uidAt(doc, 'Pasal 5 ayat (1)'), uidAt(doc, 'Pasal 5 ayat (2) huruf a'))).toBe('sebagaimana dimaksud pada ayat (2) huruf a');
    expect(referencePhrase(doc, uidAt(doc, 'Pasal 5 ayat (2) huruf c'), uidAt(doc, 'Pasal 5 ayat (2) huruf a'))).toBe('sebagaimana dimaksud pada huruf a');
  });

  it('uses "dalam huruf a" between konsiderans items', () => {
    expect(referencePhrase(doc, uidAt(doc, 'Menimbang huruf d'), uidAt(doc, 'Menimbang huruf a'))).toBe('sebagaimana dimaksud dalam huruf a');
  });

  it('writes ranges with "sampai dengan"', () => {
    expect(referencePhrase(doc, uidAt(doc, 'Pasal 1'), uidAt(doc, 'Pasal 7'), uidAt(doc, 'Pasal 9'))).toBe('sebagaimana dimaksud dalam Pasal 7 sampai dengan Pasal 9');
    expect(refLabel(doc, uidAt(doc, 'Pasal 9'), uidAt(doc, 'Pasal 5 ayat (1)'), uidAt(doc, 'Pasal 5 ayat (2)'))).toBe('Pasal 5 ayat (1) sampai dengan ayat (2)');
    expect(refLabel(doc, null, uidAt(doc, 'Pasal 5 ayat (2) huruf b'))).toBe('Pasal 5 ayat (2) huruf b');
  });

  it('returns null for a unit without number', () => {
    expect(referencePhrase(doc, null, 'nope')).toBeNull();
    expect(unitLabel(numberDocument(doc), 'nope')).toBeNull();
    expect(unitLabel(numberDocument(doc), uidAt(doc, 'Pasal 3'))).toBe('Pasal 3');
  });
});

describe('parseAddress', () => {
  it('parses a deep address with suffixes', () => {
    const a = parseAddress('Pasal 7A ayat (1a) huruf b angka 2');
    expect(a?.segments).toEqual([
      { kind: 'pasal', num: '7A' }, { kind: 'ayat', num: '1a' }, { kind: 'huruf', num: 'b' }, { kind: 'angka', num: '2' },
    ]);
    expect(a?.to).toBeNull();
  });

  it('is tolerant of case, spacing and the sebagaimana prefix', () => {
    expect(formatAddress(parseAddress('sebagaimana dimaksud dalam PASAL 7a  AYAT ( 1A )')!.segments)).toBe('Pasal 7A ayat (1a)');
    expect(formatAddress(parseAddress('bab ixa')!.segments)).toBe('BAB IXA');
    expect(formatAddress(parseAddress('BAB II Bagian kedua belas Paragraf 2')!.segments)).toBe('BAB II Bagian Kedua Belas Paragraf 2');
    expect(formatAddress(parseAddress('Bagian Kesatu A')!.segments)).toBe('Bagian Kesatu A');
  });

  it('completes the end of a range from its start', () => {
    const r = parseAddress('pasal 5 sampai dengan Pasal 9');
    expect(r && formatAddress(r.to!)).toBe('Pasal 9');
    const s = parseAddress('Pasal 10 ayat (1) sampai dengan ayat (4)');
    expect(s && formatAddress(s.to!)).toBe('Pasal 10 ayat (4)');
  });

  it('refuses text that is not an address', () => {
    expect(parseAddress('Peraturan Daerah ini')).toBeNull();
    expect(parseAddress('Pasal tujuh')).toBeNull();
  });
});

describe('resolveAddress and ranges', () => {
  const pm = buildPerda({
    mode: 'perubahan',
    pasal: [
      { baseNum: '5', ayat: [{ baseNum: '1', text: 'x' }, { baseNum: '2', text: 'y' }] },
      { baseNum: '7', text: 'a' },
      { text: 'sisipan' },
      { baseNum: '8', text: 'b', deleted: true },
      { baseNum: '9', text: 'c' },
    ],
  });

  it('resolves absolute and relative addresses', () => {
    expect(resolveAddress(pm, 'Pasal 7A')).toBe(uidAt(pm, 'Pasal 7A'));
    expect(resolveAddress(pm, 'pasal 5 ayat (2)')).toBe(uidAt(pm, 'Pasal 5 ayat (2)'));
    expect(resolveAddress(pm, 'ayat (1)', uidAt(pm, 'Pasal 5 ayat (2)'))).toBe(uidAt(pm, 'Pasal 5 ayat (1)'));
    expect(resolveAddress(pm, 'ayat (1)')).toBeNull();
    expect(resolveAddress(pm, 'Pasal 6')).toBeNull();
  });

  it('includes inserted and deleted units in a range, in document order', () => {
    const r = resolveRange(pm, 'Pasal 7 sampai dengan Pasal 9');
    expect(r).not.toBeNull();
    const labels = unitsInRange(pm, r!.from, r!.to!).map((u) => numberDocument(pm).get(u)?.num);
    expect(labels).toEqual(['7', '7A', '8', '9']);
    expect(refLabel(pm, null, r!.from, r!.to)).toBe('Pasal 7 sampai dengan Pasal 9');
    expect(unitsInRange(pm, r!.to!, r!.from)).toEqual([]);
    expect(unitsInRange(pm, uidAt(pm, 'Pasal 5 ayat (1)'), uidAt(pm, 'Pasal 9'))).toEqual([]);
  });
});
