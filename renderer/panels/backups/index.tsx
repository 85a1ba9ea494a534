/** The backups feature: the "Cadangan" tab of the right-hand column. */
import type { PanelDef } from '../panel-types';
import { BackupsPanel } from './BackupsPanel';

/** The panel definition, discovered by the drafting screen. */
export const panel: PanelDef = { id: 'backups', titleKey: 'backups.title', placement: 'side', order: 70, Component: BackupsPanel };
