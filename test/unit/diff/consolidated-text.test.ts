/**
 * Consolidated texts after an amendment, made from the real Surabaya 2018 text, against the
 * original (drafting-rules.md 2.3: an amendment never renumbers):
 * - Pasal 20 deleted and kept as "Pasal 20 Dihapus.": exactly that Pasal reads as deleted, and
 *   Pasal 33, whose references to "Pasal 20 ayat (1)" are live in the original (the target
 *   exists) and plain text in the new version (it no longer does), reads as unchanged, as its
 *   printed text is;
 * - Pasal 20A inserted: only Pasal 20A is inserted, every other Pasal keeps its number;
 * - ayat (1a) inserted into Pasal 20: only Pasal 20 changed, by that one inserted ayat;
 * - definition 4a inserted into Pasal 1: only Pasal 1 changed, by that one inserted item;
 * - ayat (2) of Pasal 20 kept as "(2) Dihapus.": only Pasal 20 changed, by that one deleted ayat;
 * - the original as a PDF (other page breaks) against a consolidated text: only the real changes;
 * - the other way round (a placeholder written again): that Pasal or ayat reads as inserted;
 * - (the real Sulawesi Utara text) Pasal 7 deleted: the Pasal that refer to "Pasal 7 ayat (1) dan
 *   ayat (2)" (live references in the original, plain text after) stay unchanged, and a word
 *   changed in one of them is the only edit of its redline.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { comparisonToJson } from '../../../src/diff/json';
import { importBuffer, parseText } from '../../../src/parse';
import { writePdf } from '../parse/helpers/pdf-writer';
import { corpusDir } from '../../helpers/paths';

const original = fs.readFileSync(path.join(corpusDir, 'perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt'), 'utf8');

/** The text with the body of Pasal `n` replaced by "Dihapus." (up to the next BAB, Bagian, Paragraf or Pasal heading). */
function withPasalDeleted(text: string, n: number): string {
  const lines = text.split('\n');
  const from = lines.findIndex((l) => l.trim() === `Pasal ${n}`);
  const to = lines.findIndex((l, i) => i > from && /^(BAB|Bagian|Paragraf|Pasal) /.test(l.trim()));
  if (from < 0 || to < from) throw new Error(`Pasal ${n} not found`);
  return [...lines.slice(0, from + 1), 'Dihapus.', '', ...lines.slice(to)].join('\n');
}

/** The text with `added` lines inserted before the first line that reads `before` (trimmed). */
function insertBefore(text: string, before: string, added: string[]): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.trim().startsWith(before));
  if (at < 0) throw new Error(`${before} not found`);
  return [...lines.slice(0, at), ...added, '', ...lines.slice(at)].join('\n');
}

const changedUnits = (text: string) => comparisonToJson(compareDocs(parseText(original).doc, parseText(text).doc)).units.filter((u) => u.status !== 'unchanged');

describe('an original Perda against its consolidated text with a deleted Pasal', () => {
  const before = parseText(original).doc;
  const after = parseText(withPasalDeleted(original, 20)).doc;
  const json = comparisonToJson(compareDocs(before, after));

  it('reports Pasal 20 as deleted (kept as a placeholder) and nothing else', () => {
    expect(json.units.filter((u) => u.status !== 'unchanged')).toEqual([
      expect.objectContaining({ status: 'deleted', old: 'Pasal 20', new: 'Pasal 20', keterangan: 'Dihapus' }),
    ]);
    expect(json.summary).toMatchObject({ deleted: 1, inserted: 0, changed: 0, unchanged: json.units.length - 1 });
    expect(json.other.filter((r) => r.status !== 'unchanged')).toEqual([]);
  });

  it('keeps a Pasal whose live reference became plain text unchanged', () => {
    let live = 0;
    before.descendants((n) => {
      if (n.type.name === 'ref' && /Pasal 20 ayat/.test(String(n.attrs.text))) live++;
      return true;
    });
    expect(live).toBeGreaterThan(0);
    expect(json.units.find((u) => u.new === 'Pasal 33')?.status).toBe('unchanged');
  });
});

describe('the other way round: a consolidated text against a version that writes its "Dihapus." number again', () => {
  it('reads Pasal 20 as inserted over its placeholder, and the Pasal that refer to it as unchanged', () => {
    const json = comparisonToJson(compareDocs(parseText(withPasalDeleted(original, 20)).doc, parseText(original).doc));
    expect(json.units.filter((u) => u.status !== 'unchanged').map((u) => [u.status, u.old, u.new])).toEqual([['inserted', 'Pasal 20', 'Pasal 20']]);
    expect(json.other.filter((r) => r.status !== 'unchanged')).toEqual([]);
  });

  it('reads an ayat written again over "(2) Dihapus." as the one inserted ayat of its Pasal', () => {
    const lines = original.split('\n');
    const from = lines.findIndex((l) => l.startsWith('(2)   Orang atau badan penyelenggara Tempat Parkir di luar'));
    const to = lines.findIndex((l, i) => i > from && l.startsWith('(3)'));
    const consolidated = [...lines.slice(0, from), '(2)   Dihapus.', '', ...lines.slice(to)].join('\n');
    const units = comparisonToJson(compareDocs(parseText(consolidated).doc, parseText(original).doc)).units.filter((u) => u.status !== 'unchanged');
    expect(units.map((u) => [u.status, u.old])).toEqual([['changed', 'Pasal 20']]);
    expect(units[0]?.parts).toEqual([{ status: 'inserted', old: 'Pasal 20 ayat (2)', new: 'Pasal 20 ayat (2)' }]);
  });
});

describe('an original Perda against its consolidated text with inserted units', () => {
  it('reads an inserted Pasal 20A as the only change', () => {
    const text = insertBefore(original, 'BAB VII', ['Pasal 20A', '', 'Petugas parkir wajib menggunakan seragam dan tanda pengenal yang ditetapkan oleh Dinas.']);
    expect(changedUnits(text)).toEqual([expect.objectContaining({ status: 'inserted', old: null, new: 'Pasal 20A' })]);
  });

  it('reads an inserted ayat (1a) as the only change of its Pasal', () => {
    const text = insertBefore(original, '(2)   Orang atau badan penyelenggara Tempat Parkir di luar', ['(1a)  Petugas parkir sebagaimana dimaksud pada ayat (1) wajib memiliki kartu tanda anggota.']);
    const units = changedUnits(text);
    expect(units).toEqual([expect.objectContaining({ status: 'changed', old: 'Pasal 20', new: 'Pasal 20' })]);
    expect(units[0]?.parts).toEqual([{ status: 'inserted', old: null, new: 'Pasal 20 ayat (1a)' }]);
  });

  it('reads an inserted definition 4a as the only change of Pasal 1', () => {
    const text = insertBefore(original, '5.   Kepala Dinas adalah', ['           4a.  Badan adalah Badan Pendapatan Daerah Kota Surabaya.']);
    const units = changedUnits(text);
    expect(units).toEqual([expect.objectContaining({ status: 'changed', old: 'Pasal 1', new: 'Pasal 1' })]);
    expect(units[0]?.parts).toEqual([{ status: 'inserted', old: null, new: 'Pasal 1 angka 4a' }]);
  });

  it('reads an ayat kept as "(2) Dihapus." as the one deleted ayat of its Pasal', () => {
    const lines = original.split('\n');
    const from = lines.findIndex((l) => l.startsWith('(2)   Orang atau badan penyelenggara Tempat Parkir di luar'));
    const to = lines.findIndex((l, i) => i > from && l.startsWith('(3)'));
    const units = changedUnits([...lines.slice(0, from), '(2)   Dihapus.', '', ...lines.slice(to)].join('\n'));
    expect(units).toEqual([expect.objectContaining({ status: 'changed', old: 'Pasal 20', new: 'Pasal 20' })]);
    expect(units[0]?.parts).toEqual([{ status: 'deleted', old: 'Pasal 20 ayat (2)', new: 'Pasal 20 ayat (2)' }]);
  });
});

describe('the original as a PDF against a consolidated text', () => {
  it('finds only the real changes, whatever the page breaks of the PDF', async () => {
    const lines = original.split('\n').filter((l) => !l.startsWith('#'));
    const pages: string[][] = [];
    for (let i = 0; i < lines.length; i += 42) pages.push(lines.slice(i, i + 42));
    const fromPdf = (await importBuffer(writePdf({ pages }), 'perda-2018.pdf')).doc;
    const consolidated = insertBefore(withPasalDeleted(original, 20), 'BAB VII', ['Pasal 20A', '', 'Petugas parkir wajib menggunakan seragam dan tanda pengenal yang ditetapkan oleh Dinas.']);
    const units = comparisonToJson(compareDocs(fromPdf, parseText(consolidated).doc)).units.filter((u) => u.status !== 'unchanged');
    expect(units.map((u) => [u.status, u.old, u.new])).toEqual([
      ['deleted', 'Pasal 20', 'Pasal 20'],
      ['inserted', null, 'Pasal 20A'],
    ]);
  });
});

describe('a reference written short ("Pasal 7 ayat (1) dan ayat (2)") whose target was deleted', () => {
  const sulut = fs.readFileSync(path.join(corpusDir, 'perda-prov-sulut-2014-04-minuman-beralkohol.txt'), 'utf8');
  const before = parseText(sulut).doc;
  const deleted = withPasalDeleted(sulut, 7);

  it('keeps the referring Pasal unchanged: its label would read "Pasal 7 ayat (2)", the text reads "ayat (2)"', () => {
    const refs: string[] = [];
    before.descendants((n) => {
      if (n.type.name === 'ref' && String(n.attrs.text) === 'ayat (2)') refs.push(String(n.attrs.text));
      return true;
    });
    expect(refs.length).toBeGreaterThan(0);
    const units = comparisonToJson(compareDocs(before, parseText(deleted).doc)).units.filter((u) => u.status !== 'unchanged');
    expect(units.map((u) => [u.status, u.old, u.new])).toEqual([['deleted', 'Pasal 7', 'Pasal 7']]);
  });

  it('shows only the real edit in the redline of a Pasal changed elsewhere', () => {
    const edited = deleted.replace('paling lama sampai pukul 20.00 wita.', 'paling lama sampai pukul 22.00 wita.');
    const c = compareDocs(before, parseText(edited).doc);
    const row = c.pasal.find((r) => r.status === 'changed');
    const edits = row?.segments.filter((s) => s.op !== 'equal').map((s) => s.text.trim());
    expect(edits).toEqual(['20.00', '22.00']);
  });
});
