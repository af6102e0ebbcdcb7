/**
 * Everything Otklik does on a VK or OK page, started by the content script with the network's
 * adapter and the messaging function: the stylesheet, the capture controls kept up to date by one
 * throttled observer, badge refreshes every 30 s while the page is visible, publication
 * detection, and the background's commands (ping, hasItem, insertAnswer). Returns the command
 * handler, the navigation hook and `stop` (extension reloaded or disabled).
 */
import type { SiteAdapter } from '../adapter';
import { insertAnswerOnPage } from './answer-in-place';
import { createCaptureController } from './capture';
import type { InsertReply, PageCommand, PingReply, HasItemReply } from './commands';
import { UI_ATTR } from './controls';
import { createReplyWatcher } from './reply-watcher';
import type { RequestFn } from './request';
import { startScanner } from './scanner';
import { ensureStyles } from './styles';
import { toastRegion } from './toast';

export const BADGE_REFRESH_MS = 30_000;

export interface PageDeps {
  doc: Document;
  adapter: SiteAdapter;
  request: RequestFn;
  now(): number;
  timeZone(): string;
  /** Coalescing of mutations (requestAnimationFrame by default). */
  schedule?: (callback: () => void) => void;
  idle?: (work: (timeLeft: () => number) => void) => void;
  setInterval?: (callback: () => void, ms: number) => unknown;
}

export interface PageSession {
  handleCommand(command: PageCommand): Promise<PingReply | HasItemReply | InsertReply>;
  /** The address changed without a reload (SPA navigation): keys may read differently now; rescans in the next frame. */
  navigated(): void;
  refreshBadges(): Promise<void>;
  /** Handles queued mutations at once (tests). */
  flush(): void;
  stop(): void;
}

export function startOnPage(deps: PageDeps): PageSession {
  const { doc, adapter, request } = deps;
  const pageUrl = () => doc.location?.href ?? '';
  const schedule = deps.schedule ?? ((callback: () => void) => void requestAnimationFrame(() => callback()));
  ensureStyles(doc, adapter.network);
  toastRegion(doc);

  const watcher = createReplyWatcher({
    doc,
    adapter,
    request,
    pageUrl,
    now: deps.now,
    timeZone: deps.timeZone,
    onPublished: (caseId) => void controller.refreshBadges([caseId]),
  });
  const controller = createCaptureController({
    doc,
    adapter,
    request,
    pageUrl,
    now: deps.now,
    timeZone: deps.timeZone,
    onBadges: (badges) => watcher.updateFromBadges(badges),
    idle: deps.idle,
  });
  const scanner = startScanner({
    doc,
    findItems: (root) => adapter.findItems(root),
    isKnownItem: controller.isKnownItem,
    isOwn: (node) => node.nodeType === 1 && (node as Element).hasAttribute(UI_ATTR),
    itemOfControl: controller.itemOfControl,
    process: (items) => {
      controller.process(items);
      watcher.changed();
    },
    schedule,
  });

  const onVisible = () => {
    if (!doc.hidden) void controller.refreshBadges();
  };
  doc.addEventListener('click', controller.handleClick, true);
  doc.addEventListener('focusin', controller.handleFocus, true);
  doc.addEventListener('visibilitychange', onVisible);
  const interval = (deps.setInterval ?? setInterval)(onVisible, BADGE_REFRESH_MS);
  scanner.scanAll();

  return {
    async handleCommand(command) {
      switch (command.type) {
        case 'ping':
          return { ready: true, url: pageUrl() };
        case 'hasItem':
          return { found: adapter.findByKey(doc, command.itemKey, pageUrl()) !== null };
        case 'insertAnswer':
          return insertAnswerOnPage({ doc, adapter, pageUrl, watcher }, command);
      }
    },
    // Chromium reports a pushState (Navigation API `navigate`) before the address changes: scan once it has.
    navigated: () => schedule(() => scanner.scanAll()),
    refreshBadges: () => controller.refreshBadges(),
    flush: () => scanner.flush(),
    stop() {
      scanner.stop();
      controller.stop();
      watcher.stop();
      doc.removeEventListener('click', controller.handleClick, true);
      doc.removeEventListener('focusin', controller.handleFocus, true);
      doc.removeEventListener('visibilitychange', onVisible);
      if (deps.setInterval === undefined) clearInterval(interval as ReturnType<typeof setInterval>);
    },
  };
}
