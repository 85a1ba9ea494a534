/** The amended Perda's citation values for the templates of drafting-rules.md 3.2–3.7. */
import type { TemplateValues } from '../model/templates';
import type { AmendSettings, EarlierAmendment } from './types';

/** A value, or "…" when empty. */
const or = (s: string | undefined) => (s && s.trim() ? s.trim() : '…');

/** Placeholder values of the amended Perda's citation ("…" for what is not known yet). */
export function citationValues(s: AmendSettings): TemplateValues {
  const c = s.baseCitation;
  return {
    nomorLama: or(c.nomor),
    tahunLama: or(c.tahun),
    namaLama: or(c.title || s.title),
    tahunLembaran: or(c.gazetteYear || c.tahun),
    nomorLembaran: or(c.gazetteNo),
    nomorTambahan: or(c.supplementNo),
  };
}

/**
 * Placeholder values citing an earlier amendment of the base: nomor, tahun, tahunLembaran,
 * nomorLembaran, nomorTambahan, each name followed by `suffix` ("Ubah" in the single-amendment
 * chapeau of Pasal I).
 */
export function earlierAmendmentValues(e: EarlierAmendment | undefined, suffix = ''): TemplateValues {
  return {
    [`nomor${suffix}`]: or(e?.nomor),
    [`tahun${suffix}`]: or(e?.tahun),
    [`tahunLembaran${suffix}`]: or(e?.gazetteYear || e?.tahun),
    [`nomorLembaran${suffix}`]: or(e?.gazetteNo),
    [`nomorTambahan${suffix}`]: or(e?.supplementNo),
  };
}
