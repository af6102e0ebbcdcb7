/**
 * «Вставить в ветку» and publication detection, in the background. insertAnswer: the approved
 * draft's text goes to the content script of the tab that shows the case's thread (focused, or the
 * permalink opened in a new tab; a wall or feed that has the item when it can answer there), which
 * opens the item's reply box and inserts it — never sends.
 * replyDetected: a page saw the reply; the event publicationFor names is appended with the reply's
 * permalink and time at the case's current version.
 */
import { browser } from 'wxt/browser';
import { publicationFor } from '../../utils/cases/workflow';
import { foldEvents } from '../../utils/cases/timeline';
import type { CaseRow } from '../../utils/db/case-row';
import { appendEvent } from '../../utils/db/cases';
import { getDatabase, type OtklikDB } from '../../utils/db/database';
import { caseRegulation, loadDueContext, workflowPolicyOf } from '../../utils/db/due';
import { cachedDueContext } from '../../utils/db/due-cache';
import type { Handlers } from '../../utils/messaging/router';
import type { ResponseOf } from '../../utils/messaging/protocol';
import { isHasItemReply, isInsertReply, isPingReply, type InsertReply, type PageCommand } from '../../utils/sites/page/commands';
import { insertTexts, publishedNotice } from '../../utils/sites/page/notices';
import { replyMatches } from '../../utils/sites/page/reply-match';
import { tabPatterns, tabShowsThread } from '../../utils/sites/page/thread-tab';
import { UserFacingError } from '../../utils/validation/index';
import { applySettingsLocale, awaitedAnswer } from './page-badges';

type InsertOutcome = ResponseOf<'insertAnswer'>;

const READY_TIMEOUT_MS = 20_000;
const ASK_TIMEOUT_MS = 1_500;

const TEXTS = {
  notFound: 'Дело не найдено: возможно, оно удалено.',
  noDraft: 'Нет согласованного ответа: вставить в ветку можно только согласованный текст.',
  otherNetwork: 'Вставка в ветку работает во ВКонтакте и в Одноклассниках. Скопируйте ответ из карточки дела и опубликуйте его вручную.',
  noPage: 'Страница с веткой не отвечает: обновите её и нажмите «Вставить в ветку» ещё раз.',
  noItem: 'Дело записано по адресу страницы и тексту, без ссылки на пост или комментарий: вставить ответ в ветку нельзя. Скопируйте ответ из карточки дела и опубликуйте его вручную.',
};

function send(tabId: number, command: PageCommand): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, command, { frameId: 0 });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return Promise.race([promise.catch(() => undefined), new Promise<undefined>((resolve) => setTimeout(resolve, ms))]);
}

/** The content script of the tab answers (it loads after the page): polled until it does. */
async function waitForPage(tabId: number): Promise<boolean> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (isPingReply(await withTimeout(send(tabId, { otklikPage: 1, type: 'ping' }), ASK_TIMEOUT_MS))) return true;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return false;
}

/**
 * A tab showing the thread; else one whose page has the item; else the permalink in a new tab.
 * `showsThread` is false for a page that merely has the item (a wall, a feed).
 */
async function tabFor(row: CaseRow): Promise<{ tabId: number; showsThread: boolean }> {
  const tabs = (await browser.tabs.query({ url: tabPatterns(row.network) })).filter((tab) => tab.id !== undefined);
  const ranked = tabs.sort((a, b) => Number(b.active) - Number(a.active) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  let tab = ranked.find((candidate) => tabShowsThread(candidate.url, row));
  const showsThread = tab !== undefined;
  if (!tab && ranked.length) {
    const answers = await Promise.all(ranked.map((candidate) => withTimeout(send(candidate.id!, { otklikPage: 1, type: 'hasItem', itemKey: row.itemKey }), ASK_TIMEOUT_MS)));
    tab = ranked.find((_, index) => isHasItemReply(answers[index]) && (answers[index] as { found: boolean }).found);
  }
  if (tab) {
    await browser.tabs.update(tab.id!, { active: true });
    if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
    return { tabId: tab.id!, showsThread };
  }
  const created = await browser.tabs.create({ url: row.url, active: true });
  return { tabId: created.id!, showsThread: true };
}

/** The page's reply to the command, once its content script answers; undefined when it never did or left meanwhile. */
async function insertIn(tabId: number, command: PageCommand): Promise<InsertReply | undefined> {
  if (!(await waitForPage(tabId))) return undefined;
  const reply = await send(tabId, command).catch(() => undefined);
  return isInsertReply(reply) ? reply : undefined;
}

/** The tab itself when it now shows (or is loading) the thread: the wall's comments link went there. */
async function tabNowOnThread(tabId: number, row: CaseRow): Promise<number | undefined> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  return tab && (tabShowsThread(tab.pendingUrl, row) || tabShowsThread(tab.url, row)) ? tabId : undefined;
}

export async function insertAnswer(db: OtklikDB, caseId: string): Promise<InsertOutcome> {
  const row = await db.cases.get(caseId);
  if (!row) return { outcome: 'failed', message: TEXTS.notFound };
  if (row.draft?.state !== 'approved') return { outcome: 'failed', message: TEXTS.noDraft };
  if (row.network !== 'vk' && row.network !== 'ok') return { outcome: 'failed', message: TEXTS.otherNetwork };
  // A selection from the context menu or an item whose markup was not read: no post or comment to find.
  if (row.kind === 'message') return { outcome: 'failed', message: TEXTS.noItem };
  const found = await tabFor(row);
  let tabId = found.tabId;
  applySettingsLocale(await cachedDueContext(db));
  const command = { otklikPage: 1, type: 'insertAnswer', caseId, itemKey: row.itemKey, text: row.draft.text, texts: insertTexts() } as const;
  let reply = await insertIn(tabId, command);
  // A wall or feed that has the item may have no reply box for it: on m.vk.com the comments live on
  // the post's own page, where its comments link leads. Answer from the thread then: in this tab if
  // the page went there, else from the permalink in a new one.
  if (!found.showsThread && (!reply || reply.outcome === 'noEditor')) {
    tabId = (await tabNowOnThread(tabId, row)) ?? (await browser.tabs.create({ url: row.url, active: true })).id!;
    reply = await insertIn(tabId, command);
  }
  if (!reply) return { outcome: 'failed', message: TEXTS.noPage, tabId };
  if (reply.outcome === 'inserted') return { outcome: 'inserted', message: reply.message, tabId };
  return { outcome: reply.copied ? 'copied' : 'failed', message: reply.message, tabId };
}

/** Records the publication a page saw; re-reads and retries when the case changed meanwhile. */
export async function recordDetectedReply(
  db: OtklikDB,
  input: { caseId: string; url: string; replyAt?: number; text: string },
  now: number,
): Promise<ResponseOf<'replyDetected'>> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const row = await db.cases.get(input.caseId);
    if (!row) return { recorded: false };
    const ctx = await loadDueContext(db);
    const approved = awaitedAnswer(row, ctx);
    const publication = publicationFor(row, workflowPolicyOf(caseRegulation(ctx, row)));
    if (!approved || !publication || !replyMatches(input.text, approved)) return { recorded: false, status: row.status };
    // The reply's time as the page states it; never before the previous step nor after now.
    const at = Math.min(now, Math.max(input.replyAt ?? now, foldEvents(row.events, row.kind).lastStep.at));
    const replyAt = input.replyAt === undefined ? {} : { replyAt: input.replyAt };
    const data =
      publication.type === 'published'
        ? { kind: publication.kind === 'explanation' ? 'explanation' : 'answer', url: input.url, ...replyAt }
        : publication.type === 'clarificationRequested'
          ? { url: input.url }
          : { url: input.url, ...replyAt };
    try {
      const stored = await appendEvent(db, row.id, { type: publication.type, data, at }, row.version, { now });
      applySettingsLocale(ctx);
      return { recorded: true, status: stored.status, notice: publishedNotice() };
    } catch (error) {
      if (error instanceof UserFacingError && error.code === 'conflict') continue;
      throw error;
    }
  }
  return { recorded: false };
}

export function createAnswerHandlers(db: () => OtklikDB, clock: () => number = Date.now) {
  return {
    insertAnswer: ({ caseId }) => insertAnswer(db(), caseId),
    replyDetected: (input) => recordDetectedReply(db(), input, clock()),
  } satisfies Handlers;
}

export const answerHandlers = createAnswerHandlers(getDatabase);
