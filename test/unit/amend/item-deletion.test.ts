/**
 * "Ketentuan huruf c Pasal 12 dihapus." deletes one item, not Pasal 12. Until items inside a
 * Pasal can be deleted, such an instruction is reported as not applied and leaves the Pasal as it
 * was (it used to delete the whole Pasal and report success). On the real Sulawesi Utara 4/2014
 * text, with an amending instrument written in its style.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyInstrument } from '../../../src/amend/index';
import { compareDocs } from '../../../src/diff/compare';
import { parseText } from '../../../src/parse';
import { corpusDir } from '../../helpers/paths';

const base = parseText(fs.readFileSync(path.join(corpusDir, 'perda-prov-sulut-2014-04-minuman-beralkohol.txt'), 'utf8')).doc;

const instrument = parseText(`GUBERNUR SULAWESI UTARA
PERATURAN DAERAH PROVINSI SULAWESI UTARA
NOMOR 7 TAHUN 2019
TENTANG
PERUBAHAN ATAS PERATURAN DAERAH PROVINSI SULAWESI UTARA
NOMOR 4 TAHUN 2014 TENTANG PENGENDALIAN DAN PENGAWASAN
MINUMAN BERALKOHOL DI PROVINSI SULAWESI UTARA

DENGAN RAHMAT TUHAN YANG MAHA ESA
GUBERNUR SULAWESI UTARA,

Menimbang : bahwa perlu dilakukan perubahan atas Peraturan Daerah Provinsi Sulawesi Utara Nomor 4 Tahun 2014;
Mengingat : Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;

MEMUTUSKAN :
Menetapkan : PERATURAN DAERAH TENTANG PERUBAHAN ATAS PERATURAN DAERAH PROVINSI SULAWESI UTARA NOMOR 4 TAHUN 2014.

Pasal I
Beberapa ketentuan dalam Peraturan Daerah Provinsi Sulawesi Utara Nomor 4 Tahun 2014 diubah sebagai berikut:
1. Ketentuan huruf c Pasal 12 dihapus.
2. Ketentuan Pasal 1 angka 29 dihapus.

Pasal II
Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.
`).doc;

describe('deleting a huruf or angka inside a Pasal', () => {
  it('is reported as not applied and deletes no Pasal', () => {
    const r = applyInstrument(base, instrument);
    expect(r.report.filter((x) => x.item > 0).map((x) => [x.item, x.status])).toEqual([[1, 'not-understood'], [2, 'not-understood']]);
    const c = compareDocs(base, r.doc);
    expect(c.pasal.filter((row) => row.status === 'deleted')).toEqual([]);
  });
});
