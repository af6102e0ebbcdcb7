import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { cx } from './classes';

export interface TabItem<Id extends string = string> {
  id: Id;
  label: ComponentChildren;
  /** A number shown after the label (e.g. cases in that state). */
  count?: number;
  disabled?: boolean;
}

export interface TabsProps<Id extends string> {
  /** Prefix of the tab and panel ids; TabPanel must get the same one. */
  idBase: string;
  /** Accessible name of the tab list. */
  label: string;
  tabs: readonly TabItem<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
  class?: string;
}

export const tabId = (idBase: string, id: string) => `${idBase}-tab-${id}`;
export const tabPanelId = (idBase: string, id: string) => `${idBase}-panel-${id}`;

/**
 * WAI-ARIA tabs with automatic activation: Left/Right move and select, Home/End jump; only the
 * selected tab is in the Tab order.
 */
export function Tabs<Id extends string>({ idBase, label, tabs, selected, onSelect, class: className }: TabsProps<Id>) {
  const listRef = useRef<HTMLDivElement>(null);
  const enabled = tabs.filter((tab) => !tab.disabled);

  function move(event: KeyboardEvent) {
    const index = enabled.findIndex((tab) => tab.id === selected);
    let next: number | undefined;
    if (event.key === 'ArrowRight') next = (index + 1) % enabled.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + enabled.length) % enabled.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = enabled.length - 1;
    if (next === undefined) return;
    event.preventDefault();
    const target = enabled[next]!;
    onSelect(target.id);
    listRef.current?.ownerDocument.getElementById(tabId(idBase, target.id))?.focus();
  }

  return (
    <div ref={listRef} role="tablist" aria-label={label} class={cx('ui-tabs', className)} onKeyDown={move}>
      {tabs.map((tab) => {
        const isSelected = tab.id === selected;
        return (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={tabId(idBase, tab.id)}
            class="ui-tab"
            aria-selected={isSelected ? 'true' : 'false'}
            aria-controls={tabPanelId(idBase, tab.id)}
            tabIndex={isSelected ? 0 : -1}
            disabled={tab.disabled}
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
            {tab.count !== undefined && <span class="ui-tab__count">{tab.count}</span>}
          </button>
        );
      })}
    </div>
  );
}

export interface TabPanelProps {
  idBase: string;
  tabId: string;
  selected: boolean;
  children: ComponentChildren;
  class?: string;
}

/** The content of one tab; hidden (not unmounted) when another tab is selected. */
export function TabPanel({ idBase, tabId: id, selected, children, class: className }: TabPanelProps) {
  return (
    <div
      role="tabpanel"
      id={tabPanelId(idBase, id)}
      aria-labelledby={tabId(idBase, id)}
      hidden={!selected}
      tabIndex={0}
      class={cx('ui-tab-panel', className)}
    >
      {children}
    </div>
  );
}
