import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { capturedComment, MINUTE, T0 } from '../../utils/cases/test-fixtures';
import { captureItem } from '../../utils/db/cases';
import type { OtklikDB } from '../../utils/db/database';
import { dropTestDb, openTestDb } from '../../utils/db/testing';
import { BADGE_OVERDUE_COLOR, BADGE_SOON_COLOR } from '../../utils/queue/badge';
import { parseNotificationId, SUMMARY_NOTIFICATION } from '../../utils/queue/alert-texts';
import { NEXT_ALARM, refreshAlerts, registerAlerts, TICK_ALARM } from './alerts';

// T0 is Thursday 2025-11-27 09:00 in Moscow. Under the default preset (Korenovsk) a captured comment
// must be routed by 09:30 (30 working minutes) and answered by 18:00 (8 working hours).
const ROUTE_DUE = T0 + 30 * MINUTE;

let db: OtklikDB;
let caseId: string;

beforeEach(async () => {
  fakeBrowser.reset();
  db = await openTestDb();
  caseId = (await captureItem(db, capturedComment(), { now: T0 })).case.id;
});
afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  await dropTestDb(db);
});

const notifications = () => fakeBrowser.notifications.getAllCreateOptions();
const badge = async () => ({
  text: await fakeBrowser.action.getBadgeText({}),
  color: await fakeBrowser.action.getBadgeBackgroundColor({}),
});
/** The fake browser reports colours as RGBA arrays, as Chrome does. */
const rgba = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).concat(255);

describe('refreshAlerts', () => {
  it('leaves the badge empty while calm', async () => {
    await db.cases.update(caseId, { nextDueAt: T0 + 5 * 60 * MINUTE, queueAt: T0 + 5 * 60 * MINUTE });
    // Moved far out by hand: nothing is near (the stored due moment is what the badge reads).
    const result = await refreshAlerts(db, T0 + MINUTE);
    expect(result.badge.text).toBe('');
    expect((await badge()).text).toBe('');
    expect(await fakeBrowser.action.getTitle({})).toBe('Отклик: всё в срок');
  });

  it('amber count under one working hour, red count when overdue', async () => {
    await refreshAlerts(db, T0 + MINUTE);
    expect(await badge()).toEqual({ text: '1', color: rgba(BADGE_SOON_COLOR) });
    await refreshAlerts(db, ROUTE_DUE);
    expect(await badge()).toEqual({ text: '1', color: rgba(BADGE_OVERDUE_COLOR) });
    expect(await fakeBrowser.action.getTitle({})).toBe('Отклик: просрочено 1, меньше рабочего часа 0');
  });

  it('fires each threshold once, also after a simulated browser restart, and plans the next alarm', async () => {
    const first = await refreshAlerts(db, T0 + MINUTE);
    const fired = Object.entries(notifications());
    expect(fired).toHaveLength(1);
    const [id, options] = fired[0]!;
    expect(parseNotificationId(id)).toEqual({ caseId, stage: 'route', threshold: 60, dueAt: ROUTE_DUE });
    expect(options.title).toMatch(/^Осталось 29 мин раб\.: \S/);
    expect(options.message).toContain('Иван Петров: Когда починят фонарь на улице Ленина?');
    expect(options.message).toContain('до 09:30, чт');
    expect(first.nextCheckAt).toBe(T0 + 15 * MINUTE);
    expect((await fakeBrowser.alarms.get(NEXT_ALARM))?.scheduledTime).toBe(T0 + 15 * MINUTE);

    // The browser restarts: memory, alarms and shown notifications are gone, the database stays.
    fakeBrowser.reset();
    const again = await refreshAlerts(db, T0 + 2 * MINUTE);
    expect(again.notified).toEqual([]);
    expect(notifications()).toEqual({});

    const at15 = await refreshAlerts(db, T0 + 16 * MINUTE);
    expect(at15.notified.map((key) => key.split('|').slice(1, 3).join('|'))).toEqual(['route|15']);
    const overdue = await refreshAlerts(db, ROUTE_DUE + MINUTE);
    expect(overdue.notified.map((key) => key.split('|').slice(1, 3).join('|'))).toEqual(['route|0']);
    expect(Object.values(notifications()).map((n) => n.title)).toContainEqual(expect.stringMatching(/^Просрочено: /));
    expect((await refreshAlerts(db, ROUTE_DUE + 2 * MINUTE)).notified).toEqual([]);
    expect(await db.notified.count()).toBe(3);
  });

  it('more than three due at once: one summary notification instead of one each, each case still claimed once', async () => {
    for (let i = 1; i <= 5; i++) {
      const url = `https://vk.com/wall-1_2?reply=${10 + i}`;
      await captureItem(db, capturedComment({ itemKey: `wall-1_2?reply=${10 + i}`, url, detectedAt: T0 - 24 * 60 * MINUTE }), { now: T0 });
    }
    // Five overdue since yesterday (routing and answer: two notifications each), and the first one
    // past its routing by a minute.
    const result = await refreshAlerts(db, ROUTE_DUE + MINUTE);
    expect(result.notified).toHaveLength(11);
    expect(notifications()).toEqual({
      [SUMMARY_NOTIFICATION]: expect.objectContaining({ title: 'Просрочено 6 обращений', message: 'Нажмите, чтобы открыть список.' }),
    });
    expect(await db.notified.count()).toBe(11);

    fakeBrowser.reset();
    expect((await refreshAlerts(db, ROUTE_DUE + 2 * MINUTE)).notified).toEqual([]);
    expect(notifications()).toEqual({});
  });

  it('respects the thresholds from settings', async () => {
    const { updateSettings } = await import('../../utils/settings/store');
    await updateSettings(db, { notificationThresholds: [20], notifyWhenOverdue: false });
    expect((await refreshAlerts(db, T0 + MINUTE)).notified).toEqual([]);
    expect((await refreshAlerts(db, T0 + 11 * MINUTE)).notified).toHaveLength(1);
    expect((await refreshAlerts(db, ROUTE_DUE + MINUTE)).notified).toEqual([]);
  });
});

describe('registerAlerts', () => {
  let onCommand: ((command: string, tab?: { windowId?: number }) => void) | undefined;
  const disposers: Array<() => void> = [];
  const register = () => disposers.push(registerAlerts(() => db));
  beforeEach(() => {
    // The fake browser has no commands API: stand in for it.
    onCommand = undefined;
    Object.assign(fakeBrowser, { commands: { onCommand: { addListener: (fn: typeof onCommand) => (onCommand = fn) } } });
  });
  afterEach(async () => {
    disposers.splice(0).forEach((dispose) => dispose());
    delete (fakeBrowser as unknown as Record<string, unknown>).sidePanel;
    delete (fakeBrowser as unknown as Record<string, unknown>).commands;
    await new Promise((resolve) => setTimeout(resolve, 20)); // let a refresh in flight finish before the database goes
  });

  it('creates the 30-second alarm once, refreshes on start and on every alarm', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0 + MINUTE);
    register();
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('1'));
    const tick = await fakeBrowser.alarms.get(TICK_ALARM);
    expect(tick?.periodInMinutes).toBe(0.5);

    vi.setSystemTime(ROUTE_DUE + MINUTE);
    await fakeBrowser.alarms.onAlarm.trigger(tick!);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual(rgba(BADGE_OVERDUE_COLOR)));

    // A second service-worker start finds the alarm and does not re-create it.
    const created = vi.spyOn(fakeBrowser.alarms, 'create');
    register();
    await vi.waitFor(() => expect(created).toHaveBeenCalledWith(NEXT_ALARM, expect.anything()));
    expect(created).not.toHaveBeenCalledWith(TICK_ALARM, expect.anything());
  });

  it('refreshes after a write to the cases', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0 + MINUTE);
    register();
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('1'));
    await captureItem(db, capturedComment({ itemKey: 'wall-1_2?reply=4', url: 'https://vk.com/wall-1_2?reply=4', detectedAt: T0 - 24 * 60 * MINUTE }), { now: T0 });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual(rgba(BADGE_OVERDUE_COLOR)));
  });

  it('a notification click opens its case (in a window where there is no side panel)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0 + MINUTE);
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    register();
    await vi.waitFor(() => expect(Object.keys(notifications())).toHaveLength(1));
    const id = Object.keys(notifications())[0]!;
    await fakeBrowser.notifications.onClicked.trigger(id);
    await vi.waitFor(() => expect(create).toHaveBeenCalled());
    expect(create.mock.calls[0]![0]).toMatchObject({ type: 'popup', width: 420, url: expect.stringContaining(`sidepanel.html?case=${caseId}`) });
  });

  it('a click on the summary opens the list of urgent cases (the side panel page without a case)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0 + MINUTE);
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    register();
    await vi.waitFor(() => expect(Object.keys(notifications())).toHaveLength(1));
    await fakeBrowser.notifications.onClicked.trigger(SUMMARY_NOTIFICATION);
    await vi.waitFor(() => expect(create).toHaveBeenCalled());
    expect(create.mock.calls[0]![0]!.url).toMatch(/\/sidepanel\.html$/);
  });

  it('the open-side-panel command opens the panel at once and moves it to the most urgent case', async () => {
    const calls: unknown[] = [];
    const sidePanel = {
      setOptions: vi.fn(async (o: unknown) => void calls.push(['setOptions', o])),
      open: vi.fn(async (o: unknown) => void calls.push(['open', o])),
    };
    Object.assign(fakeBrowser, { sidePanel });
    {
      register();
      onCommand!('open-side-panel', { windowId: 7 });
      // Synchronously inside the gesture: the panel is asked to open before any database read.
      expect(calls).toEqual([
        ['setOptions', { path: 'sidepanel.html', enabled: true }],
        ['open', { windowId: 7 }],
      ]);
      await vi.waitFor(() => expect(calls).toContainEqual(['setOptions', { path: `sidepanel.html?case=${caseId}`, enabled: true }]));
    }
  });
});
