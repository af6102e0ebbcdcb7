import { describe, expect, it } from 'vitest';
import { batchNotifications, effectiveThresholds, notificationKeyString, planNotifications, type NotificationKey, type NotifyCandidate } from './notify';
import { at, naiveClock } from './test-clock';

const MSK = 'Europe/Moscow';
const clock = naiveClock(MSK);

function plan(candidates: NotifyCandidate[], now: number, notified: NotificationKey[] = [], thresholds = [60, 15]) {
  const done = new Set(notified.map(notificationKeyString));
  return planNotifications({ candidates, thresholds, notifyWhenOverdue: true, isNotified: (k) => done.has(notificationKeyString(k)), now });
}

describe('planNotifications', () => {
  const due = at(MSK, '2026-11-25 14:30'); // Wednesday; lunch 13:00–14:00
  const one: NotifyCandidate = { caseId: 'c1', deadlines: [{ stage: 'answer', due, provisional: false }], clock };

  it('fires nothing while calm and names the moment of the first threshold, across lunch', () => {
    const result = plan([one], at(MSK, '2026-11-25 10:00'));
    expect(result.fire).toEqual([]);
    // 60 working minutes before 14:30 skip the lunch hour: 12:30, not 13:30.
    expect(result.nextCheckAt).toBe(at(MSK, '2026-11-25 12:30'));
  });

  it('fires the 60-minute notification once, then the 15-minute one, then overdue', () => {
    const notified: NotificationKey[] = [];
    const step = (now: number) => {
      const result = plan([one], now, notified);
      notified.push(...result.fire);
      return result;
    };
    const first = step(at(MSK, '2026-11-25 12:30'));
    expect(first.fire.map((n) => n.threshold)).toEqual([60]);
    expect(first.fire[0]).toMatchObject({ caseId: 'c1', stage: 'answer', dueAt: due, left: { minutes: 60, overdue: false } });
    expect(first.nextCheckAt).toBe(at(MSK, '2026-11-25 14:15'));
    expect(step(at(MSK, '2026-11-25 13:30')).fire).toEqual([]); // lunch: nothing new
    expect(step(at(MSK, '2026-11-25 14:15')).fire.map((n) => n.threshold)).toEqual([15]);
    expect(step(at(MSK, '2026-11-25 14:20')).fire).toEqual([]);
    const overdue = step(due);
    expect(overdue.fire.map((n) => n.threshold)).toEqual([0]);
    expect(overdue.nextCheckAt).toBeUndefined();
    expect(step(due + 3_600_000).fire).toEqual([]);
  });

  it('after a long absence fires only the most severe threshold', () => {
    const result = plan([one], at(MSK, '2026-11-26 10:00'));
    expect(result.fire.map((n) => n.threshold)).toEqual([0]);
    const notified = result.fire;
    expect(plan([one], at(MSK, '2026-11-26 10:01'), notified).fire).toEqual([]);
  });

  it('notifies again when the due moment moved (the stage was recomputed)', () => {
    const fired = plan([one], at(MSK, '2026-11-25 14:20')).fire;
    expect(fired.map((n) => n.threshold)).toEqual([15]);
    const movedDue = due + 30 * 60_000;
    const moved: NotifyCandidate = { ...one, deadlines: [{ stage: 'answer', due: movedDue, provisional: false }] };
    expect(plan([one], at(MSK, '2026-11-25 14:25'), fired).fire).toEqual([]);
    expect(plan([moved], at(MSK, '2026-11-25 14:50'), fired).fire.map((n) => [n.threshold, n.dueAt])).toEqual([[15, movedDue]]);
  });

  it('skips done stages, keeps the provisional mark, and orders overdue before soon', () => {
    const now = at(MSK, '2026-11-25 14:50');
    const many: NotifyCandidate[] = [
      { caseId: 'c2', deadlines: [{ stage: 'route', due: now - 60_000, provisional: false, done: true }, { stage: 'answer', due: now + 10 * 60_000, provisional: true }], clock },
      { caseId: 'c3', deadlines: [{ stage: 'route', due: now - 60_000, provisional: false }], clock },
    ];
    const fire = plan(many, now).fire;
    expect(fire.map((n) => [n.caseId, n.stage, n.threshold, n.provisional])).toEqual([
      ['c3', 'route', 0, false],
      ['c2', 'answer', 15, true],
    ]);
  });

  it('the weekend: 60 minutes before Monday 09:30 is Friday 17:30', () => {
    const monday: NotifyCandidate = { caseId: 'c4', deadlines: [{ stage: 'answer', due: at(MSK, '2026-11-30 09:30'), provisional: false }], clock };
    expect(plan([monday], at(MSK, '2026-11-27 12:00')).nextCheckAt).toBe(at(MSK, '2026-11-27 17:30'));
    expect(plan([monday], at(MSK, '2026-11-28 12:00')).fire.map((n) => n.threshold)).toEqual([60]);
  });

  it('respects the thresholds from settings', () => {
    expect(effectiveThresholds([15, 60, 60, -5], false)).toEqual([60, 15]);
    expect(effectiveThresholds([], true)).toEqual([0]);
    const r = planNotifications({ candidates: [one], thresholds: [], notifyWhenOverdue: false, isNotified: () => false, now: due });
    expect(r).toEqual({ fire: [] });
  });
});

describe('batchNotifications', () => {
  it('shows up to three one by one, and more as one summary', () => {
    const n = (i: number) => ({ caseId: `c${i}`, stage: 's', threshold: 0, dueAt: i, provisional: false, left: { minutes: 1, overdue: true } });
    expect(batchNotifications([])).toEqual({ single: [], folded: [] });
    expect(batchNotifications([n(1), n(2), n(3)])).toEqual({ single: [n(1), n(2), n(3)], folded: [] });
    expect(batchNotifications([1, 2, 3, 4].map(n))).toEqual({ single: [], folded: [1, 2, 3, 4].map(n) });
    expect(batchNotifications([1, 2].map(n), 1)).toEqual({ single: [], folded: [1, 2].map(n) });
  });
});
