/** The Penjelasan-beside-its-Pasal feature: the "Penjelasan" tab of the right-hand column. */
import type { PanelDef } from '../panel-types';
import { PenjelasanPanel } from './PenjelasanPanel';

/** The panel definition, discovered by the drafting screen. */
export const panel: PanelDef = {
  id: 'penjelasan',
  titleKey: 'penjelasan.title',
  placement: 'side',
  order: 7,
  Component: PenjelasanPanel,
};
