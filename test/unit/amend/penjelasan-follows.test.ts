/**
 * The consolidated Penjelasan follows the Pasal an instrument deletes and inserts, on the real
 * Surabaya 1/2009 text (its Penjelasan explains Pasal 10 at length and every other Pasal with
 * "cukup jelas"); an explanation that says the same words as the base's leaves them as they are.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyInstrument, consolidatedText } from '../../../src/amend/index';
import { compareDocs } from '../../../src/diff/compare';
import { parseText } from '../../../src/parse';
import { corpusDir } from '../../helpers/paths';

const base = parseText(fs.readFileSync(path.join(corpusDir, 'perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt'), 'utf8')).doc;

/** An instrument amending Surabaya 1/2009 with the given items of Pasal I and the given Penjelasan. */
function instrument(items: string, penjelasan = ''): ReturnType<typeof parseText>['doc'] {
  return parseText(`WALIKOTA SURABAYA
PERATURAN DAERAH KOTA SURABAYA
NOMOR 2 TAHUN 2012
TENTANG
PERUBAHAN ATAS PERATURAN DAERAH KOTA SURABAYA NOMOR 1 TAHUN 2009 TENTANG PENYELENGGARAAN PERPARKIRAN DAN RETRIBUSI PARKIR

DENGAN RAHMAT TUHAN YANG MAHA ESA
WALIKOTA SURABAYA,

Menimbang : bahwa perlu dilakukan perubahan atas Peraturan Daerah Kota Surabaya Nomor 1 Tahun 2009;
Mengingat : Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;

MEMUTUSKAN :
Menetapkan : PERATURAN DAERAH TENTANG PERUBAHAN ATAS PERATURAN DAERAH KOTA SURABAYA NOMOR 1 TAHUN 2009.

Pasal I
Beberapa ketentuan dalam Peraturan Daerah Kota Surabaya Nomor 1 Tahun 2009 diubah sebagai berikut:
${items}

Pasal II
Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.
${penjelasan}`).doc;
}

/** The Penjelasan pasal demi pasal of a consolidated text, from "Pasal 9" to "Pasal 14". */
function explanations(doc: ReturnType<typeof parseText>['doc']): string[] {
  const text = consolidatedText(doc);
  const lines = text.slice(text.indexOf('PASAL DEMI PASAL')).split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.slice(lines.indexOf('Pasal 9'), lines.indexOf('Pasal 14'));
}

const DELETE_AND_INSERT = `1. Pasal 10 dihapus.
2. Di antara Pasal 12 dan Pasal 13 disisipkan 1 (satu) pasal, yakni Pasal 12A sehingga berbunyi sebagai berikut:
Pasal 12A
Setiap penyelenggara tempat parkir wajib menyediakan karcis elektronik.`;

describe('the consolidated Penjelasan follows the Pasal deleted and inserted', () => {
  it('a deleted Pasal reads "Dihapus." in the Penjelasan too; an inserted one without explanation gets "Cukup jelas."', () => {
    expect(explanations(base).slice(0, 3)).toEqual(['Pasal 9', 'cukup jelas', 'Pasal 10']);
    const r = applyInstrument(base, instrument(DELETE_AND_INSERT));
    expect(explanations(r.doc)).toEqual(['Pasal 9', 'cukup jelas', 'Pasal 10', 'Dihapus.', 'Pasal 11', 'cukup jelas', 'Pasal 12', 'cukup jelas', 'Pasal 12A', 'Cukup jelas.', 'Pasal 13', 'cukup jelas']);
    expect(r.report.map((l) => [l.item, l.status, l.action, l.units.join()])).toEqual([
      [1, 'applied', 'dihapus', 'Pasal 10'],
      [1, 'applied', 'penjelasan', 'Penjelasan Pasal 10'],
      [2, 'applied', 'disisipkan', 'Pasal 12A'],
      [2, 'applied', 'penjelasan', 'Penjelasan Pasal 12A'],
    ]);
    expect(r.report[1]?.message).toBe('Penjelasan Pasal 10 menjadi "Dihapus." karena Pasal 10 dihapus.');
    expect(r.report[3]?.message).toContain('tidak memuat penjelasan Pasal 12A');
  });

  it('an inserted Pasal the instrument explains keeps that explanation (no "Cukup jelas." added)', () => {
    const r = applyInstrument(base, instrument(DELETE_AND_INSERT, `
PENJELASAN
ATAS
PERATURAN DAERAH KOTA SURABAYA NOMOR 2 TAHUN 2012

I. UMUM
Perubahan ini menyesuaikan penyelenggaraan parkir.

II. PASAL DEMI PASAL
Pasal I
Angka 1
Pasal 10
Cukup jelas.
Angka 2
Pasal 12A
Yang dimaksud dengan "karcis elektronik" adalah tanda bukti parkir yang diterbitkan secara elektronik.
Pasal II
Cukup jelas.
`));
    const lines = explanations(r.doc);
    expect(lines.slice(lines.indexOf('Pasal 12A'), lines.indexOf('Pasal 13'))).toEqual(['Pasal 12A', 'Yang dimaksud dengan "karcis elektronik" adalah tanda bukti parkir yang diterbitkan secara elektronik.']);
    expect(lines.slice(2, 4)).toEqual(['Pasal 10', 'Dihapus.']);
  });

  it('a restated Pasal explained "Cukup jelas." keeps the base\'s "cukup jelas": its Penjelasan row stays unchanged', () => {
    const r = applyInstrument(base, instrument(`1. Ketentuan Pasal 11 diubah sehingga berbunyi sebagai berikut:
Pasal 11
Pengadaan karcis parkir dilaksanakan oleh Dinas Perhubungan dan wajib diporporasi.`, `
PENJELASAN
ATAS
PERATURAN DAERAH KOTA SURABAYA NOMOR 2 TAHUN 2012

I. UMUM
Perubahan ini menyederhanakan pengadaan karcis parkir.

II. PASAL DEMI PASAL
Pasal I
Angka 1
Pasal 11
Cukup jelas.
Pasal II
Cukup jelas.
`));
    expect(r.report.map((l) => [l.item, l.status, l.action, l.units.join()])).toEqual([
      [1, 'applied', 'diubah', 'Pasal 11'],
      [1, 'applied', 'penjelasan', 'Penjelasan Pasal 11'],
    ]);
    const c = compareDocs(base, r.doc);
    expect(c.pasal.filter((x) => x.status !== 'unchanged').map((x) => x.new?.label)).toEqual(['Pasal 11']);
    expect(c.penjelasan.filter((x) => x.status !== 'unchanged').map((x) => x.new?.label)).toEqual([]);
  });
});

