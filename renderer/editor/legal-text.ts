/**
 * Legal wording printed around the document's own text (drafting-rules.md 1.2, 1.3, 1.11, 2.3).
 * It is document text, not UI text, so it does not change with the UI language. Formulas come
 * from the core's template table; the few labels it does not hold yet are kept here.
 * TODO(model): "Dihapus.", "Menimbang" and "Mengingat" belong in src/model/templates.ts.
 */
import { TEMPLATES, fillTemplate } from '../../src/model/templates';

/** The texts the editor prints. */
export const LEGAL_TEXT = {
  rancangan: TEMPLATES.rancangan.text,
  tentang: TEMPLATES.tentang.text,
  /** "NOMOR 3 TAHUN 2021", or "NOMOR ... TAHUN ..." for a draft (either part missing). */
  nomorTahun: (nomor: string, tahun: string): string =>
    nomor && tahun ? fillTemplate('judulNomor', { nomor, tahun }) : TEMPLATES.judulNomorRancangan.text,
  menimbang: 'Menimbang',
  mengingat: 'Mengingat',
  dihapus: 'Dihapus.',
  penjelasan: TEMPLATES.penjelasan.text,
  umum: TEMPLATES.penjelasanUmum.text,
  pasalDemiPasal: TEMPLATES.penjelasanPasalDemiPasal.text,
} as const;
