/**
 * Helpers of the popup's e2e test and browser bench: open popup.html as the toolbar would show it
 * (400 px of content in a 420 px window), read its User Timing marks, read the stored cases, watch
 * the toolbar badge, and find where a case was opened (the side panel, or the fallback window).
 */
import type { Page } from 'playwright-core';
import type { CaseRow } from '../../../utils/db/case-row';
import type { ExtensionSession } from './browser';

/** The extension APIs used inside serviceWorker.evaluate (the test itself runs in Node). */
declare const chrome: {
  action: { getBadgeText(details: object): Promise<string>; getBadgeBackgroundColor(details: object): Promise<number[]> };
  runtime: { getContexts?(filter: { contextTypes: string[] }): Promise<{ documentUrl?: string }[]> };
  windows: { getAll(options: { populate: boolean }): Promise<{ type?: string; tabs?: { url?: string }[] }[]> };
};

export const POPUP_VIEWPORT = { width: 420, height: 600 } as const;

export interface OpenPopupOptions {
  /** Fixes the page's clock at this instant. */
  now?: number;
  /**
   * Leaves the page alone for this long after its load event before looking into it (the bench).
   * Playwright's first locator puts its own script (~300 KB) into the page; evaluated while the
   * popup draws its first rows, it took the page's main thread for ~18 ms in a Chromium trace of a
   * cold open, time a real popup never loses.
   */
  quietMs?: number;
}

/** Opens popup.html and waits until it shows the whole queue or the empty one. */
export async function openPopup(session: ExtensionSession, options: OpenPopupOptions = {}): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize(POPUP_VIEWPORT);
  if (options.now !== undefined) await page.clock.setFixedTime(options.now);
  await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
  if (options.quietMs) await new Promise((resolve) => setTimeout(resolve, options.quietMs));
  await page.locator('[data-testid=queue][data-loaded=all], [data-testid=queue-empty]').first().waitFor({ timeout: 60_000 });
  return page;
}

export interface PopupTimings {
  /** ms from the navigation: the HTML parsed, the page's code started, the first rows drawn, every row read. */
  domInteractive: number;
  start: number;
  firstRows: number;
  allRows: number;
}

/** The User Timing marks of an open popup (components/hooks/timing.ts), once the whole queue is in. */
export async function popupTimings(page: Page): Promise<PopupTimings> {
  await page.locator('[data-testid=queue][data-loaded=all]').waitFor({ timeout: 60_000 });
  // No named functions inside: tsx (the bench) would wrap them in a helper the page lacks.
  return page.evaluate(() => {
    const [start, firstRows, allRows] = ['otklik:start', 'otklik:first-rows', 'otklik:all-rows'].map(
      (name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? Number.NaN,
    );
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return { domInteractive: navigation?.domInteractive ?? Number.NaN, start: start!, firstRows: firstRows!, allRows: allRows! };
  });
}

/** Every stored case, read from an extension page (the extension's own IndexedDB). */
export async function readCases(page: Page): Promise<CaseRow[]> {
  return page.evaluate(
    () =>
      new Promise<CaseRow[]>((resolve, reject) => {
        const open = indexedDB.open('otklik');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('cases').objectStore('cases').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as CaseRow[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

export interface BadgeSeen {
  text: string;
  color: number[];
}

/** Polls the toolbar badge (set by the background's alerts) until `accept` says yes; returns it. */
export async function waitForAlerts(session: ExtensionSession, accept: (badge: BadgeSeen) => boolean, timeoutMs = 120_000): Promise<BadgeSeen> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const badge = await session.serviceWorker.evaluate(async () => ({
      text: await chrome.action.getBadgeText({}),
      color: Array.from(await chrome.action.getBadgeBackgroundColor({})),
    }));
    if (accept(badge)) return badge;
    if (Date.now() > until) throw new Error(`badge still ${JSON.stringify(badge)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Where the page `path` (e.g. sidepanel.html?case=…) was opened: Chromium's side panel (seen as a
 * SIDE_PANEL context of the extension) or the fallback popup window of utils/extension/open-case.ts.
 */
export async function sidePanelOrWindowWith(session: ExtensionSession, path: string, timeoutMs = 15_000): Promise<'side-panel' | 'window'> {
  const url = `chrome-extension://${session.extensionId}/${path}`;
  const until = Date.now() + timeoutMs;
  for (;;) {
    const where = await session.serviceWorker.evaluate(async (wanted) => {
      const panels = chrome.runtime.getContexts ? await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] }) : [];
      if (panels.some((context) => context.documentUrl === wanted)) return 'side-panel';
      const windows = await chrome.windows.getAll({ populate: true });
      return windows.some((w) => w.type === 'popup' && w.tabs?.some((tab) => tab.url === wanted)) ? 'window' : undefined;
    }, url);
    if (where) return where;
    if (Date.now() > until) throw new Error(`${path} was opened neither in the side panel nor in a window`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * The case ids of every row of the windowed list, in order: the list is scrolled through (only the
 * rows in view are in the DOM) and back to the top.
 */
export async function listedIds(page: Page): Promise<string[]> {
  const seen = new Map<number, string>();
  for (let step = 0; ; step++) {
    const view = await page.evaluate(async (n) => {
      const list = document.querySelector<HTMLElement>('[data-testid=queue-list]');
      if (!list) return { rows: [] as [number, string][], total: 0 };
      list.scrollTop = n * list.clientHeight;
      list.dispatchEvent(new Event('scroll'));
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const rows = Array.from(list.querySelectorAll<HTMLElement>('[data-index]')).map((row): [number, string] => [
        Number(row.dataset.index),
        row.querySelector('[data-testid=queue-row]')?.getAttribute('data-case-id') ?? '',
      ]);
      return { rows, total: Number(list.querySelector('[data-index]')?.getAttribute('aria-setsize') ?? 0) };
    }, step);
    for (const [index, id] of view.rows) seen.set(index, id);
    if (seen.size >= view.total || step > 200) break;
  }
  await page.evaluate(() => {
    const list = document.querySelector<HTMLElement>('[data-testid=queue-list]');
    if (list) list.scrollTop = 0;
  });
  return [...seen.entries()].sort(([a], [b]) => a - b).map(([, id]) => id);
}
