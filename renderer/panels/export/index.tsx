/** The export feature: the "Ekspor" tab of the right-hand column. */
import type { PanelDef } from '../panel-types';
import { ExportPanel } from './ExportPanel';

/** The panel definition, discovered by the drafting screen. */
export const panel: PanelDef = { id: 'export', titleKey: 'export.title', placement: 'side', order: 50, Component: ExportPanel };
