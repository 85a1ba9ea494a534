/** The sections of a comparison outside the Pasal, and all their rows in one list. */
import type { Comparison, OtherRow } from './types';

/** The sections of a comparison outside the Pasal, in the order of the document. */
export const OTHER_SECTIONS = ['judul', 'konsiderans', 'dasarHukum', 'diktum', 'headings', 'penutup', 'penjelasan', 'lampiran'] as const;

/** Every row of `c` outside the Pasal, section by section in the order of the document. */
export function otherRowsOf(c: Comparison): OtherRow[] {
  return OTHER_SECTIONS.flatMap((s) => c[s]);
}
