/**
 * What lies outside the body is compared too, on real texts: the Judul (a changed title is one
 * "judul" row) and the Lampiran (a tariff changed in Lampiran II of the Banjarnegara Perda is one
 * "lampiran" row; a note inserted near the top of Lampiran I is one inserted row, and the thousands
 * of paragraphs after it, which print no number, stay unchanged), the "Menetapkan" line and the
 * perintah pengundangan, while every Pasal stays unchanged.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { comparisonToJson } from '../../../src/diff/json';
import { parseText } from '../../../src/parse';
import { perdaSchema } from '../../../src/model/schema';
import { corpusDir } from '../../helpers/paths';

const read = (file: string) => fs.readFileSync(path.join(corpusDir, file), 'utf8');

/** `text` with `from` (which must occur exactly once) replaced by `to`. */
function once(text: string, from: string, to: string): string {
  expect(text.split(from)).toHaveLength(2);
  return text.replace(from, to);
}

const changedOther = (a: string, b: string) => {
  const json = comparisonToJson(compareDocs(parseText(a).doc, parseText(b).doc));
  expect(json.units.filter((u) => u.status !== 'unchanged')).toEqual([]);
  return json.other.filter((r) => r.status !== 'unchanged').map((r) => [r.kind, r.status, r.old]);
};

describe('outside the body', () => {
  it('reports a changed title as the Judul row', () => {
    const sulut = read('perda-prov-sulut-2014-04-minuman-beralkohol.txt');
    const renamed = once(sulut, '    PENGENDALIAN DAN PENGAWASAN MINUMAN BERALKOHOL\n', '    PENGENDALIAN, PENGAWASAN DAN PEREDARAN MINUMAN BERALKOHOL\n');
    expect(changedOther(sulut, renamed)).toEqual([['judul', 'changed', 'Judul']]);
  });

  it('reports a tariff changed in a Lampiran as that Lampiran paragraph', () => {
    const banjar = read('perda-kab-banjarnegara-2025-08-perubahan-pajak-retribusi-daerah.txt');
    const tariff = once(banjar, 'b. Terminal Mandiraja                             7.000/m²/bulan', 'b. Terminal Mandiraja                             9.000/m²/bulan');
    const rows = changedOther(banjar, tariff);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.slice(0, 2)).toEqual(['lampiran', 'changed']);
    expect(String(rows[0]?.[2])).toMatch(/^LAMPIRAN II \(teks \d+\)$/);
  });

  it('reports a note inserted in a Lampiran as one inserted row, the paragraphs after it unchanged', () => {
    const banjar = read('perda-kab-banjarnegara-2025-08-perubahan-pajak-retribusi-daerah.txt');
    const heading = '           STRUKTUR DAN BESARAN TARIF RETRIBUSI JASA UMUM\n';
    expect(banjar.indexOf(heading)).toBeGreaterThan(0);
    const noted = banjar.replace(heading, `${heading}\nTarif dalam Lampiran ini belum termasuk pajak pertambahan nilai.\n`);
    const rows = changedOther(banjar, noted);
    expect(rows).toEqual([['lampiran', 'inserted', null]]);
  });

  it('reports an edited "Menetapkan" line and an edited perintah pengundangan as their own rows', () => {
    const sulut = read('perda-prov-sulut-2014-04-minuman-beralkohol.txt');
    const enacted = once(sulut, 'Menetapkan        : PERATURAN DAERAH TENTANG PENGENDALIAN DAN', 'Menetapkan        : PERATURAN DAERAH TENTANG PENGAWASAN DAN');
    expect(changedOther(sulut, enacted)).toEqual([['diktum', 'changed', 'Menetapkan']]);
    const ordered = once(sulut, 'peraturan daerah ini dengan penempatannya dalam lembaran daerah', 'Peraturan Daerah ini dengan penempatannya dalam Lembaran Daerah');
    expect(changedOther(sulut, ordered)).toEqual([['penutup', 'changed', 'Perintah pengundangan']]);
  });

  it('reads the older "dapat mengetahuinya" formula, and the Surabaya pair\'s own changes to both lines', () => {
    const sulut = read('perda-prov-sulut-2014-04-minuman-beralkohol.txt');
    const older = once(sulut, 'Agar setiap orang mengetahuinya,', 'Agar setiap orang dapat mengetahuinya,');
    expect(changedOther(sulut, older)).toEqual([['penutup', 'changed', 'Perintah pengundangan']]);
    // And the oldest laws' "Agar supaya setiap orang mengetahuinya" (UU 7/1983).
    const oldest = once(sulut, 'Agar setiap orang mengetahuinya,', 'Agar supaya setiap orang mengetahuinya,');
    expect(changedOther(sulut, oldest)).toEqual([['penutup', 'changed', 'Perintah pengundangan']]);
    const c = compareDocs(parseText(read('perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt')).doc, parseText(read('perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt')).doc);
    const words = (rows: typeof c.diktum, op: 'insert' | 'delete') => rows.flatMap((r) => r.segments.filter((x) => x.op === op).map((x) => x.text.trim()));
    expect(words(c.diktum, 'delete')).toEqual(['DAN RETRIBUSI PARKIR']);
    expect(words(c.diktum, 'insert')).toEqual(['DI KOTA SURABAYA']);
    expect(words(c.penutup, 'delete')).toEqual(['Kota Surabaya']);
    expect(words(c.penutup, 'insert')).toEqual([]);
  });

  it('compares the perintah pengundangan as its one sentence, when an import ran the signature block into its paragraph', () => {
    const sulut = parseText(read('perda-prov-sulut-2014-04-minuman-beralkohol.txt')).doc;
    type J = { type: string; text?: string; content?: J[] };
    const json = sulut.toJSON() as J;
    const penutup = json.content!.find((n) => n.type === 'penutup')!;
    const first = penutup.content![0]!;
    first.content!.push({ type: 'text', text: ' Ditetapkan di Manado pada tanggal 26 Agustus 2014 GUBERNUR SULAWESI UTARA,' });
    const c = compareDocs(sulut, perdaSchema.nodeFromJSON(json));
    expect(c.penutup.map((r) => r.status)).toEqual(['unchanged']);
  });

  it('reads the signature blocks whichever comes first: a Word table may give Diundangkan before Ditetapkan', () => {
    const sulut = read('perda-prov-sulut-2014-04-minuman-beralkohol.txt');
    const ditetapkan = '                                    Ditetapkan di Manado\n                                    Pada tanggal 26 Agustus 2014\n                                    GUBERNUR SULAWESI UTARA,\n\n\n                                                  ttd\n\n                                          S. H. SARUNDAJANG\n\n';
    const diundangkan = 'Diundangkan di Manado\nPada tanggal 26 Agustus 2014\n    SEKRETARIS DAERAH\n  PROVINSI SULAWESI UTARA,\n\n               ttd\n\n      S. R. MOKODONGAN\n\n';
    const swapped = once(sulut, ditetapkan + diundangkan, diundangkan + ditetapkan);
    const roles = (text: string) => {
      const out: string[] = [];
      parseText(text).doc.forEach((top) => { if (top.type.name === 'penutup') top.forEach((p) => out.push(`${String(p.attrs.role)}: ${p.textContent.slice(0, 24)}`)); });
      return out.sort();
    };
    expect(roles(swapped)).toEqual(roles(sulut));
    expect(changedOther(sulut, swapped)).toEqual([]);
    // "Di" in title case still opens a block; a sentence's "ditetapkan di" does not.
    const titleCase = once(once(sulut, 'Ditetapkan di Manado', 'Ditetapkan Di Manado'), 'Diundangkan di Manado', 'Diundangkan Di Manado');
    expect(roles(titleCase).map((r) => r.split(':')[0])).toEqual(roles(sulut).map((r) => r.split(':')[0]));
  });
});
