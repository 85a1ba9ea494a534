/**
 * The Word styles of a Perda: real named paragraph styles ("Judul Perda", "BAB", "Pasal",
 * "Ayat", "Huruf 1".."Huruf 4", ...) so that a user can keep editing in Word. Headings are based
 * on Word's Heading styles and carry outline levels (navigation pane). Reusable by every DOCX
 * export (comparison table, instrument, DIM).
 */
import { AlignmentType, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import { FONT, FONT_PT, LEVEL_MM, SPACE_AFTER_PT, mmToTwip } from '../layout';
import type { PrintStyle } from '../print-model';

/** Word style id and display name of each print style. */
export const WORD_STYLES: Record<PrintStyle, { id: string; name: string; basedOn: string; outline?: number; center?: boolean; keep?: boolean; level?: number }> = {
  rancangan: { id: 'Rancangan', name: 'Rancangan', basedOn: 'Title', center: true, keep: true },
  judul: { id: 'JudulPerda', name: 'Judul Perda', basedOn: 'Title', center: true, keep: true },
  frasa: { id: 'Frasa', name: 'Frasa', basedOn: 'Normal', center: true, keep: true },
  jabatan: { id: 'JabatanPembentuk', name: 'Jabatan Pembentuk', basedOn: 'Normal', center: true, keep: true },
  preamble: { id: 'Konsiderans', name: 'Menimbang Mengingat', basedOn: 'Normal' },
  diktum: { id: 'Diktum', name: 'Diktum', basedOn: 'Normal', center: true, keep: true },
  bab: { id: 'BAB', name: 'BAB', basedOn: 'Heading1', outline: 0, center: true, keep: true },
  bagian: { id: 'Bagian', name: 'Bagian', basedOn: 'Heading2', outline: 1, center: true, keep: true },
  paragraf: { id: 'Paragraf', name: 'Paragraf', basedOn: 'Heading3', outline: 2, center: true, keep: true },
  pasal: { id: 'Pasal', name: 'Pasal', basedOn: 'Heading4', outline: 3, center: true, keep: true },
  isi: { id: 'IsiPasal', name: 'Isi Pasal', basedOn: 'Normal' },
  ayat: { id: 'Ayat', name: 'Ayat', basedOn: 'Normal', level: 1 },
  huruf1: { id: 'Huruf1', name: 'Huruf 1', basedOn: 'Normal', level: 2 },
  huruf2: { id: 'Huruf2', name: 'Huruf 2', basedOn: 'Normal', level: 3 },
  huruf3: { id: 'Huruf3', name: 'Huruf 3', basedOn: 'Normal', level: 4 },
  huruf4: { id: 'Huruf4', name: 'Huruf 4', basedOn: 'Normal', level: 5 },
  penutup: { id: 'Penutup', name: 'Penutup', basedOn: 'Normal' },
  tandaTangan: { id: 'TandaTangan', name: 'Tanda Tangan', basedOn: 'Normal' },
  lembaran: { id: 'LembaranDaerah', name: 'Lembaran Daerah', basedOn: 'Normal' },
  penjelasanJudul: { id: 'JudulPenjelasan', name: 'Judul Penjelasan', basedOn: 'Title', center: true, keep: true },
  penjelasanBagian: { id: 'PenjelasanBagian', name: 'Penjelasan Bagian', basedOn: 'Heading1', outline: 0, keep: true },
  penjelasanPasal: { id: 'PenjelasanPasal', name: 'Penjelasan Pasal', basedOn: 'Heading2', outline: 1, keep: true },
  penjelasanIsi: { id: 'PenjelasanIsi', name: 'Penjelasan Isi', basedOn: 'Normal' },
  lampiranKepala: { id: 'LampiranKepala', name: 'Kepala Lampiran', basedOn: 'Normal' },
};

const run = { font: FONT, size: FONT_PT * 2, color: '000000', bold: false, italics: false };
const base = { run, paragraph: { spacing: { before: 0, after: 0, line: 240 } } };

/** The `styles` option of a docx `Document` for a Perda. */
export function perdaStyles(): IStylesOptions {
  const paragraphStyles: IParagraphStyleOptions[] = Object.values(WORD_STYLES).map((s) => ({
    id: s.id,
    name: s.name,
    basedOn: s.basedOn,
    next: s.keep ? 'IsiPasal' : s.id,
    quickFormat: true,
    run,
    paragraph: {
      alignment: s.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
      spacing: { before: 0, after: s.keep ? 0 : SPACE_AFTER_PT * 20, line: 240 },
      widowControl: true,
      ...(s.keep ? { keepNext: true, keepLines: true } : {}),
      ...(s.outline !== undefined ? { outlineLevel: s.outline } : {}),
      ...(s.level ? { indent: { left: mmToTwip(s.level * LEVEL_MM), hanging: mmToTwip(LEVEL_MM) } } : {}),
    },
  }));
  return {
    default: {
      document: { run: { font: FONT, size: FONT_PT * 2 }, paragraph: { spacing: { after: 0, line: 240 } } },
      title: base,
      heading1: base,
      heading2: base,
      heading3: base,
      heading4: base,
    },
    paragraphStyles,
  };
}
