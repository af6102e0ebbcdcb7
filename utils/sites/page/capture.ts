/**
 * Capture on the page: one control per item the adapter finds (the «Взять в работу» button, or the
 * badge of the item's case), kept right while the site re-renders, recycles containers and
 * navigates; a click records the item through the background and turns the button into the badge.
 * Captured items are looked up in one `casesByKeys` request per scan (or per idle run, for the keys
 * a long scan left to idle time); badges come from
 * `caseBadges` and with the `capture` answer (the background owns the calendar and the words). No
 * layout reads while scanning.
 */
import type { SiteAdapter } from '../adapter';
import type { CapturedItem } from '../types';
import type { ResponseOf } from '../../messaging/protocol';
import { CASE_ATTR, CONTROL_CLASS, KEY_ATTR, captureTemplate, isControl, labelCaptureButton, needsLabel, renderBadge, type BadgeView } from './controls';
import { errorText, type RequestFn } from './request';
import { UNRECOGNISED_TEXT_MAX } from './selection-item';
import { pageText } from './texts';
import { measure } from './timing';
import { showToast } from './toast';

export type CaseBadge = ResponseOf<'caseBadges'>['badges'][number];

export interface CaptureDeps {
  doc: Document;
  adapter: SiteAdapter;
  request: RequestFn;
  pageUrl(): string;
  /** Epoch ms, read in the click handler (Date.now in the content script). */
  now(): number;
  /** The zone the page writes its times in (the browser's). */
  timeZone(): string;
  /** Fresh badges arrived (the reply watcher takes the approved texts from them). */
  onBadges?(badges: CaseBadge[]): void;
  /** Runs work when the page is idle (requestIdleCallback): names the authors on the buttons. */
  idle?(work: (timeLeft: () => number) => void): void;
}

interface ItemState {
  /** The item's key (null: unreadable); undefined while it waits its turn in idle time (`unkeyed`). */
  key: string | null | undefined;
  control: HTMLButtonElement;
}

/** A reading missing these, or this many fields, means the markup was not really recognised. */
const ESSENTIAL = ['text', 'url'];
const MANY_MISSING = 6;
const LOOKUP_CHUNK = 5_000;
/**
 * A scan meeting more new items than this (a long wall at load) only puts the buttons in: their
 * keys, the lookup of the cases already open and the authors' names follow in idle time. Fewer (a
 * new comment, a small page) are keyed at once, so a known item shows its badge in the same frame.
 */
const KEY_NOW_MAX = 100;
/**
 * Longest run of idle work in one callback: the reply to a capture (or any other task) waits for
 * the run in progress, and an idle period may offer up to 50 ms.
 */
const IDLE_SLICE_MS = 4;

export function createCaptureController(deps: CaptureDeps) {
  const { doc, adapter, request } = deps;
  const states = new WeakMap<Element, ItemState>();
  const itemOf = new WeakMap<Element, Element>();
  const views = new Map<string, BadgeView>();
  const asked = new Set<string>();
  const unlabelled: HTMLButtonElement[] = [];
  /** Items whose buttons are in but whose keys are still to read, in page order; `nextUnkeyed` is the next. */
  let unkeyed: Element[] = [];
  let nextUnkeyed = 0;
  /** When the oldest unkeyed item was met (`otklik:keys` measures from there). */
  let unkeyedSince = 0;
  let idling = false;
  let stopped = false;

  const context = (now: number) => ({ pageUrl: deps.pageUrl(), pageTitle: doc.title || undefined, now, timeZone: deps.timeZone() });

  /** The controls on the page showing these item keys (a post may be shown twice: on the wall and in a layer). */
  function controlsOf(keys: ReadonlySet<string>): HTMLButtonElement[] {
    return Array.from(doc.querySelectorAll<HTMLButtonElement>(`[${KEY_ATTR}]`)).filter((control) => keys.has(control.getAttribute(KEY_ATTR)!));
  }

  function readKey(item: Element, pageUrl: string): string | null {
    try {
      return adapter.keyOf(item, pageUrl);
    } catch {
      return null; // unreadable: a button that captures by selection
    }
  }

  /** Gives the control its item's key: the badge of a case already known, else a lookup to ask. */
  function settle(state: ItemState, key: string | null, unknown: string[]): void {
    const { control } = state;
    state.key = key;
    // A capture made before the key was read has named the control already (the case's key).
    if (!control.hasAttribute(KEY_ATTR)) control.setAttribute(KEY_ATTR, key ?? '');
    const view = key && views.size ? views.get(key) : undefined;
    if (view) renderBadge(control, view);
    else unlabelled.push(control);
    if (key && !view && !asked.has(key)) {
      asked.add(key);
      unknown.push(key);
    }
  }

  /** (Re)checks items: each gets a control matching its CURRENT key (recycled containers change it). */
  function process(items: Element[]): void {
    const pageUrl = deps.pageUrl();
    const template = captureTemplate(doc);
    const unknown: string[] = [];
    let fresh = 0;
    for (const item of items) if (!states.has(item)) fresh++;
    const later = fresh > KEY_NOW_MAX && deps.idle !== undefined;
    for (const item of items) {
      const state = states.get(item);
      // A new item of a long scan is keyed in idle time; any other is keyed now.
      const key = state || !later ? readKey(item, pageUrl) : undefined;
      if (state && state.control.isConnected && item.contains(state.control) && (state.key === undefined || state.key === key)) {
        if (state.key === undefined) settle(state, key!, unknown);
        continue;
      }
      state?.control.remove();
      const control = template.cloneNode(false) as HTMLButtonElement;
      const slot = adapter.buttonSlot(item);
      slot.parent.insertBefore(control, slot.before);
      itemOf.set(control, item);
      const next: ItemState = { key: undefined, control };
      states.set(item, next);
      if (key !== undefined) settle(next, key, unknown);
      else {
        if (!unkeyed.length) unkeyedSince = performance.now();
        unkeyed.push(item);
      }
    }
    lookupSoon(unknown);
    if ((unkeyed.length || unlabelled.length) && !idling && deps.idle) {
      idling = true;
      deps.idle(workWhileIdle);
    }
  }

  /** Asked after the scan, in a task of its own: sending thousands of keys is not the scan's work. */
  function lookupSoon(keys: string[]): void {
    if (keys.length) setTimeout(() => void lookup(keys), 0);
  }

  async function lookup(keys: string[]): Promise<void> {
    for (let i = 0; i < keys.length; i += LOOKUP_CHUNK) {
      const chunk = keys.slice(i, i + LOOKUP_CHUNK);
      try {
        const { cases } = await request('casesByKeys', { network: adapter.network, itemKeys: chunk });
        await refreshBadges(cases.map((found) => found.caseId));
      } catch {
        // The background is restarting: ask again on the next scan.
        for (const key of chunk) asked.delete(key);
      }
    }
  }

  /** Asks the background for the status and working time left of these (or all shown) cases. */
  async function refreshBadges(caseIds = shownCaseIds()): Promise<void> {
    for (let i = 0; i < caseIds.length; i += LOOKUP_CHUNK) {
      try {
        show((await request('caseBadges', { caseIds: caseIds.slice(i, i + LOOKUP_CHUNK) })).badges);
      } catch {
        // Keep the last badges; the next tick tries again.
      }
    }
  }

  /** Every control showing these cases' items turns into (or refreshes) its badge. */
  function show(badges: CaseBadge[]): void {
    for (const badge of badges) views.set(badge.itemKey, badge);
    for (const control of controlsOf(new Set(badges.map((badge) => badge.itemKey)))) renderBadge(control, views.get(control.getAttribute(KEY_ATTR)!)!);
    deps.onBadges?.(badges);
  }

  /** Case ids of the badges on the page now. */
  function shownCaseIds(): string[] {
    return [...new Set(Array.from(doc.querySelectorAll(`[${CASE_ATTR}]`), (badge) => badge.getAttribute(CASE_ATTR)!))];
  }

  function label(control: HTMLButtonElement): void {
    const item = itemOf.get(control);
    if (!item || !control.isConnected || !needsLabel(control)) return;
    let author: string | undefined;
    try {
      author = adapter.extract(item, context(deps.now())).author.name;
    } catch {
      // unrecognised markup: the generic label stays
    }
    labelCaptureButton(control, author);
  }

  /**
   * One chain of idle callbacks, in short runs: first the keys a long scan left to read, in page
   * order (and the lookup of their cases), then the authors' names on the buttons, newest first.
   */
  function workWhileIdle(timeLeft: () => number): void {
    if (stopped) return;
    const until = performance.now() + IDLE_SLICE_MS;
    const more = () => timeLeft() > 2 && performance.now() < until;
    const pageUrl = deps.pageUrl();
    const unknown: string[] = [];
    while (nextUnkeyed < unkeyed.length && more()) {
      const item = unkeyed[nextUnkeyed++]!;
      const state = states.get(item);
      // An item the site has removed meanwhile is keyed if it comes back (process).
      if (state && state.key === undefined && item.isConnected) settle(state, readKey(item, pageUrl), unknown);
    }
    lookupSoon(unknown);
    if (unkeyed.length && nextUnkeyed === unkeyed.length) {
      measure('otklik:keys', unkeyedSince);
      unkeyed = [];
      nextUnkeyed = 0;
    }
    if (!unkeyed.length) while (unlabelled.length && more()) label(unlabelled.pop()!);
    idling = unkeyed.length > 0 || unlabelled.length > 0;
    if (idling) deps.idle!(workWhileIdle);
  }

  /**
   * Records the item through the background: the adapter's reading, or — when the markup is not
   * recognised — the address and the selected (else the item's visible) text, which the background
   * turns into a case of its own (`captureUnrecognised`, markup `<network>-unrecognised`).
   */
  async function send(item: Element, now: number) {
    const ctx = context(now);
    let reading: CapturedItem | undefined;
    try {
      reading = adapter.extract(item, ctx);
    } catch {
      reading = undefined;
    }
    if (reading?.itemKey && reading.missing.length < MANY_MISSING && !ESSENTIAL.some((field) => reading.missing.includes(field))) {
      return request('capture', reading);
    }
    const selected = doc.getSelection?.()?.toString() ?? '';
    const text = (selected.trim() ? selected : (item.textContent ?? '')).slice(0, UNRECOGNISED_TEXT_MAX);
    return request('captureUnrecognised', { network: adapter.network, pageUrl: ctx.pageUrl, pageTitle: ctx.pageTitle, text, detectedAt: now });
  }

  async function capture(control: HTMLButtonElement, now: number): Promise<void> {
    const item = itemOf.get(control);
    if (!item || control.getAttribute('aria-busy')) return;
    const started = performance.now();
    control.setAttribute('aria-busy', 'true');
    // A button whose key idle time has not read yet gets it now: a container the site recycles
    // meanwhile must still read as another item (and get a fresh control), not keep this badge.
    const state = states.get(item);
    if (state?.key === undefined && state?.control === control) {
      const unknown: string[] = [];
      settle(state, readKey(item, deps.pageUrl()), unknown);
      lookupSoon(unknown);
    }
    try {
      const { badge, notice } = await send(item, now);
      // The fallback key (address + text) names the case: this control shows it from now on.
      control.setAttribute(KEY_ATTR, badge.itemKey);
      // The case's status and working time left, on this control and any other showing the item.
      show([badge]);
      measure('otklik:capture', started);
      // Captured before, fields the page did not show, markup not recognised: the background says so.
      if (notice) showToast(doc, notice.text, notice.warning, [control]);
    } catch (error) {
      showToast(doc, pageText('failed', { error: errorText(error) }), true);
    } finally {
      control.removeAttribute('aria-busy');
    }
  }

  /** The delegated click (capture phase): our controls only; the site never sees it. */
  function handleClick(event: Event): void {
    const control = (event.target as Element | null)?.closest?.(`.${CONTROL_CLASS}`);
    if (!control || !isControl(control)) return;
    event.preventDefault();
    event.stopPropagation();
    const caseId = control.getAttribute(CASE_ATTR);
    // Sent at once, inside the click: the side panel may open only in a user gesture.
    if (caseId) request('openCaseFromPage', { caseId }).catch((error: unknown) => showToast(doc, pageText('failed', { error: errorText(error) }), true));
    else void capture(control, deps.now());
  }

  function handleFocus(event: Event): void {
    const target = event.target as Element | null;
    if (target && isControl(target)) label(target);
  }

  return {
    process,
    refreshBadges: (caseIds?: string[]) => refreshBadges(caseIds),
    handleClick,
    handleFocus,
    isKnownItem: (element: Element) => states.has(element),
    itemOfControl: (control: Element) => itemOf.get(control),
    /** The extension was reloaded or disabled: no more idle work. */
    stop: () => {
      stopped = true;
    },
  };
}

export type CaptureController = ReturnType<typeof createCaptureController>;
