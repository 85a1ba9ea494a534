/**
 * Word's own list formats: mammoth drops automatic numbering labels, and the importer rebuilds
 * them. Where word/numbering.xml says what a level prints ("%1." decimal, "%1)" lower letter),
 * that wins over the context; where it cannot be paired with mammoth's paragraphs, the context
 * decides as before.
 */
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, type IParagraphOptions } from 'docx';
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../../../src/parse/import-file';
import { headingOfLevel, styleOfLevel, wordNumbering } from '../../../src/parse/docx-numbering';

type Fmt = (typeof LevelFormat)[keyof typeof LevelFormat];
const level0 = (format: Fmt, text: string) => [
  { level: 0, format, text, alignment: AlignmentType.START },
];

/** A two-Pasal Perda whose Pasal 2 lists use Word numbering in the given formats. */
async function perdaDocx(lists: Array<{ format: Fmt; text: string }>): Promise<Uint8Array> {
  const p = (text: string) => new Paragraph({ text });
  const children = [
    p('PERATURAN DAERAH KOTA BATAM'),
    p('NOMOR 1 TAHUN 2026'),
    p('TENTANG'),
    p('PERIZINAN USAHA'),
    p('BAB I'),
    p('KETENTUAN UMUM'),
    p('Pasal 1'),
    p('Daerah adalah Kota Batam.'),
    p('Pasal 2'),
  ];
  lists.forEach((_l, k) => {
    children.push(p(k === 0 ? 'Perizinan meliputi:' : 'Izin lokasi terdiri atas:'));
    for (const text of ['izin pertama;', 'izin kedua; dan', 'izin ketiga.']) {
      children.push(new Paragraph({ text, numbering: { reference: `l${k}`, level: 0 } }));
    }
  });
  children.push(p('Pasal 3'), p('Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.'));
  const doc = new Document({
    numbering: {
      config: lists.map((l, k) => ({ reference: `l${k}`, levels: level0(l.format, l.text) })),
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** The list labels of Pasal 2 in the imported document, each with its list's marker style. */
async function labelsOfPasal2(bytes: Uint8Array): Promise<string[]> {
  const { doc } = await importBuffer(bytes, 'naskah.docx');
  const out: string[] = [];
  let pasal = 0;
  doc.descendants((n) => {
    if (n.type.name === 'pasal') pasal++;
    if (pasal === 2 && n.type.name === 'list')
      n.forEach((item) => out.push(`${String(item.attrs.baseNum)}|${String(n.attrs.style ?? '')}`));
    return true;
  });
  return out;
}

describe('Word list formats', () => {
  it('maps a level format and text to the Perda marker style', () => {
    expect(styleOfLevel('decimal', '(%1)', 0)).toBe('ayat');
    expect(styleOfLevel('lowerLetter', '%2.', 1)).toBe('huruf');
    expect(styleOfLevel('decimal', '%1.', 0)).toBe('angka');
    expect(styleOfLevel('lowerLetter', '%3)', 2)).toBe('hurufKurung');
    expect(styleOfLevel('decimal', '%1)', 0)).toBe('angkaKurung');
    expect(styleOfLevel('bullet', '•', 0)).toBeNull();
    expect(styleOfLevel('upperRoman', '%1.', 0)).toBeNull();
    expect(styleOfLevel('decimal', '%1.', 1)).toBeNull(); // level 1 printing level 0's number
  });

  it('reads the numbered paragraphs of a DOCX with the style each prints', async () => {
    const bytes = await perdaDocx([{ format: LevelFormat.DECIMAL, text: '%1.' }]);
    expect((await wordNumbering(bytes))?.paragraphs.map((w) => [w.level, w.style])).toEqual([
      [0, 'angka'],
      [0, 'angka'],
      [0, 'angka'],
    ]);
    expect(await wordNumbering(new Uint8Array([1, 2, 3]))).toBeNull();
  });

  it('labels a list "1. 2. 3." when Word numbers it so, where the context alone would say "a. b. c."', async () => {
    const labels = await labelsOfPasal2(
      await perdaDocx([{ format: LevelFormat.DECIMAL, text: '%1.' }]),
    );
    expect(labels.map((l) => l.split('|')[0])).toEqual(['1', '2', '3']);
  });

  it('keeps "a) b) c)" and "a. b. c." apart in the same Pasal', async () => {
    const labels = await labelsOfPasal2(
      await perdaDocx([
        { format: LevelFormat.LOWER_LETTER, text: '%1)' },
        { format: LevelFormat.LOWER_LETTER, text: '%1.' },
      ]),
    );
    expect(labels.map((l) => l.split('|')[0])).toEqual(['a', 'b', 'c', 'a', 'b', 'c']);
    const styles = labels.map((l) => l.split('|')[1]);
    expect(styles.slice(0, 3)).toEqual(['hurufKurung', 'hurufKurung', 'hurufKurung']);
    expect(styles.slice(3)).not.toContain('hurufKurung');
  });

  it('knows a level that numbers headings: "Pasal %1" decimal, "BAB %1" upper roman', () => {
    expect(headingOfLevel('decimal', 'Pasal %1', 0)).toEqual({ word: 'Pasal', roman: false });
    expect(headingOfLevel('upperRoman', 'BAB %1', 0)).toEqual({ word: 'BAB', roman: true });
    expect(headingOfLevel('upperRoman', 'Pasal %1', 0)).toBeNull();
    expect(headingOfLevel('decimal', '%1.', 0)).toBeNull();
  });

  it.each([
    ['on the paragraphs', false],
    ['through a paragraph style ("Judul Pasal")', true],
  ])('writes out BAB and Pasal headings Word numbers %s: each Pasal where it was', async (_how, byStyle) => {
    const heading = (reference: 'bab' | 'pasal'): IParagraphOptions =>
      byStyle ? { style: reference === 'bab' ? 'JudulBab' : 'JudulPasal' } : { numbering: { reference, level: 0 } };
    const p = (text: string, o: IParagraphOptions = {}) => new Paragraph({ text, ...o });
    const doc = new Document({
      numbering: {
        config: [
          { reference: 'bab', levels: [{ level: 0, format: LevelFormat.UPPER_ROMAN, text: 'BAB %1', alignment: AlignmentType.CENTER }] },
          { reference: 'pasal', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: 'Pasal %1', alignment: AlignmentType.CENTER }] },
        ],
      },
      styles: {
        paragraphStyles: [
          { id: 'JudulBab', name: 'Judul Bab', paragraph: { numbering: { reference: 'bab', level: 0 } } },
          { id: 'JudulPasal', name: 'Judul Pasal', paragraph: { numbering: { reference: 'pasal', level: 0 } } },
        ],
      },
      sections: [{
        children: [
          p('PERATURAN DAERAH KOTA BATAM'), p('NOMOR 1 TAHUN 2026'), p('TENTANG'), p('PENCEGAHAN DAN PEMBERANTASAN PENYALAHGUNAAN NARKOTIKA'),
          p('', heading('bab')), p('KETENTUAN UMUM'),
          p('', heading('pasal')), p('Dalam Peraturan Daerah ini yang dimaksud dengan Daerah adalah Kota Batam.'),
          p('', heading('bab')), p('PENCEGAHAN'),
          p('', heading('pasal')), p('Pemerintah Daerah melaksanakan pencegahan penyalahgunaan narkotika.'),
          p('', heading('pasal')), p('Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.'),
        ],
      }],
    });
    const { doc: imported } = await importBuffer(new Uint8Array(await Packer.toBuffer(doc)), 'naskah.docx');
    const outline: string[] = [];
    imported.descendants((n) => {
      if (n.type.name === 'bab') outline.push(`BAB ${String(n.attrs.baseNum)}`);
      if (n.type.name === 'pasal') outline.push(`Pasal ${String(n.attrs.baseNum)}: ${n.textContent.slice(0, 20)}`);
      return n.type.name !== 'pasal';
    });
    expect(outline).toEqual(['BAB I', 'Pasal 1: Dalam Peraturan Daer', 'BAB II', 'Pasal 2: Pemerintah Daerah me', 'Pasal 3: Peraturan Daerah ini']);
  });

  it('numbers the ayat of a template whose multilevel list prints "Pasal %1" then "(%2)" through paragraph styles: ayat start again in each Pasal', async () => {
    const p = (text: string, style?: string) => new Paragraph({ text, ...(style ? { style } : {}) });
    const doc = new Document({
      numbering: {
        config: [{
          reference: 'perda',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: 'Pasal %1', alignment: AlignmentType.CENTER },
            { level: 1, format: LevelFormat.DECIMAL, text: '(%2)', alignment: AlignmentType.START },
          ],
        }],
      },
      styles: {
        paragraphStyles: [
          { id: 'JudulPasal', name: 'Judul Pasal', paragraph: { numbering: { reference: 'perda', level: 0 } } },
          { id: 'Ayat', name: 'Ayat', paragraph: { numbering: { reference: 'perda', level: 1 } } },
        ],
      },
      sections: [{
        children: [
          p('PERATURAN DAERAH KOTA BATAM'), p('NOMOR 1 TAHUN 2026'), p('TENTANG'), p('REHABILITASI PECANDU NARKOTIKA'),
          p('BAB I'), p('KETENTUAN UMUM'),
          p('', 'JudulPasal'), p('Pecandu wajib menjalani rehabilitasi.', 'Ayat'), p('Rehabilitasi dilaksanakan di fasilitas yang ditunjuk.', 'Ayat'),
          p('', 'JudulPasal'), p('Pemerintah Daerah menyediakan fasilitas rehabilitasi.', 'Ayat'), p('Fasilitas ditetapkan dengan Keputusan Wali Kota.', 'Ayat'),
        ],
      }],
    });
    const { doc: imported } = await importBuffer(new Uint8Array(await Packer.toBuffer(doc)), 'naskah.docx');
    const ayat: string[] = [];
    let pasal = '';
    imported.descendants((n) => {
      if (n.type.name === 'pasal') pasal = `Pasal ${String(n.attrs.baseNum)}`;
      if (n.type.name === 'ayat') ayat.push(`${pasal} (${String(n.attrs.baseNum)}) ${n.textContent.slice(0, 12)}`);
      return true;
    });
    expect(ayat).toEqual(['Pasal 1 (1) Pecandu waji', 'Pasal 1 (2) Rehabilitasi', 'Pasal 2 (1) Pemerintah D', 'Pasal 2 (2) Fasilitas di']);
  });
});
