/**
 * What the command line says of an amending instrument applied to its base (`rancang compare`
 * with an instrument as the new text, `rancang import --as draft --apply`): how many items were
 * applied, and each item applied only under a reading or not applied, with the reason.
 */
import { APPLIED } from '../amend/index';
import type { ApplyReportEntry } from '../amend/types';

/** One indented line per item of `report` that needs a look: applied under a reading, or not applied. */
export function itemsToCheck(report: readonly ApplyReportEntry[]): string[] {
  const lines: string[] = [];
  for (const r of report) {
    if (r.status === 'ambiguous') lines.push(`  Butir ${r.item} diterapkan menurut tafsiran, periksa: ${r.message}`);
    else if (!APPLIED.has(r.status) && r.item > 0) lines.push(`  Butir ${r.item} tidak diterapkan: ${r.message}`);
  }
  return lines;
}
