/**
 * An amending instrument written in Word with automatic numbering: the change items "1.", "2.",
 * "3." are one Word list, and the Pasal item 1 restates has its ayat "(1)", "(2)" in another. The
 * items count on across the restated Pasal, as Word prints them, and all apply to the real
 * Sulawesi Utara 4/2014 text (before, the items took the ayat list's count: "1., 3., 1.").
 */
import { AlignmentType, Document, LevelFormat, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { applyInstrument } from '../../../src/amend/index';
import { importBuffer } from '../../../src/parse/import-file';
import { changedPasal, statuses, sulutBase } from './sulut-instrument';

/** The instrument as a Word file: items and the restated Pasal's ayat numbered by Word. */
async function instrumentDocx(): Promise<Uint8Array> {
  const p = (text: string) => new Paragraph({ text });
  const item = (text: string) => new Paragraph({ text, numbering: { reference: 'items', level: 0 } });
  const ayat = (text: string) => new Paragraph({ text, numbering: { reference: 'ayat', level: 0 } });
  const children = [
    p('GUBERNUR SULAWESI UTARA'),
    p('PERATURAN DAERAH PROVINSI SULAWESI UTARA'),
    p('NOMOR 7 TAHUN 2019'),
    p('TENTANG'),
    p('PERUBAHAN ATAS PERATURAN DAERAH PROVINSI SULAWESI UTARA NOMOR 4 TAHUN 2014 TENTANG PENGENDALIAN DAN PENGAWASAN MINUMAN BERALKOHOL DI PROVINSI SULAWESI UTARA'),
    p('DENGAN RAHMAT TUHAN YANG MAHA ESA'),
    p('GUBERNUR SULAWESI UTARA,'),
    p('Menimbang : bahwa perlu dilakukan perubahan atas Peraturan Daerah Provinsi Sulawesi Utara Nomor 4 Tahun 2014;'),
    p('Mengingat : Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;'),
    p('MEMUTUSKAN :'),
    p('Menetapkan : PERATURAN DAERAH TENTANG PERUBAHAN ATAS PERATURAN DAERAH PROVINSI SULAWESI UTARA NOMOR 4 TAHUN 2014.'),
    p('Pasal I'),
    p('Beberapa ketentuan dalam Peraturan Daerah Provinsi Sulawesi Utara Nomor 4 Tahun 2014 diubah sebagai berikut:'),
    item('Ketentuan Pasal 9 diubah sehingga berbunyi sebagai berikut:'),
    p('Pasal 9'),
    ayat('Penjualan minuman beralkohol dibatasi sampai dengan pukul 22.00 wita.'),
    ayat('Pembatasan sebagaimana dimaksud pada ayat (1) dapat diubah dengan Peraturan Gubernur.'),
    item('Pasal 24 dihapus.'),
    item('Pasal 25 dihapus.'),
    p('Pasal II'),
    p('Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.'),
  ];
  const level = (text: string) => [{ level: 0, format: LevelFormat.DECIMAL, text, alignment: AlignmentType.START }];
  const doc = new Document({
    numbering: { config: [{ reference: 'items', levels: level('%1.') }, { reference: 'ayat', levels: level('(%1)') }] },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('an instrument numbered by Word', () => {
  it('reads the change items 1, 2, 3 across the restated Pasal and applies them all', async () => {
    const { doc } = await importBuffer(await instrumentDocx(), 'perubahan.docx');
    const r = applyInstrument(sulutBase, doc);
    expect(statuses(r)).toEqual([
      [1, 'applied', 'Pasal 9'],
      [2, 'applied', 'Pasal 24'],
      [3, 'applied', 'Pasal 25'],
    ]);
    expect(changedPasal(r.doc)).toEqual([
      ['Pasal 9', 'Pasal 9', 'changed'],
      ['Pasal 24', 'Pasal 24', 'deleted'],
      ['Pasal 25', 'Pasal 25', 'deleted'],
    ]);
  });
});
