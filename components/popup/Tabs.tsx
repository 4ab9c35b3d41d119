import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import type { PopupTab } from '../../lib/search/anchors';

export interface TabSpec {
  id: PopupTab;
  label: string;
}

interface Props {
  tabs: TabSpec[];
  selected: PopupTab;
  onSelect: (tab: PopupTab) => void;
  label: string;
}

export const tabButtonId = (tab: PopupTab) => `pl-tab-${tab}`;
export const tabPanelId = (tab: PopupTab) => `pl-panel-${tab}`;

/** A WAI-ARIA tablist: one tab in the Tab order, arrows/Home/End move and select. */
export function Tabs({ tabs, selected, onSelect, label }: Props) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.findIndex((tab) => tab.id === selected);
    let next = index;
    if (event.key === 'ArrowRight') next = (index + 1) % tabs.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    else return;
    event.preventDefault();
    const tab = tabs[next];
    if (!tab) return;
    onSelect(tab.id);
    list.current?.querySelector<HTMLElement>(`#${tabButtonId(tab.id)}`)?.focus();
  };
  return (
    <div class="pl-tabs" role="tablist" aria-label={label} ref={list} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={tabButtonId(tab.id)}
          class="pl-tabs__tab"
          aria-selected={tab.id === selected}
          aria-controls={tabPanelId(tab.id)}
          tabIndex={tab.id === selected ? 0 : -1}
          onClick={() => onSelect(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}

export function TabPanel({ tab, children }: { tab: PopupTab; children: ComponentChildren }) {
  return (
    <section class="pl-panel" role="tabpanel" id={tabPanelId(tab)} aria-labelledby={tabButtonId(tab)}>
      {children}
    </section>
  );
}
