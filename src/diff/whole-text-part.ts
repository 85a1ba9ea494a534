/**
 * A matched Pasal that is one unnumbered paragraph on both sides (no ayat, no list): its only
 * part is the Pasal's whole text, so a note on that part ("(teks 1): diubah") would only repeat
 * the Pasal's own status. The comparison table and the matriks leave such notes out.
 */
import type { PasalRow } from './types';

/** True when `row` pairs two Pasal that are each one unnumbered paragraph. */
export function wholeTextPart(row: PasalRow): boolean {
  const only = row.parts.length === 1 ? row.parts[0] : undefined;
  return only !== undefined && only.kind === 'para' && only.old !== null && only.new !== null;
}
