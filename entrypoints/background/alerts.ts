/**
 * The toolbar badge and the deadline notifications, recomputed on a 30-second alarm, on a one-shot
 * alarm at the next threshold, after every write to the cases, settings or regulations (Dexie's
 * `storagemutated`, which also carries writes from pages), and on every service-worker start.
 * Nothing lives only in memory: what was notified is in the database's `notified` table (the
 * worker caches what it has read of it for its life).
 */
import { Dexie } from 'dexie';
import { browser } from 'wxt/browser';
import { computeDeadlines } from '../../utils/cases/deadlines';
import type { CaseRow } from '../../utils/db/case-row';
import type { OtklikDB } from '../../utils/db/database';
import type { DueContext } from '../../utils/db/due';
import { cachedDueContext } from '../../utils/db/due-cache';
import { claimNotifications } from '../../utils/db/notified';
import { openCase } from '../../utils/extension/open-case';
import { getLocale, resolveLocale, setLocale } from '../../utils/i18n/index';
import { alertTexts, notificationId, parseNotificationId, SUMMARY_NOTIFICATION } from '../../utils/queue/alert-texts';
import { badgeState, type BadgeState } from '../../utils/queue/badge';
import { clockOf } from '../../utils/queue/clock';
import { pendingDeadlines } from '../../utils/queue/deadlines';
import { batchNotifications, effectiveThresholds, notificationKeyString, planNotifications, type NotifyCandidate } from '../../utils/queue/notify';
import type { WorkClock } from '../../utils/queue/types';
import { countUrgency, SOON_WORKING_MINUTES } from '../../utils/queue/urgency';

export const TICK_ALARM = 'otklik-alerts-tick';
export const NEXT_ALARM = 'otklik-alerts-next';
export const OPEN_SIDE_PANEL_COMMAND = 'open-side-panel';

/** Creates the 30-second alarm unless it survived (alarms may be cleared on browser restart). */
export async function ensureAlarms(): Promise<void> {
  if (!(await browser.alarms.get(TICK_ALARM))) {
    await browser.alarms.create(TICK_ALARM, { periodInMinutes: 0.5, delayInMinutes: 0.5 });
  }
}

function clockFinder(ctx: DueContext): (c: Pick<CaseRow, 'regulationId'>) => WorkClock | undefined {
  return (c) => {
    const regulation = ctx.regulation(c.regulationId);
    return regulation ? clockOf(ctx.calendar(regulation)) : undefined;
  };
}

/**
 * The open cases whose nearest stage falls due before `minutes` working minutes from now in any
 * regulation in use (overdue ones included): nothing later can be soon or reach a threshold.
 */
async function casesDueWithin(db: OtklikDB, ctx: DueContext, now: number, minutes: number): Promise<CaseRow[]> {
  const regulationIds = await db.regulations.toCollection().primaryKeys();
  let horizon = now;
  for (const id of regulationIds) {
    const regulation = ctx.regulation(id);
    if (regulation) horizon = Math.max(horizon, ctx.calendar(regulation).addWorkingMinutes(now, minutes).getTime());
  }
  return db.cases.where('[queueRank+queueAt]').between([0, Dexie.minKey], [0, horizon], true, false).toArray();
}

export async function applyBadge(state: BadgeState, title: string): Promise<void> {
  await browser.action.setBadgeText({ text: state.text });
  if (state.text) {
    await browser.action.setBadgeBackgroundColor({ color: state.color });
    // Firefox before 63 and some Chromium forks lack setBadgeTextColor.
    if (typeof browser.action.setBadgeTextColor === 'function') await browser.action.setBadgeTextColor({ color: state.textColor });
  }
  await browser.action.setTitle({ title });
}

export interface AlertsResult {
  badge: BadgeState;
  notified: string[];
  nextCheckAt?: number;
}

/**
 * Pending deadlines by case, kept for as long as the due context (settings, regulations) stays the
 * same object: a pass every 30 seconds over thousands of overdue cases recomputes only the cases
 * written since (deadlines are instants; they do not move with `now`).
 */
const pendingCache = new WeakMap<DueContext, Map<string, { key: string; pending: NotifyCandidate['deadlines'] }>>();

function pendingOf(ctx: DueContext, c: CaseRow, regulation: NonNullable<ReturnType<DueContext['regulation']>>): NotifyCandidate['deadlines'] {
  let byCase = pendingCache.get(ctx);
  if (!byCase) pendingCache.set(ctx, (byCase = new Map()));
  const key = `${c.version}|${c.updatedAt}|${c.regulationId}`;
  const cached = byCase.get(c.id);
  if (cached?.key === key) return cached.pending;
  const pending = pendingDeadlines(computeDeadlines(c, regulation, ctx.calendar(regulation)));
  byCase.set(c.id, { key, pending });
  return pending;
}

/**
 * Recomputes the badge, fires the notifications that are due, and sets the next one-shot alarm.
 * `fired`: the service worker's cache of notifications known to be in the `notified` table
 * (claimNotifications' `known`), so a pass does not read thousands of old ones again.
 */
export async function refreshAlerts(db: OtklikDB, now: number, fired?: Set<string>): Promise<AlertsResult> {
  const ctx = await cachedDueContext(db);
  setLocale(resolveLocale(ctx.settings.locale, typeof navigator === 'undefined' ? [] : navigator.languages));
  const { notificationThresholds, notifyWhenOverdue } = ctx.settings;
  const widest = Math.max(SOON_WORKING_MINUTES, ...effectiveThresholds(notificationThresholds, false));
  const cases = await casesDueWithin(db, ctx, now, widest);
  const clockFor = clockFinder(ctx);

  const dues: { due: number; clock: WorkClock }[] = [];
  const candidates: NotifyCandidate[] = [];
  const byId = new Map<string, CaseRow>();
  for (const c of cases) {
    const clock = clockFor(c);
    const regulation = ctx.regulation(c.regulationId);
    if (!clock || !regulation || c.nextDueAt === undefined) continue;
    byId.set(c.id, c);
    dues.push({ due: c.nextDueAt, clock });
    candidates.push({ caseId: c.id, clock, deadlines: pendingOf(ctx, c, regulation) });
  }
  const counts = countUrgency(dues, now);
  const badge = badgeState(counts);
  await applyBadge(badge, alertTexts.title(counts));

  // Everything due is planned; claimNotifications drops what already fired (bulk reads, and a
  // read-write transaction only for what is new), so each fires once across restarts and racing
  // service-worker instances.
  const plan = planNotifications({ candidates, thresholds: notificationThresholds, notifyWhenOverdue, isNotified: () => false, now });
  const claimed = await claimNotifications(db, plan.fire, now, fired);
  const { single, folded } = batchNotifications(claimed);
  const iconUrl = browser.runtime.getURL('/icon/128.png');
  for (const item of single) {
    const c = byId.get(item.caseId)!;
    const regulation = ctx.regulation(c.regulationId)!;
    const stageLabel = regulation.stages.find((stage) => stage.id === item.stage)?.label[getLocale()] ?? item.stage;
    const text = alertTexts.single(item, c, stageLabel, now, clockFor(c)!);
    await browser.notifications.create(notificationId(item), { type: 'basic', iconUrl, title: text.title, message: text.message });
  }
  if (folded.length > 0) {
    // Thousands at once (after a long absence) make one notification, not a storm of them.
    const text = alertTexts.summary(folded);
    await browser.notifications.create(SUMMARY_NOTIFICATION, { type: 'basic', iconUrl, title: text.title, message: text.message });
  }

  if (plan.nextCheckAt === undefined) await browser.alarms.clear(NEXT_ALARM);
  else await browser.alarms.create(NEXT_ALARM, { when: plan.nextCheckAt });
  return { badge, notified: claimed.map(notificationKeyString), nextCheckAt: plan.nextCheckAt };
}

/** The most urgent open case (the head of the queue), if any. */
export async function mostUrgentCaseId(db: OtklikDB): Promise<string | undefined> {
  const first = await db.cases.where('[queueRank+queueAt]').between([0, Dexie.minKey], [0, Dexie.maxKey]).first();
  return first?.id;
}

const WATCHED_TABLES = ['/cases/', '/settings/', '/regulations/'];

/**
 * Registers the listeners (synchronously, on every service-worker start) and recomputes at once.
 * `getDb` is called per event, never kept. Returns the undo of the Dexie subscription (for tests;
 * the browser's listeners go with the service worker).
 */
export function registerAlerts(getDb: () => OtklikDB): () => void {
  // A cache for this service worker's life only; the database stays the record of what fired.
  const fired = new Set<string>();
  let refreshing: Promise<unknown> = Promise.resolve();
  let pending = false;
  // Serialises refreshes and folds a burst of writes into one (memory only for the event's life).
  const refresh = () => {
    if (pending) return refreshing;
    pending = true;
    refreshing = refreshing
      .then(() => {
        pending = false;
        return refreshAlerts(getDb(), Date.now(), fired);
      })
      .catch((error: unknown) => console.error('Отклик: не удалось обновить значок и уведомления', error));
    return refreshing;
  };

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TICK_ALARM || alarm.name === NEXT_ALARM) void refresh();
  });
  const onMutated = (parts: Record<string, unknown>) => {
    const dbName = getDb().name;
    if (Object.keys(parts).some((part) => part.startsWith(`idb://${dbName}/`) && WATCHED_TABLES.some((t) => part.includes(t)))) void refresh();
  };
  Dexie.on('storagemutated', onMutated);
  browser.notifications.onClicked.addListener((id) => {
    const parsed = parseNotificationId(id);
    // Called straight from the click: the side panel may only open inside the user's gesture. The
    // summary opens the panel's list of urgent cases.
    const opening = parsed ? openCase(parsed.caseId) : id === SUMMARY_NOTIFICATION ? openCase(undefined) : undefined;
    if (!opening) return;
    opening.catch((error: unknown) => console.error('Отклик: не удалось открыть дело', error));
    void browser.notifications.clear(id);
  });
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== OPEN_SIDE_PANEL_COMMAND) return;
    openCase(mostUrgentCaseId(getDb()), { windowId: tab?.windowId }).catch((error: unknown) => console.error('Отклик: не удалось открыть боковую панель', error));
  });

  void ensureAlarms().then(refresh);
  return () => Dexie.on.storagemutated.unsubscribe(onMutated);
}
