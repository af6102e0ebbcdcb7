/**
 * Capture on the page: one control per item the adapter finds (the «Взять в работу» button, or the
 * badge of the item's case), kept right while the site re-renders, recycles containers and
 * navigates; a click records the item through the background and turns the button into the badge.
 * Captured items are looked up in one `casesByKeys` request per scan; badges come from
 * `caseBadges` (the background owns the calendar). No layout reads while scanning.
 */
import type { SiteAdapter } from '../adapter';
import type { CapturedItem } from '../types';
import type { ResponseOf } from '../../messaging/protocol';
import { statusLabels } from '../../cases/status';
import { getLocale } from '../../i18n/index';
import { CASE_ATTR, KEY_ATTR, createCaptureButton, isControl, labelCaptureButton, needsLabel, renderBadge, type BadgeView } from './controls';
import { errorText, type RequestFn } from './request';
import { collapseText, selectionItem } from './selection-item';
import { describeMissing, pageText } from './texts';
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
  key: string | null;
  control: HTMLButtonElement;
}

/** A reading missing these, or this many fields, means the markup was not really recognised. */
const ESSENTIAL = ['text', 'url'];
const MANY_MISSING = 6;
const LOOKUP_CHUNK = 5_000;

export function createCaptureController(deps: CaptureDeps) {
  const { doc, adapter, request } = deps;
  const states = new WeakMap<Element, ItemState>();
  const itemOf = new WeakMap<Element, Element>();
  const views = new Map<string, BadgeView>();
  const asked = new Set<string>();
  const unlabelled: HTMLButtonElement[] = [];
  let labelling = false;

  const context = (now: number) => ({ pageUrl: deps.pageUrl(), pageTitle: doc.title || undefined, now, timeZone: deps.timeZone() });

  /** The controls on the page showing these item keys (a post may be shown twice: on the wall and in a layer). */
  function controlsOf(keys: ReadonlySet<string>): HTMLButtonElement[] {
    return Array.from(doc.querySelectorAll<HTMLButtonElement>(`[${KEY_ATTR}]`)).filter((control) => keys.has(control.getAttribute(KEY_ATTR)!));
  }

  /** (Re)checks items: each gets a control matching its CURRENT key (recycled containers change it). */
  function process(items: Element[]): void {
    const pageUrl = deps.pageUrl();
    const unknown: string[] = [];
    for (const item of items) {
      let key: string | null = null;
      try {
        key = adapter.keyOf(item, pageUrl);
      } catch {
        // unreadable: a button that captures by selection
      }
      const state = states.get(item);
      if (state && state.key === key && state.control.isConnected && item.contains(state.control)) continue;
      state?.control.remove();
      const control = createCaptureButton(doc, key ?? '');
      const view = key ? views.get(key) : undefined;
      if (view) renderBadge(control, view);
      else unlabelled.push(control);
      const slot = adapter.buttonSlot(item);
      slot.parent.insertBefore(control, slot.before);
      itemOf.set(control, item);
      states.set(item, { key, control });
      if (key && !views.has(key) && !asked.has(key)) {
        asked.add(key);
        unknown.push(key);
      }
    }
    // Asked after the scan, in a task of its own: sending thousands of keys is not the scan's work.
    if (unknown.length) setTimeout(() => void lookup(unknown), 0);
    if (unlabelled.length && !labelling && deps.idle) {
      labelling = true;
      deps.idle(labelWhileIdle);
    }
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
        const { badges } = await request('caseBadges', { caseIds: caseIds.slice(i, i + LOOKUP_CHUNK) });
        for (const badge of badges) views.set(badge.itemKey, badge);
        for (const control of controlsOf(new Set(badges.map((badge) => badge.itemKey)))) renderBadge(control, views.get(control.getAttribute(KEY_ATTR)!)!);
        deps.onBadges?.(badges);
      } catch {
        // Keep the last badges; the next tick tries again.
      }
    }
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

  /** One chain of idle callbacks names the authors on the buttons, newest first. */
  function labelWhileIdle(timeLeft: () => number): void {
    while (unlabelled.length && timeLeft() > 2) label(unlabelled.pop()!);
    labelling = unlabelled.length > 0;
    if (labelling) deps.idle!(labelWhileIdle);
  }

  /** The adapter's reading; when the markup is not recognised, the address and the selected text. */
  function read(item: Element, now: number): { item: CapturedItem; recognised: boolean } | undefined {
    const ctx = context(now);
    let reading: CapturedItem | undefined;
    try {
      reading = adapter.extract(item, ctx);
    } catch {
      reading = undefined;
    }
    if (reading?.itemKey && reading.missing.length < MANY_MISSING && !ESSENTIAL.some((field) => reading.missing.includes(field))) {
      return { item: reading, recognised: true };
    }
    const fallback = selectionItem({
      network: adapter.network,
      pageUrl: ctx.pageUrl,
      pageTitle: ctx.pageTitle,
      text: collapseText(doc.getSelection?.()?.toString() ?? '') || (item.textContent ?? ''),
      now,
      missing: ['kind', 'ref', 'url', 'threadUrl'],
      markup: `${adapter.network}-unrecognised`,
    });
    return fallback && { item: fallback, recognised: false };
  }

  async function capture(control: HTMLButtonElement, now: number): Promise<void> {
    const item = itemOf.get(control);
    if (!item || control.getAttribute('aria-busy')) return;
    const started = performance.now();
    control.setAttribute('aria-busy', 'true');
    try {
      const reading = read(item, now);
      if (!reading) throw new Error(pageText('notFound'));
      const key = reading.item.itemKey;
      const result = await request('capture', reading.item);
      // The fallback key (address + text) names the case: this control shows it from now on.
      control.setAttribute(KEY_ATTR, key);
      // The case's status at once; its working time left follows from `caseBadges`.
      renderBadge(control, views.get(key) ?? { caseId: result.caseId, statusLabel: statusLabels[result.status][getLocale()] });
      measure('otklik:capture', started);
      const shown = performance.now();
      await refreshBadges([result.caseId]);
      measure('otklik:badge', shown);
      const missing = describeMissing(reading.item.missing);
      if (!reading.recognised) showToast(doc, pageText('unrecognised', { fields: missing }), true);
      else if (!result.created) showToast(doc, pageText('capturedBefore'));
      else if (missing) showToast(doc, pageText('missing', { fields: missing }));
    } catch (error) {
      showToast(doc, pageText('failed', { error: errorText(error) }), true);
    } finally {
      control.removeAttribute('aria-busy');
    }
  }

  /** The delegated click (capture phase): our controls only; the site never sees it. */
  function handleClick(event: Event): void {
    const control = (event.target as Element | null)?.closest?.(`[${KEY_ATTR}]`);
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
  };
}

export type CaptureController = ReturnType<typeof createCaptureController>;
