/**
 * The Pasal rows of a comparison with an applied instrument that an item meant to change but did
 * not (not understood, or needing a document given as text): without a mark they would read
 * "Tetap" as if the instrument left them alone. Each such row gets the items' numbers and a note
 * in its keterangan; the report says why each item was not applied.
 */
import type { ComparisonJson } from '../diff/json';
import { APPLIED } from './apply-entry';
import { canonicalNum } from './json-tree';
import type { ApplyReportEntry } from './types';

/** Canonical Pasal number -> the items not applied that name it. */
function unappliedByPasal(report: readonly ApplyReportEntry[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const r of report) {
    if (r.item <= 0 || APPLIED.has(r.status)) continue;
    for (const u of r.units) {
      const m = /^Pasal\s+(\S+)/.exec(u);
      const p = m ? canonicalNum('pasal', m[1]) : null;
      if (!p) continue;
      const items = out.get(p) ?? [];
      if (!items.includes(r.item)) items.push(r.item);
      out.set(p, items);
    }
  }
  return out;
}

/** "Pasal 12" -> "12". */
const pasalNum = (label: string | null) => (label ? canonicalNum('pasal', label.replace(/^Pasal\s+/, '')) : null);

/** `json` with the rows of Pasal named by items not applied marked (`unappliedItems`, keterangan). */
export function markUnapplied(json: ComparisonJson, report: readonly ApplyReportEntry[]): ComparisonJson {
  const byPasal = unappliedByPasal(report);
  if (byPasal.size === 0) return json;
  const units = json.units.map((u) => {
    const items = byPasal.get(pasalNum(u.old) ?? '') ?? byPasal.get(pasalNum(u.new) ?? '');
    if (!items) return u;
    const which = items.length === 1 ? `butir ${items[0]}` : `butir ${items.join(', ')}`;
    return { ...u, unappliedItems: items, keterangan: `${u.keterangan}; ${which} Perda perubahan tidak diterapkan, periksa` };
  });
  return { ...json, units };
}
