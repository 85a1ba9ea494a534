/**
 * Which side columns of the drafting screen are shown: the outline on the left, the panels on
 * the right. Hiding them gives the editor or the comparison the whole width (on a 1366 x 768
 * laptop the comparison table grows from 804 to 1270 px). The choice is remembered in localStorage.
 */
import { useCallback, useState } from 'react';

/** A side column that can be hidden. */
export type SideColumn = 'outline' | 'side';

/** Which side columns are shown. */
export type ColumnLayout = Readonly<Record<SideColumn, boolean>>;

const KEY = 'rancang.columns';
const ALL_SHOWN: ColumnLayout = { outline: true, side: true };

function load(): ColumnLayout {
  try {
    const v: unknown = JSON.parse(globalThis.localStorage?.getItem(KEY) ?? 'null');
    if (!v || typeof v !== 'object') return ALL_SHOWN;
    const o = v as Record<string, unknown>;
    return { outline: o.outline !== false, side: o.side !== false };
  } catch {
    return ALL_SHOWN;
  }
}

/** The shown columns and a setter (`open` omitted: toggle). */
export function useColumnLayout(): { layout: ColumnLayout; show(column: SideColumn, open?: boolean): void } {
  const [layout, setLayout] = useState<ColumnLayout>(load);
  const show = useCallback((column: SideColumn, open?: boolean) => {
    setLayout((cur) => {
      const want = open ?? !cur[column];
      if (cur[column] === want) return cur;
      const next = { ...cur, [column]: want };
      try {
        globalThis.localStorage?.setItem(KEY, JSON.stringify(next));
      } catch {
        /* storage unavailable: the choice lasts for this session */
      }
      return next;
    });
  }, []);
  return { layout, show };
}
