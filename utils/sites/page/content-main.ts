/**
 * The content scripts' shared main: starts Otklik on the page with the network's adapter and
 * connects it to what the entrypoint provides (WXT's context for timers, navigation and
 * invalidation; the runtime's message events). No browser.* here: the entrypoint passes them in.
 */
import type { SiteAdapter } from '../adapter';
import { resolveLocale, setLocale } from '../../i18n/index';
import { isPageCommand } from './commands';
import type { RequestFn } from './request';
import { startOnPage, type PageSession } from './start';

/** The parts of WXT's ContentScriptContext used here. */
export interface ContentContext {
  addEventListener(target: Window, type: 'wxt:locationchange', handler: () => void): void;
  setInterval(handler: () => void, timeout?: number): number;
  requestAnimationFrame(callback: FrameRequestCallback): number;
  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number;
  onInvalidated(callback: () => void): () => void;
}

export type CommandListener = (message: unknown) => Promise<unknown> | undefined;

export interface ContentHost {
  ctx: ContentContext;
  request: RequestFn;
  addMessageListener(listener: CommandListener): void;
  removeMessageListener(listener: CommandListener): void;
}

export function runContentScript(adapter: SiteAdapter, host: ContentHost): PageSession {
  setLocale(resolveLocale('auto', navigator.languages));
  document.documentElement.setAttribute('data-otklik', adapter.network);
  const { ctx } = host;
  // Reading the zone builds an Intl.DateTimeFormat (~0.1 ms): once per page, not once per item.
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const session = startOnPage({
    doc: document,
    adapter,
    request: host.request,
    now: () => Date.now(),
    timeZone: () => timeZone,
    schedule: (callback) => void ctx.requestAnimationFrame(() => callback()),
    idle: (work) => void ctx.requestIdleCallback((deadline) => work(() => deadline.timeRemaining()), { timeout: 2_000 }),
    setInterval: (callback, ms) => ctx.setInterval(callback, ms),
  });
  const listener: CommandListener = (message) => (isPageCommand(message) ? session.handleCommand(message) : undefined);
  host.addMessageListener(listener);
  ctx.addEventListener(window, 'wxt:locationchange', () => session.navigated());
  ctx.onInvalidated(() => {
    host.removeMessageListener(listener);
    session.stop();
  });
  return session;
}
