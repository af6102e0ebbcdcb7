/**
 * Opening a case and its thread from any extension context (popup, side panel, background on a
 * notification click or a keyboard command).
 *
 * The side panel may only be opened from a user gesture, so `openCase` starts every browser call
 * synchronously — call it directly from the click (or command / notification) handler, with no
 * `await` before it. Where the id of the case is not known yet (the keyboard command looks up the
 * most urgent case), pass a promise: the panel opens at once and moves to the case when it resolves.
 *
 * - Chrome (and Edge): `sidePanel.setOptions({ path })` + `sidePanel.open({ windowId })`.
 * - Firefox: `sidebarAction.setPanel` + `sidebarAction.open`.
 * - No side panel (Yandex Browser) or the browser refused: the same page in a small popup window.
 */
import { browser } from 'wxt/browser';

export const SIDE_PANEL_PAGE = 'sidepanel.html';
/** Width of the fallback window: the side panel's own width. */
export const FALLBACK_WINDOW = { width: 420, height: 760 } as const;
/** chrome.windows.WINDOW_ID_CURRENT */
const WINDOW_ID_CURRENT = -2;

export type OpenedIn = 'side-panel' | 'sidebar' | 'window';

export function sidePanelPath(caseId?: string): string {
  return caseId ? `${SIDE_PANEL_PAGE}?case=${encodeURIComponent(caseId)}` : SIDE_PANEL_PAGE;
}

interface ChromeSidePanel {
  setOptions(options: { path?: string; enabled?: boolean; tabId?: number }): Promise<void>;
  open(options: { windowId?: number; tabId?: number }): Promise<void>;
}
interface FirefoxSidebarAction {
  setPanel(details: { panel: string | null }): Promise<void>;
  open(): Promise<void>;
}
type PanelApis = { sidePanel?: ChromeSidePanel; sidebarAction?: FirefoxSidebarAction };

function panelApis(): PanelApis {
  return browser as unknown as PanelApis;
}

/** Runs calls that return promises; a synchronous throw (an API present but unusable) becomes a rejection. */
function attempt(calls: () => Promise<unknown>[]): Promise<unknown> {
  try {
    return Promise.all(calls());
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * Opens the side panel page in a small window (browsers without a side panel). A window already
 * showing the page is reused — moved to the case and focused — so a day of clicks in Yandex Browser
 * leaves one panel window, not dozens.
 */
export async function openInWindow(path: string): Promise<OpenedIn> {
  const url = browser.runtime.getURL(`/${path}` as '/sidepanel.html');
  const page = browser.runtime.getURL(`/${SIDE_PANEL_PAGE}` as '/sidepanel.html');
  const tabs = await browser.tabs.query({});
  const open = tabs.find((tab) => tab.id !== undefined && tab.url !== undefined && tab.url.split(/[?#]/)[0] === page);
  if (open) {
    await browser.tabs.update(open.id!, { url, active: true });
    if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
    return 'window';
  }
  await browser.windows.create({ url, type: 'popup', ...FALLBACK_WINDOW });
  return 'window';
}

/**
 * Opens a case (or, with no id, the empty panel) in the side panel of the given window. Call it
 * synchronously inside the user's gesture.
 */
export function openCase(caseId: string | undefined | Promise<string | undefined>, target: { windowId?: number } = {}): Promise<OpenedIn> {
  const known = typeof caseId === 'string' || caseId === undefined;
  const firstPath = known ? sidePanelPath(caseId) : SIDE_PANEL_PAGE;
  const later = async (): Promise<string | undefined> => (known ? undefined : sidePanelPath(await caseId));
  const { sidePanel, sidebarAction } = panelApis();

  if (sidePanel && typeof sidePanel.open === 'function') {
    // Both calls start inside the gesture; awaiting setOptions first would spend it.
    const started = attempt(() => [
      sidePanel.setOptions({ path: firstPath, enabled: true }),
      sidePanel.open({ windowId: target.windowId ?? WINDOW_ID_CURRENT }),
    ]);
    return started.then(
      async () => {
        const path = await later();
        if (path) await sidePanel.setOptions({ path, enabled: true });
        return 'side-panel' as const;
      },
      async () => openInWindow((await later()) ?? firstPath),
    );
  }
  if (sidebarAction && typeof sidebarAction.open === 'function') {
    const started = attempt(() => [sidebarAction.setPanel({ panel: browser.runtime.getURL(`/${firstPath}` as '/sidepanel.html') }), sidebarAction.open()]);
    return started.then(
      async () => {
        const path = await later();
        if (path) await sidebarAction.setPanel({ panel: browser.runtime.getURL(`/${path}` as '/sidepanel.html') });
        return 'sidebar' as const;
      },
      async () => openInWindow((await later()) ?? firstPath),
    );
  }
  return later().then((path) => openInWindow(path ?? firstPath));
}

/**
 * The part of a permalink that names the item: host without www./m., path without a trailing
 * slash, and the query; protocol and fragment ignored. `https://m.vk.com/wall-1_2/` and
 * `http://vk.com/wall-1_2#reply` name the same thread.
 */
export function threadKey(url: string): string | undefined {
  try {
    const u = new URL(url);
    const host = u.hostname.toLowerCase().replace(/^(www|m)\./, '');
    const path = u.pathname.replace(/\/+$/, '');
    const params = [...u.searchParams].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
    return `${host}${path}${query}`;
  } catch {
    return undefined;
  }
}

/** Focuses a tab already showing the thread, or opens it in a new tab. */
export async function openThread(url: string): Promise<'focused' | 'opened'> {
  const key = threadKey(url);
  // Tabs on vk/ok carry their URL (host permissions); others do not and never match.
  const tabs = key ? await browser.tabs.query({}) : [];
  const existing = tabs.find((tab) => tab.url !== undefined && tab.id !== undefined && threadKey(tab.url) === key);
  if (existing) {
    await browser.tabs.update(existing.id!, { active: true });
    if (existing.windowId !== undefined) await browser.windows.update(existing.windowId, { focused: true });
    return 'focused';
  }
  await browser.tabs.create({ url, active: true });
  return 'opened';
}
