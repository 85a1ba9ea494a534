/**
 * Discovers the feature panels (`renderer/panels/<feature>/index.tsx` exporting `panel`) at
 * build time, sorted by placement order.
 */
import type { PanelDef } from './panel-types';

const modules = import.meta.glob<{ panel?: PanelDef }>('./*/index.tsx', { eager: true });

/** Every feature panel, sorted by `order`. */
export const PANELS: readonly PanelDef[] = Object.values(modules)
  .map((m) => m.panel)
  .filter((p): p is PanelDef => p !== undefined)
  .sort((a, b) => a.order - b.order);
