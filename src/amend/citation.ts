/** The amended Perda's citation values for the templates of drafting-rules.md 3.2–3.7. */
import type { TemplateValues } from '../model/templates';
import type { AmendSettings } from './types';

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

/** A value or "…" when empty. */
export const orDots = or;
