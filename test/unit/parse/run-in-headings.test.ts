/**
 * Headings a web page ran into the middle of a line (UU 3/1989 Telekomunikasi gives each chapter
 * as one line: "… antarbangsa. Pasal 3 Penyelenggaraan … BAB III PEMBINAAN TELEKOMUNIKASI Pasal 4
 * (1) …") are set at the start of a line of their own: the text read no Pasal at all ("tidak
 * ditemukan satu pun Pasal"), and now reads its 41 Pasal in 11 BAB. References stay in the text,
 * and a text with at most one such heading keeps its lines as they are.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../../src/parse';
import { splitRunInHeadings } from '../../../src/parse/run-in-headings';
import type { SourceLine } from '../../../src/parse/types';
import { fixturesDir } from '../../helpers/paths';

/** Source lines of `texts`, one a line, at the left margin. */
function lines(texts: readonly string[]): SourceLine[] {
  return texts.map((text, i) => ({ no: i + 1, page: 1, indent: 0, text, raw: text, hard: false, blankBefore: false }));
}

const texts = (ls: readonly SourceLine[]) => ls.map((l) => l.text);

/** Every BAB with the first words of each of its Pasal. */
function chapters(doc: Node): Array<{ bab: string; pasal: string[] }> {
  const out: Array<{ bab: string; pasal: string[] }> = [];
  doc.descendants((n) => {
    if (n.type.name === 'bab') out.push({ bab: n.firstChild?.textContent ?? '', pasal: [] });
    if (n.type.name !== 'pasal') return true;
    out[out.length - 1]?.pasal.push(n.textContent.split(/\s+/).slice(0, 3).join(' '));
    return false;
  });
  return out;
}

describe('splitRunInHeadings', () => {
  it('reads the Pasal and BAB of a text that runs each chapter together on one line', () => {
    const text = fs.readFileSync(path.join(fixturesDir, 'diff', 'uu-1989-03-telekomunikasi.txt'), 'utf8');
    const { doc, diagnostics } = parseText(text);
    const read = chapters(doc);
    expect(read.map((c) => c.bab)).toEqual([
      'KETENTUAN UMUM', 'TUJUAN ASAS PENYELENGGARAAN TELEKOMUNIKASI', 'PEMBINAAN TELEKOMUNIKASI', 'PENYELENGGARAAN TELEKOMUNIKASI',
      'PENCEGAHAN GANGGUAN, PERLINDUNGAN, DAN PENGAMANAN PENYELENGGARAAN TELEKOMUNIKASI',
      'HUBUNGAN ANTARA BADAN PENYELENGGARA, BADAN LAIN DAN MASYARAKAT DALAM PENYELENGGARAAN JASA TELEKOMUNIKASI',
      'RAHASIA BERITA', 'BADAN PERTIMBANGAN TELEKOMUNIKASI', 'KETENTUAN PIDANA', 'PENYIDIKAN', 'KETENTUAN PERALIHAN',
    ]);
    expect(read.map((c) => c.pasal.length)).toEqual([1, 2, 8, 11, 2, 6, 2, 2, 5, 1, 1]);
    // Pasal 37 numbers its first ayat "(3)" (the source's slip): still a heading, warned of.
    expect(read[8]?.pasal).toEqual(['Setiap perbuatan yang', 'Barangsiapa dengan sengaja', 'Barangsiapa melanggar ketentuan', 'Barangsiapa melanggar ketentuan', 'Jika tindak pidana']);
    expect(diagnostics.map((d) => d.message)).toContain('Pasal 37: ayat pertama bernomor (3).');
    expect(diagnostics.map((d) => d.message).join(' ')).not.toMatch(/tidak ditemukan satu pun Pasal|tidak berurutan: Pasal/);
  });

  it('cuts only at the next heading of the sequence after the end of a clause or a title', () => {
    const out = texts(splitRunInHeadings(lines([
      'Pasal 5 ayat (1), Pasal 20 ayat (1), dan Pasal 33 Undang-Undang Dasar 1945; Menetapkan : UNDANG-UNDANG TENTANG TELEKOMUNIKASI BAB I KETENTUAN UMUM Pasal 1 Dalam Undang-undang ini yang dimaksud dengan :',
      '12. Menteri adalah menteri yang bertanggung jawab di bidang telekomunikasi. BAB II TUJUAN Pasal 2 Penyelenggaraan telekomunikasi bertujuan untuk mendukung persatuan. Pasal 3 Penyelenggaraan telekomunikasi dilakukan sebagaimana dimaksud dalam Pasal 2. Pasal 5 Menteri bertindak. Pasal 4 (1) Telekomunikasi dikuasai oleh Negara.',
    ])));
    expect(out).toEqual([
      'Pasal 5 ayat (1), Pasal 20 ayat (1), dan Pasal 33 Undang-Undang Dasar 1945; Menetapkan : UNDANG-UNDANG TENTANG TELEKOMUNIKASI',
      'BAB I KETENTUAN UMUM', 'Pasal 1', 'Dalam Undang-undang ini yang dimaksud dengan :',
      '12. Menteri adalah menteri yang bertanggung jawab di bidang telekomunikasi.',
      'BAB II TUJUAN', 'Pasal 2', 'Penyelenggaraan telekomunikasi bertujuan untuk mendukung persatuan.',
      // "Pasal 5" out of sequence stays text; "Pasal 4" follows "Pasal 3".
      'Pasal 3', 'Penyelenggaraan telekomunikasi dilakukan sebagaimana dimaksud dalam Pasal 2. Pasal 5 Menteri bertindak.',
      'Pasal 4', '(1) Telekomunikasi dikuasai oleh Negara.',
    ]);
  });

  it('sets apart a Bagian or Paragraf heading after the end of a clause or after the title of the heading that holds it', () => {
    const out = texts(splitRunInHeadings(lines([
      'Bagian Kedua Pemeriksaan Kasasi Paragraf 1 Umum',
      '(3) Putusan kasasi tidak boleh merugikan pihak yang berperkara. Paragraf 2 Peradilan Umum',
      'Pasal 10 ayat (2) dan Bagian Kedua Undang-Undang ini berlaku.',
    ])));
    expect(out).toEqual([
      'Bagian Kedua Pemeriksaan Kasasi', 'Paragraf 1 Umum',
      '(3) Putusan kasasi tidak boleh merugikan pihak yang berperkara.', 'Paragraf 2 Peradilan Umum',
      'Pasal 10 ayat (2) dan Bagian Kedua Undang-Undang ini berlaku.',
    ]);
  });

  it('reads through text recognition and a web page\'s emphasis: "BABV", "_valorem._ Bagian", "; Mengingat"', () => {
    const out = texts(splitRunInHeadings(lines([
      'd. bahwa perlu membentuk Undang-Undang tentang Penerimaan Negara Bukan Pajak; Mengingat Pasal 5 ayat (1) dan Pasal 20 Undang-Undang Dasar 1945;',
      'BAB IV TARIF',
      'b. tarif _ad_ _valorem._ Bagian Kedua Pemanfaatan Sumber Daya Alam',
      '(3) Ketentuan lebih lanjut diatur dengan Peraturan Pemerintah. BABV PENGELOLAAN PNBP',
    ])));
    expect(out).toEqual([
      'd. bahwa perlu membentuk Undang-Undang tentang Penerimaan Negara Bukan Pajak;', 'Mengingat Pasal 5 ayat (1) dan Pasal 20 Undang-Undang Dasar 1945;',
      'BAB IV TARIF',
      'b. tarif _ad_ _valorem._', 'Bagian Kedua Pemanfaatan Sumber Daya Alam',
      '(3) Ketentuan lebih lanjut diatur dengan Peraturan Pemerintah.', 'BABV PENGELOLAAN PNBP',
    ]);
  });

  it('keeps the lines of a text with at most one heading run in, and a Penjelasan as it is', () => {
    const printed = ['Pasal 7', 'Retribusi dipungut di wilayah Daerah. Pasal 8 Tarif ditetapkan.', 'Pasal 9', 'Cukup.'];
    expect(texts(splitRunInHeadings(lines(printed)))).toEqual(printed);
    const penjelasan = ['Pasal 1 Dalam ini: a. x. Pasal 2 Setiap orang wajib. Pasal 3 Izin diberikan.', 'PENJELASAN', 'Pasal 3 Cukup jelas. Pasal 4 Cukup jelas.'];
    expect(texts(splitRunInHeadings(lines(penjelasan))).slice(-2)).toEqual(penjelasan.slice(-2));
  });
});
