/**
 * Whether a changed Pasal reads well as one block per side. When one of its ayat or items was
 * inserted, deleted, moved, merged or split, the two blocks no longer put like parts side by
 * side (old angka 11 beside new angka 12 in a definitions Pasal): the table and the exported
 * matriks then show the Pasal part by part, each old part beside its new one.
 */
import type { PartRow, PasalRow } from './types';

/** Part statuses after which one block per side no longer puts like parts side by side. */
const SHIFTING: ReadonlySet<PartRow['status']> = new Set(['inserted', 'deleted', 'moved', 'split', 'merged']);

/** True when `row` is a matched, changed Pasal of several parts one of which shifts the sides. */
export function partsOutOfStep(row: PasalRow): boolean {
  return row.old !== null && row.new !== null && row.textChanged && row.parts.length >= 2 && row.parts.some((p) => SHIFTING.has(p.status));
}
