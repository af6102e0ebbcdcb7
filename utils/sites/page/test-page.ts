/**
 * Test helpers: a fixture page with Otklik started on it, a fake background answering the page's
 * messages from an in-memory table of cases, and a manual frame scheduler.
 */
import { vi } from 'vitest';
import { loadFixture, type FixturePage } from '../../../test/fixtures/shared/load-fixture';
import type { MessageType, RequestOf, ResponseOf } from '../../messaging/protocol';
import type { SiteAdapter } from '../adapter';
import type { CapturedItem } from '../types';
import { badgeLabel, captureNotice, insertTexts, publishedNotice } from './notices';
import type { RequestFn } from './request';
import { unrecognisedItem } from './selection-item';
import { startOnPage, type PageSession } from './start';

export const NOW = Date.parse('2025-03-15T12:00:00+03:00');

export interface FakeCase {
  caseId: string;
  item: CapturedItem;
  status: 'new' | 'approved' | 'answered';
  watchText?: string;
}

const LABELS = { new: 'Новое', approved: 'Согласовано', answered: 'Ответ опубликован' };

/** The background's answers to the page's messages (its words are the real ones, notices.ts). */
export function fakeBackground() {
  const cases = new Map<string, FakeCase>();
  const calls: { type: MessageType; payload: unknown }[] = [];
  let next = 1;
  const badge = (c: FakeCase) => ({
    caseId: c.caseId,
    itemKey: c.item.itemKey,
    status: c.status,
    statusLabel: LABELS[c.status],
    label: badgeLabel([LABELS[c.status], 'Ответ: осталось 2 часа 15 минут рабочего времени', 'до 17:30, пт']),
    urgency: 'calm' as const,
    remaining: '2 ч 15 мин раб.',
    dueText: 'до 17:30, пт',
    ...(c.watchText ? { watchText: c.watchText } : {}),
  });
  const capture = (item: CapturedItem) => {
    const existing = [...cases.values()].find((c) => c.item.itemKey === item.itemKey);
    const c = existing ?? { caseId: `case-${next++}`, item, status: 'new' as const };
    cases.set(c.caseId, c);
    const notice = captureNotice(item, !existing);
    return { caseId: c.caseId, version: 1, status: c.status, created: !existing, badge: badge(c), ...(notice ? { notice } : {}) };
  };
  const handlers: { [T in MessageType]?: (payload: RequestOf<T>) => ResponseOf<T> } = {
    capture: (item) => capture(item as CapturedItem),
    // The real item the background would record.
    captureUnrecognised: (source) => capture(unrecognisedItem(source)!),
    casesByKeys: ({ itemKeys }) => ({
      cases: [...cases.values()].filter((c) => itemKeys.includes(c.item.itemKey)).map((c) => ({ caseId: c.caseId, version: 1, status: c.status, itemKey: c.item.itemKey })),
    }),
    caseBadges: ({ caseIds }) => ({ badges: caseIds.flatMap((id) => (cases.has(id) ? [badge(cases.get(id)!)] : [])) }),
    openCaseFromPage: () => ({ openedIn: 'side-panel' as const }),
    replyDetected: ({ caseId }) => {
      const c = cases.get(caseId)!;
      c.status = 'answered';
      delete c.watchText;
      return { recorded: true, status: 'answered' as const, notice: publishedNotice() };
    },
  };
  const request = vi.fn(async (type: MessageType, payload: unknown) => {
    calls.push({ type, payload });
    const handler = handlers[type] as ((p: unknown) => unknown) | undefined;
    if (!handler) throw new Error(`unexpected message ${type}`);
    return handler(structuredClone(payload));
  }) as unknown as RequestFn;
  return { cases, calls, request, callsOf: (type: MessageType) => calls.filter((call) => call.type === type) };
}

export interface StartedPage {
  page: FixturePage;
  doc: Document;
  session: PageSession;
  background: ReturnType<typeof fakeBackground>;
  /** Runs the queued mutation handling (what the next animation frame would do). */
  frame(): void;
  /** Lets promises (messages) settle. */
  settle(): Promise<void>;
  /** Runs what the page's 30-second interval runs (the badge refresh). */
  tick(): void;
  /** Runs the pending idle callbacks, each with `budgetMs` to spend; how many ran. */
  idle(budgetMs?: number): number;
  close(): Promise<void>;
}

/** Starts Otklik on a fixture file (or on `html`, a generated page, named by `file`). */
export async function startOn(file: string, url: string, adapter: SiteAdapter, background = fakeBackground(), html?: string): Promise<StartedPage> {
  const page = loadFixture(file, url, html);
  const doc = page.document;
  let queued: (() => void)[] = [];
  let idleWork: ((timeLeft: () => number) => void)[] = [];
  const intervals: (() => void)[] = [];
  const session = startOnPage({
    doc,
    adapter,
    request: background.request,
    now: () => NOW,
    timeZone: () => 'Europe/Moscow',
    schedule: (callback) => {
      queued.push(callback);
    },
    setInterval: (callback) => {
      intervals.push(callback);
      return 0;
    },
    idle: (work) => {
      idleWork.push(work);
    },
  });
  const settle = async () => {
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  };
  await settle();
  return {
    page,
    doc,
    session,
    background,
    frame: () => {
      const run = queued;
      queued = [];
      for (const callback of run) callback();
      // Records happy-dom has not delivered yet (Chromium delivers them before the frame).
      session.flush();
    },
    settle,
    tick: () => {
      for (const callback of intervals) callback();
    },
    idle: (budgetMs = 50) => {
      const run = idleWork;
      idleWork = [];
      for (const work of run) {
        const until = performance.now() + budgetMs;
        work(() => until - performance.now());
      }
      return run.length;
    },
    close: async () => {
      session.stop();
      await page.close();
    },
  };
}

export const controls = (doc: Document) => Array.from(doc.querySelectorAll<HTMLButtonElement>('[data-otklik-key]'));

/** The `insertAnswer` command as the background sends it (with its words). */
export function insertCommand(itemKey: string, text: string, caseId = 'case-1') {
  return { otklikPage: 1 as const, type: 'insertAnswer' as const, caseId, itemKey, text, texts: insertTexts() };
}
