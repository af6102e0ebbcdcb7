/**
 * Helpers of the on-page e2e tests (capture, answer in place, the full flow): the extension's
 * database read from an extension page, fixture pages opened under their real host names, and
 * the capture controls on them.
 */
import type { Page } from 'playwright-core';
import type { ExtensionSession } from './harness/browser';
import { send } from './harness/messages';

/** Any record of the `cases` table, read from an extension page (the extension's own IndexedDB). */
export async function readCase(ext: Page, caseId: string): Promise<Record<string, any> | undefined> {
  return ext.evaluate(
    (id) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('otklik');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('cases').objectStore('cases').get(id);
          get.onsuccess = () => {
            db.close();
            resolve(get.result);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    caseId,
  ) as Promise<Record<string, any> | undefined>;
}

export async function countCases(ext: Page): Promise<number> {
  return ext.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('otklik');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const count = db.transaction('cases').objectStore('cases').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
        };
      }),
  );
}

/** Empties the cases table between fixture pages that share item keys (test-only). */
export async function clearCases(ext: Page): Promise<void> {
  // The background opens (and creates) the database first.
  await send(ext, 'casesByKeys', { network: 'vk', itemKeys: [] });
  await ext.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('otklik');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('cases', 'readwrite');
          tx.objectStore('cases').clear();
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
        };
      }),
  );
}

/** Keys of the Otklik controls on the page, in document order, once there are `count` of them. */
export async function controlKeys(page: Page, count: number): Promise<string[]> {
  await page.waitForFunction((n) => document.querySelectorAll('[data-otklik-key]').length >= n, count, { timeout: 10_000 });
  return page.$$eval('[data-otklik-key]', (nodes) => nodes.map((node) => node.getAttribute('data-otklik-key') ?? ''));
}

/**
 * Clicks the capture button of an item and waits for it to show the case; the case id. An item
 * shown twice (a post on the wall and in a layer over it) is clicked in the layer: it comes later
 * in the document and covers the wall.
 */
export async function captureOnPage(page: Page, itemKey: string): Promise<string> {
  const button = page.locator(`[data-otklik-key="${itemKey}"][data-otklik-capture]`).last();
  const handle = (await button.elementHandle())!;
  await button.click();
  await page.waitForFunction((element) => element.hasAttribute('data-otklik-case'), handle, { timeout: 10_000 });
  return (await handle.getAttribute('data-otklik-case'))!;
}

/**
 * What the Otklik controls do to the page's layout: each control's action bar (its parent) and the
 * document measured with the controls shown and with them taken out of the layout (`display:none`,
 * an attribute change the content script ignores). Returns the differences over half a pixel, as
 * «<key>: bar 24 → 40»; empty when inserting the controls moves nothing.
 */
export async function layoutShifts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = Array.from(document.querySelectorAll<HTMLElement>('[data-otklik-key]'));
    const measure = () => ({ bars: controls.map((control) => control.parentElement!.getBoundingClientRect().height), page: document.documentElement.scrollHeight });
    const shown = measure();
    for (const control of controls) control.style.display = 'none';
    const hidden = measure();
    for (const control of controls) control.style.removeProperty('display');
    const shifts = controls.flatMap((control, i) =>
      Math.abs(shown.bars[i]! - hidden.bars[i]!) > 0.5 ? [`${control.getAttribute('data-otklik-key')}: bar ${hidden.bars[i]} → ${shown.bars[i]}`] : [],
    );
    if (Math.abs(shown.page - hidden.page) > 0.5) shifts.push(`page ${hidden.page} → ${shown.page}`);
    return shifts;
  });
}

export async function openSite(session: ExtensionSession, url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-otklik'), undefined, { timeout: 10_000 });
  return page;
}

/** Routes a case, submits the draft and approves it through the background, as the side panel would. */
export async function approveAnswer(ext: Page, caseId: string, text: string, kind: 'answer' | 'interim' = 'answer'): Promise<void> {
  const events = [
    { type: 'routed', data: { executors: ['me'] } },
    { type: 'draftSubmitted', data: { kind, text } },
    { type: 'approved', data: {} },
  ] as const;
  let version = 1;
  for (const event of events) version = (await send(ext, 'appendEvent', { caseId, event, expectedVersion: version })).version;
}

/** What the fixture's editors and send buttons saw (set by test/fixtures/shared/editor-model.js). */
export async function editorEvents(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __editorEvents: string[] }).__editorEvents.slice());
}

export async function sentReplies(page: Page): Promise<{ text: string; commentId: string; threadId?: string; url: string }[]> {
  return page.evaluate(() => (window as unknown as { __sent: { text: string; commentId: string; threadId?: string; url: string }[] }).__sent.slice());
}

export interface ToastPlacement {
  text: string;
  role: string | null;
  live: string | null;
  /** Viewport px from the top of the window to the toast. */
  top: number;
  /** Horizontal distance of the toast's centre from the window's centre. */
  centreOffset: number;
  /** Which of the given selectors (their first visible element) the toast overlaps. */
  covers: string[];
}

/** Where Otklik's toast is on the page and what it covers, measured in the real layout. */
export async function toastPlacement(page: Page, keepVisible: string[]): Promise<ToastPlacement> {
  return page.evaluate((selectors) => {
    const toast = document.getElementById('otklik-toast')!;
    const box = toast.getBoundingClientRect();
    const overlaps = (element: Element) => {
      const r = element.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && r.bottom > box.top && r.top < box.bottom && r.right > box.left && r.left < box.right;
    };
    return {
      text: toast.textContent ?? '',
      role: toast.getAttribute('role'),
      live: toast.getAttribute('aria-live'),
      top: box.top,
      centreOffset: (box.left + box.right) / 2 - window.innerWidth / 2,
      covers: selectors.filter((selector) => Array.from(document.querySelectorAll(selector)).some(overlaps)),
    };
  }, keepVisible);
}

/** Every record of the `cases` table (test pages hold a handful). */
export async function allCases(ext: Page): Promise<Record<string, any>[]> {
  return ext.evaluate(
    () =>
      new Promise<Record<string, any>[]>((resolve, reject) => {
        const open = indexedDB.open('otklik');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('cases').objectStore('cases').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as Record<string, any>[]);
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/**
 * Clicks «Взять выделенное в работу» in the context menu of `page` over its current selection:
 * the real listener in the service worker gets the click as Chromium hands it over (the selection
 * text, the page URL, the tab with its URL and title, which activeTab grants on a menu click).
 * Native menus cannot be clicked in headless Chromium; the event is dispatched to the registered
 * listener instead.
 */
export async function clickCaptureSelectionMenu(session: ExtensionSession, page: Page): Promise<void> {
  await page.bringToFront();
  const selectionText = await page.evaluate(() => window.getSelection()!.toString());
  const click = { selectionText, pageUrl: page.url(), url: page.url(), title: await page.title() };
  await session.serviceWorker.evaluate(async (c) => {
    type Tab = { id: number; windowId: number; url?: string; title?: string };
    const api = (globalThis as unknown as {
      chrome: { tabs: { query(q: object): Promise<Tab[]> }; contextMenus: { onClicked: { dispatch(info: object, tab: Tab): void } } };
    }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    api.contextMenus.onClicked.dispatch(
      { menuItemId: 'otklik-capture-selection', editable: false, frameId: 0, pageUrl: c.pageUrl, selectionText: c.selectionText },
      { ...tab!, url: c.url, title: c.title },
    );
  }, click);
}

/** The address of the browser's active tab, as the service worker sees it (VK/OK and extension pages only). */
export async function activeTabUrl(session: ExtensionSession): Promise<string | undefined> {
  return session.serviceWorker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ url?: string }[]> } } }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.url;
  });
}
