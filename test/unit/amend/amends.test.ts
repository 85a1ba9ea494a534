/**
 * Whether an instrument amends a given text (`amends`), as a scan's text layer leaves their
 * headings: the title misread or read from the wrong lines, the base's Judul lost. The instrument's
 * own Pasal I cites the regulation it amends ("Beberapa ketentuan dalam Peraturan Presiden Nomor 3
 * Tahun 2025 tentang … diubah sebagai berikut:"), and a Judul that lost its first line still
 * carries its "NOMOR 3 TAHUN 2025".
 */
import { describe, expect, it } from 'vitest';
import { amends } from '../../../src/amend/applied-instrument';
import { parseText } from '../../../src/parse';

/** An instrument whose title reads `title` and whose Pasal I cites `cited`. */
function instrument(title: string[], cited: string): ReturnType<typeof parseText>['doc'] {
  return parseText([...title, 'DENGAN RAHMAT TUHAN YANG MAHA ESA', 'PRESIDEN REPUBLIK INDONESIA,', 'Menimbang : a. bahwa perlu mengubah;', 'MEMUTUSKAN:', 'Menetapkan : PERATURAN PRESIDEN TENTANG PERUBAHAN.', 'Pasal I', `Beberapa ketentuan dalam ${cited} diubah sebagai berikut:`, '1. Pasal 3 dihapus.', 'Pasal II', 'Peraturan Presiden ini mulai berlaku pada tanggal diundangkan.'].join('\n')).doc;
}

/** A base text whose head reads `head`. */
function base(head: string[]): ReturnType<typeof parseText>['doc'] {
  return parseText([...head, 'DENGAN RAHMAT TUHAN YANG MAHA ESA', 'PRESIDEN REPUBLIK INDONESIA,', 'Menimbang : a. bahwa perlu;', 'MEMUTUSKAN:', 'Menetapkan : PERATURAN PRESIDEN TENTANG SELEKSI.', 'Pasal 1', 'Seleksi dilakukan.', 'Pasal 2', 'Seleksi diumumkan.', 'Pasal 3', 'Seleksi selesai.'].join('\n')).doc;
}

const cited = 'Peraturan Presiden Nomor 3 Tahun 2025 tentang Tata Cara Seleksi (Lembaran Negara Republik Indonesia Tahun 2025 Nomor 6)';
const printedBase = base(['PERATURAN PRESIDEN REPUBLIK INDONESIA', 'NOMOR 3 TAHUN 2025', 'TENTANG', 'TATA CARA SELEKSI']);

describe('amends: the instrument names the text it amends', () => {
  it('by the number and year its Pasal I cites, where its title was read from the wrong lines', () => {
    const misreadTitle = instrument(['PRESIDEN REruBUK INDONESI,A', 'NOMOR 7 TAHUN 2025'], cited);
    expect(amends(misreadTitle, printedBase)).toBe(true);
  });

  it('by the "NOMOR 3 TAHUN 2025" of a base Judul that lost its first line ("PRESIDEN NEPUBUK INDONESIA / NOMOR 3 TAHUN 2025 / TENTANG …")', () => {
    const ocrBase = base(['PRESIDEN', 'NEPUBUK INDONESIA', 'NOMOR 3 TAHUN 2025', 'TENTANG', 'TATA CARA SELEKSl']);
    expect(amends(instrument(['PERATURAN PRESIDEN REPUBLIK INDONESIA', 'NOMOR 7 TAHUN 2025', 'TENTANG', 'PERUBAHAN ATAS PERATURAN PRESIDEN NOMOR 3 TAHUN 2025 TENTANG TATA CARA SELEKSI'], cited), ocrBase)).toBe(true);
  });

  it('not where both the title and Pasal I cite another regulation', () => {
    const other = 'Peraturan Presiden Nomor 9 Tahun 2020 tentang Pengadaan (Lembaran Negara Republik Indonesia Tahun 2020 Nomor 1)';
    expect(amends(instrument(['PERATURAN PRESIDEN REPUBLIK INDONESIA', 'NOMOR 7 TAHUN 2025', 'TENTANG', 'PERUBAHAN ATAS PERATURAN PRESIDEN NOMOR 9 TAHUN 2020 TENTANG PENGADAAN'], other), printedBase)).toBe(false);
  });
});
