/** The drafting checks panel ("Pemeriksaan"), a tab of the right-hand column. */
import type { PanelDef } from '../panel-types';
import { ChecksPanel } from './ChecksPanel';

/** Panel definition discovered by the drafting screen. */
export const panel: PanelDef = {
  id: 'checks',
  titleKey: 'checks.title',
  placement: 'side',
  order: 20,
  Component: ChecksPanel,
};
