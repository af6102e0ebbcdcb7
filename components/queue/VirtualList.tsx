/**
 * A windowed list of fixed-height rows: only the rows in view (plus a few either side) are in the
 * DOM, so 10,000 cases render as fast as 20. Arrow keys, Home and End move between rows; the
 * list scrolls to keep the focused row in view.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/** No screen shows more than this many pixels of list at once. */
const MAX_VIEWPORT = 2400;

export interface VirtualListProps<T> {
  items: readonly T[];
  /** Pixel height of every row. */
  rowHeight: number;
  /** Pixel height of the scrolling viewport (with `fill`: until it has been measured). */
  height: number;
  /** Take the height the layout gives (CSS flex), measured with a ResizeObserver. */
  fill?: boolean;
  /** Rows rendered beyond each edge of the viewport. */
  overscan?: number;
  label: string;
  itemKey: (item: T) => string;
  /** Renders one row; put `data-row-focus` on the element that should take focus for this row. */
  renderItem: (item: T, index: number) => ComponentChildren;
  'data-testid'?: string;
}

export function VirtualList<T>({ items, rowHeight, height: fallbackHeight, fill = false, overscan = 3, label, itemKey, renderItem, ...rest }: VirtualListProps<T>) {
  const [scrollTop, setScrollTop] = useState(0);
  const [measured, setMeasured] = useState<number | undefined>(undefined);
  // A row to focus after the next render (set by keyboard moves only, so wheel scrolling never jumps back).
  const pendingFocus = useRef<number | undefined>(undefined);
  const [focusRequest, setFocusRequest] = useState(0);
  const viewport = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = viewport.current;
    if (!fill || !el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const next = entry?.contentRect.height;
      if (next) setMeasured(next);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [fill]);

  // A layout that fails to bound the list (a missing height up the tree) must not render every row.
  const height = Math.min((fill && measured) || fallbackHeight, MAX_VIEWPORT);
  const maxScroll = Math.max(0, items.length * rowHeight - height);
  const top = Math.min(scrollTop, maxScroll);
  const first = Math.max(0, Math.floor(top / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((top + height) / rowHeight) + overscan);

  useEffect(() => {
    const index = pendingFocus.current;
    if (index === undefined) return;
    pendingFocus.current = undefined;
    viewport.current?.querySelector<HTMLElement>(`[data-index="${index}"] [data-row-focus]`)?.focus();
  }, [focusRequest]);

  function moveTo(index: number) {
    const clamped = Math.max(0, Math.min(items.length - 1, index));
    const el = viewport.current;
    if (el) {
      const rowTop = clamped * rowHeight;
      if (rowTop < el.scrollTop) el.scrollTop = rowTop;
      else if (rowTop + rowHeight > el.scrollTop + height) el.scrollTop = rowTop + rowHeight - height;
      setScrollTop(el.scrollTop);
    }
    pendingFocus.current = clamped;
    setFocusRequest((n) => n + 1);
  }

  function onKeyDown(event: KeyboardEvent) {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!row) return;
    const index = Number(row.dataset.index);
    const page = Math.max(1, Math.floor(height / rowHeight) - 1);
    const target = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: items.length - 1, PageDown: index + page, PageUp: index - page }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    moveTo(target);
  }

  const rows: ComponentChildren[] = [];
  for (let i = first; i < last; i++) {
    const item = items[i]!;
    rows.push(
      <div key={itemKey(item)} role="listitem" data-index={i} aria-posinset={i + 1} aria-setsize={items.length} class="queue-vlist__row" style={{ height: `${rowHeight}px` }}>
        {renderItem(item, i)}
      </div>,
    );
  }

  return (
    <div
      {...rest}
      ref={viewport}
      class={fill ? 'queue-vlist queue-vlist--fill' : 'queue-vlist'}
      style={fill ? { maxHeight: `${items.length * rowHeight + 2}px` } : { height: `${height}px` }}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
    >
      <div role="list" aria-label={label} style={{ paddingTop: `${first * rowHeight}px`, paddingBottom: `${(items.length - last) * rowHeight}px` }}>
        {rows}
      </div>
    </div>
  );
}
