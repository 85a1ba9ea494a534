/**
 * Default region settings of new projects: Kota Batam (the first users). A project may override
 * any field with `project.create`'s `region` or later with `settings.update`.
 */
import { BATAM_REGION as BATAM_SKELETON_REGION } from '../model/skeleton-region';
import type { ProjectSettings, Region } from './contract';

/** Region settings of Kota Batam. */
export const BATAM_REGION: Region = BATAM_SKELETON_REGION;

/** An empty citation of the base Perda. */
export const EMPTY_BASE_CITATION: ProjectSettings['baseCitation'] = {
  nomor: '',
  tahun: '',
  title: '',
  gazetteYear: '',
  gazetteNo: '',
  supplementNo: '',
};
