/** A row of tabs choosing which panel a column shows. */

/** One tab. */
export interface PanelTab {
  id: string;
  title: string;
}

/** The tab strip (ARIA tablist). */
export function PanelTabs({ label, tabs, active, onSelect }: { label: string; tabs: PanelTab[]; active: string; onSelect(id: string): void }) {
  return (
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
}
