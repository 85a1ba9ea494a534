/** The import feature: the "Impor" tab of the main column (import, review, fix, commit). */
import type { PanelDef } from '../panel-types';
import { ImportPanel } from './ImportPanel';

/** The panel definition, discovered by the drafting screen. */
export const panel: PanelDef = { id: 'import', titleKey: 'import.title', placement: 'main', order: 60, Component: ImportPanel };
