/**
 * Default region settings of new projects: Kota Batam (the first users). A project may override
 * any field with `project.create`'s `region` or later with `settings.update`.
 */
import type { ProjectSettings, Region } from './contract';

/** Region settings of Kota Batam. */
export const BATAM_REGION: Region = {
  name: 'KOTA BATAM',
  place: 'Batam',
  head: 'WALI KOTA BATAM',
  province: 'PROVINSI KEPULAUAN RIAU',
  gazette: 'Lembaran Daerah Kota Batam',
  secretary: 'SEKRETARIS DAERAH KOTA BATAM',
  considerationVerb: 'perlu menetapkan',
};

/** An empty citation of the base Perda. */
export const EMPTY_BASE_CITATION: ProjectSettings['baseCitation'] = {
  nomor: '',
  tahun: '',
  title: '',
  gazetteYear: '',
  gazetteNo: '',
  supplementNo: '',
};
