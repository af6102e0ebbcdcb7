/**
 * The one MutationObserver on the page. VK rewrites `body` dozens of times a second, so records are
 * only queued in the callback and handled once per animation frame: the subtrees ADDED since (and
 * the known items whose content or key attribute changed, which is how a virtualized feed recycles
 * a container) are handed to `process`. Otklik's own nodes are ignored, so inserting a button does
 * not trigger another scan. No layout is read here.
 */
import { measure } from './timing';

export interface ScannerOptions {
  doc: Document;
  /** Capturable items inside a subtree, the subtree's root included (SiteAdapter.findItems). */
  findItems(root: ParentNode): Element[];
  /** An item handled before (its state may now be stale): re-checked when something inside it changes. */
  isKnownItem(element: Element): boolean;
  /** Otklik's own node (a control, the toast, the stylesheet). */
  isOwn(node: Node): boolean;
  /** The item an own control belongs to, to re-check it when the site removed the control. */
  itemOfControl(control: Element): Element | undefined;
  /** Receives the items to (re)check; `all` is true for a full scan (start, navigation). */
  process(items: Element[], all: boolean): void;
  /** Attributes whose change may give an item another key (recycled feed containers). */
  keyAttributes?: string[];
  /** Coalescing: once per animation frame by default. */
  schedule?: (callback: () => void) => void;
}

export interface Scanner {
  /** Scans the whole document now (start, SPA navigation). */
  scanAll(): void;
  /** Handles queued mutations now (tests). */
  flush(): void;
  stop(): void;
}

const OWN_SELECTOR = '[data-otklik-ui]';

export function startScanner(options: ScannerOptions): Scanner {
  const { doc, findItems, isKnownItem, isOwn, itemOfControl, process } = options;
  const schedule = options.schedule ?? ((callback: () => void) => requestAnimationFrame(callback));
  let queue: MutationRecord[] = [];
  let scheduled = false;
  let stopped = false;

  function insideOwn(node: Node): boolean {
    const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return Boolean(element?.closest(OWN_SELECTOR));
  }

  function knownAncestor(node: Node): Element | undefined {
    for (let element = node.nodeType === 1 ? (node as Element) : node.parentElement; element; element = element.parentElement) {
      if (isKnownItem(element)) return element;
    }
    return undefined;
  }

  function handle(records: MutationRecord[]): number {
    const roots: Element[] = [];
    const recheck = new Set<Element>();
    const walked = new Set<Node>();
    for (const record of records) {
      if (insideOwn(record.target)) continue;
      if (record.type === 'attributes') {
        roots.push(record.target as Element);
        continue;
      }
      let foreign = false;
      for (const node of Array.from(record.addedNodes)) {
        if (node.nodeType === 1 && !isOwn(node)) {
          roots.push(node as Element);
          foreign = true;
        } else if (node.nodeType === 3) {
          foreign = true;
        }
      }
      for (const node of Array.from(record.removedNodes)) {
        if (isOwn(node)) {
          const item = itemOfControl(node as Element);
          if (item) recheck.add(item);
        } else {
          foreign = true;
        }
      }
      if (foreign && !walked.has(record.target)) {
        walked.add(record.target);
        const item = knownAncestor(record.target);
        if (item) recheck.add(item);
      }
    }
    const items = new Set<Element>();
    for (const root of roots) {
      if (!root.isConnected) continue;
      for (const item of findItems(root)) items.add(item);
    }
    for (const item of recheck) if (item.isConnected) items.add(item);
    if (items.size) processQuietly([...items], false);
    return items.size;
  }

  function flush(): void {
    scheduled = false;
    if (stopped) return;
    const started = performance.now();
    const records = queue.concat(observer.takeRecords());
    queue = [];
    if (!records.length) return;
    const items = handle(records);
    if (items) measure('otklik:scan', started, { records: records.length, items });
  }

  const target = doc.body ?? doc.documentElement;
  const observeOptions: MutationObserverInit = {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: options.keyAttributes ?? ['data-post-id', 'id', 'data-seen-params'],
  };

  /**
   * Runs `process` unobserved: Otklik's own insertions queue no records (no site script runs
   * meanwhile; the site's pending records are kept). Disconnecting drops them natively, where taking
   * them would build thousands of record objects.
   */
  function processQuietly(items: Element[], all: boolean): void {
    queue = queue.concat(observer.takeRecords());
    observer.disconnect();
    try {
      process(items, all);
    } finally {
      observer.observe(target, observeOptions);
    }
    if (queue.length && !scheduled && !stopped) {
      scheduled = true;
      schedule(flush);
    }
  }

  const Observer = doc.defaultView?.MutationObserver ?? MutationObserver;
  const observer = new Observer((records) => {
    for (const record of records) queue.push(record);
    if (!scheduled && !stopped) {
      scheduled = true;
      schedule(flush);
    }
  });
  observer.observe(target, observeOptions);

  return {
    scanAll() {
      // Everything is scanned again, so what was queued is covered.
      const started = performance.now();
      observer.takeRecords();
      queue = [];
      const items = findItems(doc);
      processQuietly(items, true);
      measure('otklik:full-scan', started, { items: items.length });
    },
    flush,
    stop() {
      stopped = true;
      observer.disconnect();
      queue = [];
    },
  };
}
