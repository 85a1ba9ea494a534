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

/** Kota Batam, the first users' region (drafting-rules.md 1.3.2: the jabatan spelling is a setting). */
export const BATAM_REGION: SkeletonRegion = {
  name: 'KOTA BATAM',
  place: 'Batam',
  head: 'WALI KOTA BATAM',
  province: 'PROVINSI KEPULAUAN RIAU',
  gazette: 'Lembaran Daerah Kota Batam',
  secretary: 'SEKRETARIS DAERAH KOTA BATAM',
  considerationVerb: 'perlu menetapkan',
};
