/**
 * The rules of computeDeadlines that do not belong to one seed: calendars and their cache, user
 * edits of a preset (calendar clock, overrides), the queue index, and defensive behaviour.
 */
import { describe, expect, it } from 'vitest';
import { copyRegulation, regulationPresets, type Regulation } from '../../regulation';
import { calendarCacheKey, calendarFor, computeDeadlines, nextDue, type StageDeadline } from '../deadlines';
import { stageOf, wallClock } from './test-helpers';

const korenovsk = regulationPresets.korenovsk;
const { at, ev, caseOf, summary } = wallClock('Europe/Moscow');

describe('calendarFor', () => {
  it('returns the same calendar for the same regulation and overrides, another one when they differ', () => {
    expect(calendarFor(korenovsk)).toBe(calendarFor(korenovsk));
    expect(calendarFor(korenovsk, { '2026-11-05': [] })).toBe(calendarFor(korenovsk, { '2026-11-05': [] }));
    expect(calendarFor(korenovsk, { '2026-11-05': [] })).not.toBe(calendarFor(korenovsk));
    const yakutsk = { ...korenovsk, timeZone: 'Asia/Yakutsk' };
    expect(calendarCacheKey(yakutsk)).not.toBe(calendarCacheKey(korenovsk));
    expect(calendarFor(yakutsk).timeZone).toBe('Asia/Yakutsk');
  });

  it('applies the administration’s own day overrides (a regional day off)', () => {
    // Korenovsk p. 9 from Tue 03.11.2026 16:00: 1 h on the shortened Tuesday, 04.11 holiday; with
    // Thu 05.11 declared a local day off, Fri 06.11 09–13, 14–17 → 17:00.
    const c = caseOf('2026-11-03 16:00', []);
    const answer = stageOf(computeDeadlines(c, korenovsk, calendarFor(korenovsk, { '2026-11-05': [] })), 'answer');
    expect(summary([answer]).answer).toBe('2026-11-06 17:00');
  });
});

describe('computeDeadlines', () => {
  it('follows a user’s edit: the answer on a calendar clock is 24 hours of wall-clock time', () => {
    const edited = copyRegulation(korenovsk, 'round-the-clock');
    const answerRule = edited.stages.find((s) => s.id === 'answer')!;
    answerRule.term = { kind: 'after', duration: 24, unit: 'hours', clock: 'calendar' };
    answerRule.variants = [];
    const c = caseOf('2026-11-06 21:40', []);
    expect(stageOf(computeDeadlines(c, edited), 'answer').due).toBe(at('2026-11-07 21:40'));
  });

  it('lists a stage only once the event it counts from has happened', () => {
    const c = caseOf('2026-11-16 10:00', []);
    expect(computeDeadlines(c, korenovsk).map((d) => d.stage)).toEqual(['route', 'answer']);
  });

  it('takes importance from the latest routing or correction, not the case’s first value', () => {
    const routedHigh = caseOf('2026-11-16 10:00', [ev('routed', '2026-11-16 10:10', { executors: ['a'], importance: 'high' })]);
    expect(summary(computeDeadlines(routedHigh, korenovsk)).answer).toBe('2026-11-16 15:00'); // 4 wh (p. 17)
    const corrected = { ...routedHigh, events: [...routedHigh.events, ev('edited', '2026-11-16 10:20', { field: 'importance', from: 'high', to: 'normal' })] };
    expect(summary(computeDeadlines(corrected, korenovsk)).answer).toBe('2026-11-17 10:00'); // 8 wh (p. 9)
    const highCase = caseOf('2026-11-16 10:00', [], { importance: 'high' });
    expect(summary(computeDeadlines(highCase, korenovsk)).answer).toBe('2026-11-16 15:00');
  });

  it('reads a backdated event in the order of its moment, not of its entry', () => {
    const c = caseOf('2026-11-16 10:00', [
      ev('draftSubmitted', '2026-11-16 11:00', { kind: 'answer', text: '…' }),
      ev('routed', '2026-11-16 10:10', { executors: ['a'] }), // entered later, happened earlier
    ]);
    // p. 12: 3 wh before the answer term (Tue 10:00) → Mon 16:00; done by the draft at 11:00,
    // which follows the routing in time although it was entered first.
    expect(summary(computeDeadlines(c, korenovsk)).draft).toBe('2026-11-16 16:00 ✓ 2026-11-16 11:00');
  });

  it('marks open stages overdue only when `now` is given, and never an optional one', () => {
    const c = caseOf('2026-11-16 10:00', [ev('routed', '2026-11-16 10:10', { executors: ['a'] })]);
    const late = computeDeadlines(c, korenovsk, undefined, at('2026-11-20 10:00'));
    expect(stageOf(late, 'answer').late).toBe(true);
    expect(stageOf(late, 'returnNotCompetent').late).toBeUndefined();
    expect(stageOf(computeDeadlines(c, korenovsk), 'answer').late).toBeUndefined();
    expect(stageOf(computeDeadlines(c, korenovsk, undefined, at('2026-11-16 10:30')), 'answer').late).toBe(false);
  });

  it('counts co-executors’ parts without ids by their number', () => {
    const c = caseOf('2026-11-16 10:00', [ev('routed', '2026-11-16 10:10', {}), ev('partSubmitted', '2026-11-16 11:00', { text: '…' })], { executorsCount: 2 });
    expect(summary(computeDeadlines(c, korenovsk)).part).toBe('2026-11-16 12:10');
    const both = { ...c, events: [...c.events, ev('partSubmitted', '2026-11-16 12:30', { text: '…' })] };
    expect(summary(computeDeadlines(both, korenovsk)).part).toBe('2026-11-16 12:10 ✓ 2026-11-16 12:30 LATE');
  });

  it('survives a cyclic regulation that skipped validation: the cycle has no due, the rest is computed', () => {
    const broken = structuredClone(korenovsk) as Regulation;
    broken.stages.find((s) => s.id === 'answer')!.term = { kind: 'before', stage: 'draft', duration: 1, unit: 'hours', clock: 'working' };
    broken.stages.find((s) => s.id === 'answer')!.variants = [];
    const c = caseOf('2026-11-16 10:00', [ev('routed', '2026-11-16 10:10', { executors: ['a'] })]);
    const stages = computeDeadlines(c, broken).map((d) => d.stage);
    expect(stages).not.toContain('answer');
    expect(stages).not.toContain('draft');
    expect(stages).toContain('route');
  });
});

describe('nextDue', () => {
  const d = (stage: string, due: number, extra: Partial<StageDeadline> = {}) =>
    ({ stage, due, provisional: false, actor: 'executor', from: 'captured', startedAt: 0, label: { ru: stage, en: stage }, clause: 'п. 1', ...extra }) as StageDeadline;

  it('picks the nearest stage that is not done, stopped or optional', () => {
    const list = [d('route', 5, { done: 4 }), d('returnNotCompetent', 6, { optional: true }), d('answer', 30), d('draft', 20), d('part', 10, { stopped: 8 })];
    expect(nextDue(list)?.stage).toBe('draft');
    expect(nextDue([d('route', 5, { done: 6, late: true })])).toBeUndefined();
    expect(nextDue([])).toBeUndefined();
  });
});
