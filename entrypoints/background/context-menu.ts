/**
 * «Взять выделенное в работу» in the context menu of any page: the selection, the address and the
 * title become a case (network `telegram` on web.telegram.org, the page's own network on VK/OK,
 * `other` elsewhere; kind `message`; key = normalised address + hash of the text; missing fields
 * listed). The click is a user gesture, so the side panel opens at once and moves to the case.
 */
import { browser, type Browser } from 'wxt/browser';
import { captureItem } from '../../utils/db/cases';
import { getDatabase, type OtklikDB } from '../../utils/db/database';
import { openCase } from '../../utils/extension/open-case';
import { capturedItemSchema } from '../../utils/sites/captured-item.schema';
import { networkOfPage, selectionItem } from '../../utils/sites/page/selection-item';
import { networkOfUrl } from '../../utils/sites/urls';
import { parseOrThrow } from '../../utils/validation/index';

export const CAPTURE_MENU_ID = 'otklik-capture-selection';
const MENU_TITLE = 'Взять выделенное в работу';

/** Creates the menu item, replacing an earlier one (install, update, browser start). */
export async function createCaptureMenu(): Promise<void> {
  await browser.contextMenus.remove(CAPTURE_MENU_ID).catch(() => undefined);
  await new Promise<void>((resolve) => {
    browser.contextMenus.create({ id: CAPTURE_MENU_ID, title: MENU_TITLE, contexts: ['selection'] }, () => {
      // A duplicate id (two starts racing) is harmless: the item exists.
      void browser.runtime.lastError;
      resolve();
    });
  });
}

/** Records the selection; the case id, or an error with a Russian message. */
export async function captureSelection(
  db: OtklikDB,
  info: { pageUrl?: string; frameUrl?: string; selectionText?: string },
  tab: { url?: string; title?: string } | undefined,
  now: number,
): Promise<string> {
  const pageUrl = tab?.url ?? info.pageUrl ?? info.frameUrl ?? '';
  const item = selectionItem({
    network: networkOfUrl(pageUrl) ?? networkOfPage(pageUrl),
    pageUrl,
    pageTitle: tab?.title,
    text: info.selectionText ?? '',
    now,
  });
  if (!item) throw new Error('Эту страницу нельзя взять в работу: у неё нет адреса http(s).');
  const result = await captureItem(db, parseOrThrow(capturedItemSchema, item, 'Выделенный текст'), { now });
  return result.case.id;
}

function notifyFailure(error: unknown): void {
  void browser.notifications.create(`otklik-capture-failed-${Date.now()}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: 'Не удалось взять в работу',
    message: error instanceof Error ? error.message : String(error),
  });
}

export function registerContextMenu(db: () => OtklikDB = getDatabase): void {
  browser.runtime.onInstalled.addListener(() => void createCaptureMenu());
  browser.runtime.onStartup.addListener(() => void createCaptureMenu());
  browser.contextMenus.onClicked.addListener((info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) => {
    if (info.menuItemId !== CAPTURE_MENU_ID) return;
    const caseId = captureSelection(db(), info, tab, Date.now());
    caseId.catch(notifyFailure);
    // Synchronously inside the click: the side panel may open only in a user gesture.
    void openCase(
      caseId.catch(() => undefined),
      tab?.windowId === undefined ? {} : { windowId: tab.windowId },
    );
  });
}
