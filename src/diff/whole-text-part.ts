/**
 * A Pasal whose only part is its whole text: one unnumbered paragraph, no ayat, no list. A note
 * naming that part ("(teks 1): diubah") would only repeat the Pasal's own status, so:
 * - a matched Pasal that is one paragraph on both sides gets no part notes at all;
 * - a Pasal on one side only (deleted or inserted) that is one paragraph says of its part only
 *   where it reads alike ("rumusan serupa kini dalam Pasal 26 ayat (5)").
 * Shared by the comparison table, the matriks, the Perbandingan tab and the JSON output.
 */
import type { PasalRow } from './types';

/** True when `row` pairs two Pasal that are each one unnumbered paragraph. */
export function wholeTextPart(row: PasalRow): boolean {
  const only = row.parts.length === 1 ? row.parts[0] : undefined;
  return only !== undefined && only.kind === 'para' && only.old !== null && only.new !== null;
}

/** One side of a row as far as its layout goes: one line per part. */
interface LaidOutSide {
  lines?: readonly unknown[];
}

/** True when `part` is all the text of a Pasal on one side only of `row` (a Pasal deleted or inserted that is one paragraph). */
export function wholePasalOnOneSide(row: { old: LaidOutSide | null; new: LaidOutSide | null }, part: { kind: string }): boolean {
  const only = row.old && row.new ? null : (row.old ?? row.new);
  return part.kind === 'para' && only?.lines?.length === 1;
}
