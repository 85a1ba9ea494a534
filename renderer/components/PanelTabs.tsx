/** A row of tabs choosing which panel a column shows. */
import type { ReactNode } from 'react';

/** One tab. */
export interface PanelTab {
  id: string;
  title: string;
}

/** The tab strip (ARIA tablist); `end` stands after the tabs, outside the list (a column's hide button). */
export function PanelTabs({ label, tabs, active, onSelect, end }: { label: string; tabs: PanelTab[]; active: string; onSelect(id: string): void; end?: ReactNode }) {
  const list = (
    <div className="panel-tabs" role="tablist" aria-label={label}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          aria-selected={tab.id === active}
          className={`panel-tab${tab.id === active ? ' is-active' : ''}`}
          data-tab={tab.id}
          onClick={() => onSelect(tab.id)}
        >
          {tab.title}
        </button>
      ))}
    </div>
  );
  return end ? <div className="panel-tabs-row">{list}{end}</div> : list;
}
