import { describe, expect, it } from 'vitest';
import { badgeState, BADGE_OVERDUE_COLOR, BADGE_SOON_COLOR } from './badge';
import { at, naiveClock } from './test-clock';
import type { WorkClock } from './types';
import { countUrgency, countUrgencyOfHead, countUrgencySorted, urgencyOf, workingLeft } from './urgency';

const MSK = 'Europe/Moscow';
const clock = naiveClock(MSK);

describe('urgency', () => {
  const now = at(MSK, '2026-11-25 12:30'); // Wednesday, half an hour before lunch

  it('is overdue from the due moment on', () => {
    expect(urgencyOf(now, now, clock)).toBe('overdue');
    expect(urgencyOf(now - 1, now, clock)).toBe('overdue');
  });

  it('is soon under one WORKING hour: across lunch 14:29 is 59 min away, 14:30 is an hour', () => {
    expect(urgencyOf(at(MSK, '2026-11-25 14:29'), now, clock)).toBe('soon');
    expect(urgencyOf(at(MSK, '2026-11-25 14:30'), now, clock)).toBe('calm');
  });

  it('is soon on Friday 17:30 for a Monday 09:29 deadline — the weekend does not count', () => {
    const friday = at(MSK, '2026-11-27 17:30');
    expect(workingLeft(at(MSK, '2026-11-30 09:29'), friday, clock)).toEqual({ minutes: 59, overdue: false });
    expect(urgencyOf(at(MSK, '2026-11-30 09:29'), friday, clock)).toBe('soon');
    expect(urgencyOf(at(MSK, '2026-11-30 09:31'), friday, clock)).toBe('calm');
  });

  it('treats a holiday as non-working time', () => {
    const withHoliday = naiveClock(MSK, ['2026-11-30']);
    const friday = at(MSK, '2026-11-27 17:30');
    expect(workingLeft(at(MSK, '2026-12-01 09:15'), friday, withHoliday).minutes).toBe(45);
  });
});

describe('countUrgency and the badge', () => {
  const now = at(MSK, '2026-11-25 12:30');

  it('counts overdue and soon, asking the engine only about moments before the horizon', () => {
    let calls = 0;
    const counting: WorkClock = {
      timeZone: MSK,
      workingMinutesBetween: (a, b) => (calls++, clock.workingMinutesBetween(a, b)),
      addWorkingMinutes: (a, m) => (calls++, clock.addWorkingMinutes(a, m)),
      subtractWorkingMinutes: (a, m) => clock.subtractWorkingMinutes(a, m),
    };
    const dues = [
      now - 1,
      now,
      at(MSK, '2026-11-25 13:00'),
      at(MSK, '2026-11-25 14:29'),
      at(MSK, '2026-11-25 14:30'),
      ...Array.from({ length: 500 }, (_, i) => at(MSK, '2026-11-26 10:00') + i * 60_000),
    ];
    expect(countUrgency(dues.map((due) => ({ due, clock: counting })), now)).toEqual({ overdue: 2, soon: 2 });
    expect(calls).toBeLessThanOrEqual(4); // one horizon + the two candidates (14:30 is cut by the horizon or checked once)
  });

  it('badge: red count of overdue, else amber count of soon, else nothing', () => {
    expect(badgeState({ overdue: 3, soon: 7 })).toMatchObject({ text: '3', color: BADGE_OVERDUE_COLOR, urgency: 'overdue' });
    expect(badgeState({ overdue: 0, soon: 7 })).toMatchObject({ text: '7', color: BADGE_SOON_COLOR, urgency: 'soon' });
    expect(badgeState({ overdue: 0, soon: 0 })).toEqual({ text: '', color: '', textColor: '', urgency: 'calm' });
    expect(badgeState({ overdue: 12_345, soon: 0 }).text).toBe('999+');
  });
});

describe('countUrgencySorted', () => {
  it('agrees with countUrgency on a sorted list with two administrations', () => {
    const now = at(MSK, '2026-11-25 17:30');
    const yakutsk = naiveClock('Asia/Yakutsk'); // 23:30 there: the working day is over
    const items = [
      { due: now - 5, clock },
      { due: now + 10 * 60_000, clock: yakutsk },
      { due: now + 20 * 60_000, clock },
      { due: at(MSK, '2026-11-26 03:10'), clock: yakutsk }, // 09:10 in Yakutsk: 10 working minutes away
      { due: at(MSK, '2026-11-26 09:10'), clock }, // 40 working minutes away in Moscow
      { due: at(MSK, '2026-11-26 12:00'), clock },
    ];
    const read = { due: (x: (typeof items)[number]) => x.due, clock: (x: (typeof items)[number]) => x.clock };
    expect(countUrgencySorted(items, now, read, [clock, yakutsk])).toEqual({ overdue: 1, soon: 4 });
    expect(countUrgencySorted(items, now, read, [clock, yakutsk])).toEqual(countUrgency(items, now));
    // Items without a due moment end the head.
    const withTail = [...items.slice(0, 2), { due: undefined, clock }, ...items.slice(2)];
    expect(countUrgencySorted(withTail, now, { due: (x) => x.due, clock: (x) => x.clock }, [clock, yakutsk])).toEqual({ overdue: 1, soon: 1 });
  });
});

describe('countUrgencyOfHead (the first screenful, before every case is read)', () => {
  const now = at(MSK, '2026-11-25 12:30');
  type Item = { due: number | undefined };
  const read = { due: (x: Item) => x.due, clock: () => clock };
  const items: Item[] = [
    { due: now - 60_000 },
    { due: now - 1 },
    { due: at(MSK, '2026-11-25 13:10') }, // 40 working minutes
    { due: at(MSK, '2026-11-25 14:20') }, // 50: lunch does not count
    { due: at(MSK, '2026-11-25 16:00') },
    { due: at(MSK, '2026-11-26 10:00') },
  ];

  it('is exact when the head is every open case, or reaches past the one-hour horizon', () => {
    expect(countUrgencyOfHead(items.slice(0, 3), now, read, [clock], true)).toEqual({ overdue: 2, soon: 1 });
    expect(countUrgencyOfHead(items.slice(0, 5), now, read, [clock], false)).toEqual({ overdue: 2, soon: 2 });
    expect(countUrgencyOfHead(items.slice(0, 5), now, read, [clock], false)).toEqual(countUrgencySorted(items, now, read, [clock]));
  });

  it('leaves out («0») what the head cannot establish', () => {
    // Ends inside the hour: more «soon» cases may follow.
    expect(countUrgencyOfHead(items.slice(0, 4), now, read, [clock], false)).toEqual({ overdue: 2, soon: 0 });
    // Every case of the head overdue: more overdue cases may follow, and nothing is known about «soon».
    expect(countUrgencyOfHead(items.slice(0, 2), now, read, [clock], false)).toEqual({ overdue: 0, soon: 0 });
    // Open cases without a due moment come last: a head that reaches them has seen every dated one.
    expect(countUrgencyOfHead([...items.slice(0, 3), { due: undefined }], now, read, [clock], false)).toEqual({ overdue: 2, soon: 1 });
  });
});
