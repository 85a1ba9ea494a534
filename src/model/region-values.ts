/**
 * The placeholder values derived from a project's region settings (architecture.md decision 5):
 * every template is filled with these, so no region string is ever written in code.
 */
import type { SkeletonRegion } from './skeleton-region';

/** "KOTA BATAM" -> "Kota Batam" (particles dan/atau/di stay lower-case except first). */
export function titleCase(s: string): string {
  return s
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((w, i) => (i > 0 && ['dan', 'atau', 'di', 'ke', 'dari'].includes(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

/** The office of the head without the region ("WALI KOTA BATAM" -> "WALI KOTA"). */
function headOffice(r: SkeletonRegion): string {
  const head = r.head.trim().replace(/,$/, '');
  const up = head.toUpperCase();
  const name = r.name.toUpperCase();
  const candidates = [r.place.toUpperCase(), name, name.split(/\s+/).slice(1).join(' ')].filter(Boolean);
  for (const c of candidates) {
    if (up.endsWith(` ${c}`)) return head.slice(0, head.length - c.length - 1).trim();
  }
  return head;
}

/**
 * Placeholder values of a region: regionName "KOTA BATAM", regionTitle "Kota Batam", place,
 * head "WALI KOTA BATAM", headTitle "Wali Kota Batam", headOffice "Wali Kota", province,
 * gazette "Lembaran Daerah Kota Batam", secretary, dprd "DEWAN PERWAKILAN RAKYAT DAERAH KOTA BATAM",
 * dprdTitle, considerationVerb.
 */
export function regionValues(r: SkeletonRegion): Record<string, string> {
  return {
    regionName: r.name,
    regionTitle: titleCase(r.name),
    place: r.place,
    head: r.head,
    headTitle: titleCase(r.head),
    headOffice: titleCase(headOffice(r)),
    province: r.province,
    gazette: r.gazette,
    secretary: r.secretary,
    dprd: `DEWAN PERWAKILAN RAKYAT DAERAH ${r.name}`,
    dprdTitle: `Dewan Perwakilan Rakyat Daerah ${titleCase(r.name)}`,
    considerationVerb: r.considerationVerb,
  };
}
