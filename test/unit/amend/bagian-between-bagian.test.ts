/**
 * A Bagian inserted "Di antara Bagian Kesatu dan Bagian Kedua" (the form Perpres 86/2025 uses, beside
 * F16's "Di antara Pasal 5 dan Pasal 6"), applied to a real base where three BAB have both Bagian
 * (Perda Kota Surabaya 3/2018: BAB III, IV and VII). The instruments are illustrative, written in
 * the formulas of drafting-rules.md; the base is the corpus text.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { applyInstrument } from '../../../src/amend/index';
import { parseText } from '../../../src/parse/index';
import { corpusDir } from '../../helpers/paths';

const base = parseText(fs.readFileSync(path.join(corpusDir, 'perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt'), 'utf8')).doc;

/** An amending instrument of the base with these change items (each an instruction and the lines it quotes). */
function instrument(items: ReadonlyArray<readonly string[]>): Node {
  const text = [
    'PERATURAN DAERAH KOTA SURABAYA',
    'NOMOR 9 TAHUN 2026',
    'TENTANG',
    'PERUBAHAN ATAS PERATURAN DAERAH KOTA SURABAYA NOMOR 3 TAHUN 2018',
    'TENTANG PENYELENGGARAAN PERPARKIRAN',
    '',
    'Pasal I',
    'Beberapa ketentuan dalam Peraturan Daerah Kota Surabaya Nomor 3 Tahun 2018 tentang Penyelenggaraan Perparkiran (Lembaran Daerah Kota Surabaya Tahun 2018 Nomor 3) diubah sebagai berikut:',
    ...items.flatMap((lines, i) => [`${i + 1}. ${lines[0]}`, ...lines.slice(1)]),
    '',
    'Pasal II',
    'Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.',
  ].join('\n');
  return parseText(text).doc;
}

/** Each BAB's Bagian of `doc` with the Pasal each holds: "BAB IV / Bagian Kesatu A: 11A". */
function bagianOf(doc: Node): string[] {
  const out: string[] = [];
  doc.descendants((n) => {
    if (n.type.name !== 'bab') return n.type.name !== 'pasal';
    n.forEach((b) => {
      if (b.type.name !== 'bagian') return;
      const pasal: string[] = [];
      b.forEach((p) => {
        if (p.type.name === 'pasal') pasal.push(String(p.attrs.baseNum));
      });
      out.push(`BAB ${String(n.attrs.baseNum)} / Bagian ${String(b.attrs.baseNum)}: ${pasal.join(' ')}`);
    });
    return false;
  });
  return out;
}

const BAGIAN_ALONE = ['Di antara Bagian Kesatu dan Bagian Kedua disisipkan 1 (satu) bagian, yakni Bagian Kesatu A sehingga berbunyi sebagai berikut:', 'Bagian Kesatu A', 'Persetujuan Lingkungan'];
const PASAL_11A = ['Di antara Pasal 11 dan Pasal 12 disisipkan 1 (satu) pasal, yakni Pasal 11A sehingga berbunyi sebagai berikut:', 'Pasal 11A', 'Penyelenggara tempat parkir wajib memiliki persetujuan lingkungan.'];

describe('a Bagian inserted between two Bagian of a BAB', () => {
  it('where the item names no BAB, goes where the items around it say, and the Pasal inserted after it fill it', () => {
    const r = applyInstrument(base, instrument([
      ['Ketentuan Pasal 11 diubah sehingga berbunyi sebagai berikut:', 'Pasal 11', 'Setiap orang yang menyelenggarakan tempat parkir wajib memiliki izin.'],
      BAGIAN_ALONE,
      PASAL_11A,
    ]));
    expect(r.report.filter((x) => x.action !== 'penjelasan').map((x) => [x.status, x.units.join(', ')])).toEqual([
      ['applied', 'Pasal 11'],
      ['applied', 'Bagian Kesatu A'],
      ['applied', 'Pasal 11A'],
    ]);
    expect(bagianOf(r.doc).filter((b) => b.startsWith('BAB IV'))).toEqual(['BAB IV / Bagian Kesatu: 11', 'BAB IV / Bagian Kesatu A: 11A', 'BAB IV / Bagian Kedua: 12 13 14']);
    expect(bagianOf(r.doc).filter((b) => b.includes('Kesatu A'))).toHaveLength(1);
  });

  it('where the item names no BAB and quotes its Pasal, goes after the Pasal their numbers follow', () => {
    const r = applyInstrument(base, instrument([[...BAGIAN_ALONE, 'Pasal 21A', 'Pemerintah Daerah menjamin asuransi kendaraan di tempat parkir.']]));
    expect(r.report.filter((x) => x.action !== 'penjelasan').map((x) => x.status)).toEqual(['applied']);
    expect(bagianOf(r.doc).filter((b) => b.startsWith('BAB VII'))).toEqual(['BAB VII / Bagian Kesatu: 21', 'BAB VII / Bagian Kesatu A: 21A', 'BAB VII / Bagian Kedua: 22']);
  });

  it('where the item names its BAB, goes there', () => {
    const named = ['Di antara Bagian Kesatu dan Bagian Kedua BAB III disisipkan 1 (satu) bagian, yakni Bagian Kesatu A sehingga berbunyi sebagai berikut:', ...BAGIAN_ALONE.slice(1)];
    const r = applyInstrument(base, instrument([named]));
    expect(r.report.map((x) => x.status)).toEqual(['applied']);
    expect(bagianOf(r.doc).filter((b) => b.includes('Kesatu A'))).toEqual(['BAB III / Bagian Kesatu A: ']);
  });

  it('where nothing says which BAB, is reported and changes nothing', () => {
    const r = applyInstrument(base, instrument([BAGIAN_ALONE]));
    expect(r.report.map((x) => x.status)).toEqual(['not-understood']);
    expect(r.report[0]?.message).toMatch(/Bagian Kesatu dan Bagian Kedua di lebih dari satu BAB/);
    expect(bagianOf(r.doc)).toEqual(bagianOf(base));
  });

  it('between two Bagian that do not follow each other, is reported', () => {
    const r = applyInstrument(base, instrument([['Di antara Bagian Kesatu dan Bagian Ketiga disisipkan 1 (satu) bagian, yakni Bagian Kesatu A sehingga berbunyi sebagai berikut:', ...BAGIAN_ALONE.slice(1)]]));
    expect(r.report.map((x) => x.status)).toEqual(['not-understood']);
    expect(r.report[0]?.message).toMatch(/yang berurutan tidak ada/);
  });
});
