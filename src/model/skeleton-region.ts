/**
 * The region settings the model needs (a subset of the project's region settings, see
 * src/api/contract.ts `regionSchema`). Re-exported by skeleton.ts.
 */

/** Region data the skeleton and templates need. */
export interface SkeletonRegion {
  /** "KOTA BATAM" */
  name: string;
  /** "Batam" */
  place: string;
  /** "WALI KOTA BATAM" or "WALIKOTA BATAM" */
  head: string;
  /** "PROVINSI KEPULAUAN RIAU" */
  province: string;
  /** "Lembaran Daerah Kota Batam" */
  gazette: string;
  /** "SEKRETARIS DAERAH KOTA BATAM" */
  secretary: string;
  /** "perlu menetapkan" or "perlu membentuk" */
  considerationVerb: string;
}
