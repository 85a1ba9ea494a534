/** A comparison reduced to its changes, for a matriks that lists only what changed. */
import { isFormOnlyChange } from './keterangan';
import { OTHER_SECTIONS } from './other-sections';
import { isChangeStatus } from './status';
import type { Comparison, OtherRow, PasalRow } from './types';

/** Whether a row is listed: a change, and with `content`, not a change of form only (`isFormOnlyChange`). */
function listed(r: PasalRow | OtherRow, content: boolean): boolean {
  return isChangeStatus(r.status) && !(content && isFormOnlyChange(r));
}

/**
 * `c` with only the rows that are changes (`isChangeStatus`), in every section; with `content`,
 * the changes of spelling, capitals or punctuation only left out too. The summary still counts
 * every Pasal.
 */
export function changesOnly(c: Comparison, content = false): Comparison {
  const out: Comparison = { ...c, pasal: c.pasal.filter((r) => listed(r, content)) };
  for (const s of OTHER_SECTIONS) out[s] = c[s].filter((r) => listed(r, content));
  return out;
}

/** How many rows of `c`, Pasal or not, `changesOnly(c, content)` leaves out. */
export function keptRowCount(c: Comparison, content = false): number {
  return c.pasal.filter((r) => !listed(r, content)).length + OTHER_SECTIONS.reduce((n, s) => n + c[s].filter((r) => !listed(r, content)).length, 0);
}
