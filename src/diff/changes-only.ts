/** A comparison reduced to its changes, for a matriks that lists only what changed. */
import { OTHER_SECTIONS } from './other-sections';
import { isChangeStatus } from './status';
import type { Comparison } from './types';

/** `c` with only the rows that are changes (`isChangeStatus`), in every section; the summary still counts every Pasal. */
export function changesOnly(c: Comparison): Comparison {
  const out: Comparison = { ...c, pasal: c.pasal.filter((r) => isChangeStatus(r.status)) };
  for (const s of OTHER_SECTIONS) out[s] = c[s].filter((r) => isChangeStatus(r.status));
  return out;
}

/** How many rows of `c`, Pasal or not, are not changes. */
export function keptRowCount(c: Comparison): number {
  return c.pasal.filter((r) => !isChangeStatus(r.status)).length + OTHER_SECTIONS.reduce((n, s) => n + c[s].filter((r) => !isChangeStatus(r.status)).length, 0);
}
