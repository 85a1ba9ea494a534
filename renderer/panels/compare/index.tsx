/** The comparison feature: the "Perbandingan" tab in place of the editor. */
import type { PanelDef } from '../panel-types';
import { ComparePanel } from './ComparePanel';

/** The panel definition, discovered by the drafting screen. */
export const panel: PanelDef = { id: 'compare', titleKey: 'compare.title', placement: 'main', order: 10, Component: ComparePanel };
