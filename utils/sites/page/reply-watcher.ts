/**
 * Publication detection: while a case's answer is approved and not yet published, the replies
 * under its item on this page are compared with the approved text after the page changes (new
 * items appeared); the first match is reported to the background (`replyDetected`), which records
 * the publication event with the reply's permalink and time. Checks are debounced: a thread that
 * re-renders often costs one look per pause.
 */
import type { SiteAdapter } from '../adapter';
import { replyMatches } from './reply-match';
import type { RequestFn } from './request';
import { showToast } from './toast';

export interface WatcherDeps {
  doc: Document;
  adapter: SiteAdapter;
  request: RequestFn;
  pageUrl(): string;
  now(): number;
  timeZone(): string;
  /** The case was recorded as published (refresh its badge). */
  onPublished?(caseId: string): void;
  debounceMs?: number;
}

interface Watch {
  itemKey: string;
  text: string;
  element?: Element;
  reporting?: boolean;
}

export function createReplyWatcher(deps: WatcherDeps) {
  const { doc, adapter, request } = deps;
  const watches = new Map<string, Watch>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  function itemOf(entry: Watch): Element | null {
    const pageUrl = deps.pageUrl();
    if (entry.element?.isConnected && adapter.keyOf(entry.element, pageUrl) === entry.itemKey) return entry.element;
    const found = adapter.findByKey(doc, entry.itemKey, pageUrl);
    entry.element = found ?? undefined;
    return found;
  }

  async function report(caseId: string, entry: Watch, reply: { url: string; text: string; postedAt?: number }): Promise<void> {
    entry.reporting = true;
    try {
      const payload = { caseId, url: reply.url, text: reply.text.slice(0, 20_000), ...(reply.postedAt === undefined ? {} : { replyAt: reply.postedAt }) };
      const result = await request('replyDetected', payload);
      watches.delete(caseId);
      if (result.recorded) {
        // Clear of the item, where the person sees the reply appear.
        if (result.notice) showToast(doc, result.notice, false, [entry.element ?? null]);
        deps.onPublished?.(caseId);
      }
    } catch {
      // The background refused or restarted: look again on the next change.
    } finally {
      entry.reporting = false;
    }
  }

  /** Looks under every watched item now. */
  function check(): void {
    timer = undefined;
    const context = { pageUrl: deps.pageUrl(), pageTitle: doc.title || undefined, now: deps.now(), timeZone: deps.timeZone() };
    for (const [caseId, entry] of watches) {
      if (entry.reporting) continue;
      const item = itemOf(entry);
      if (!item) continue;
      const reply = adapter.repliesOf(item, context).find((candidate) => replyMatches(candidate.text, entry.text));
      if (reply) void report(caseId, entry, reply);
    }
  }

  /** The page changed: look again after a pause. */
  function changed(): void {
    if (!watches.size) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(check, deps.debounceMs ?? 300);
  }

  function watch(caseId: string, itemKey: string, text: string): void {
    const existing = watches.get(caseId);
    if (existing && existing.itemKey === itemKey && existing.text === text) return;
    watches.set(caseId, { itemKey, text });
    changed();
  }

  /** Badges say which cases wait for their reply: watch those, drop the others. */
  function updateFromBadges(badges: { caseId: string; itemKey: string; watchText?: string }[]): void {
    for (const badge of badges) {
      if (badge.watchText) watch(badge.caseId, badge.itemKey, badge.watchText);
      else watches.delete(badge.caseId);
    }
  }

  return {
    watch,
    updateFromBadges,
    changed,
    check,
    watching: (caseId: string) => watches.has(caseId),
    stop(): void {
      if (timer !== undefined) clearTimeout(timer);
      watches.clear();
    },
  };
}

export type ReplyWatcher = ReturnType<typeof createReplyWatcher>;
