/** The amending-instrument feature: the "Instrumen" tab of the right-hand column. */
import type { PanelDef } from '../panel-types';
import { InstrumentPanel } from './InstrumentPanel';

/** The panel definition, discovered by the drafting screen. */
export const panel: PanelDef = { id: 'instrument', titleKey: 'instrument.title', placement: 'side', order: 8, Component: InstrumentPanel };
