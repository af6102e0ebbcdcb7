/**
 * Seed 003, Кореновск (Europe/Moscow, Mon–Fri 09–13, 14–18). Clause numbers are приложение № 2's.
 * Calendar facts: Sat 20.02.2027 is a working, shortened Saturday (09–13, 14–17), 21–23.02.2027 are
 * off; Tue 03.11.2026 is shortened (to 17:00) before the 04.11 holiday; 31.12.2026 and 01–10.01.2027
 * are off.
 */
import { describe, expect, it } from 'vitest';
import { regulationPresets } from '../../regulation';
import { computeDeadlines, nextDue } from '../deadlines';
import { wallClock } from './test-helpers';

const regulation = regulationPresets.korenovsk;
const { at, ev, caseOf, summary } = wallClock('Europe/Moscow');

describe('Korenovsk (seed 003)', () => {
  it('a high-importance incident on a working Saturday (p. 17): 4 working hours', () => {
    // Detected Sat 20.02.2027 10:00. The case says «normal»; the routing marks it high importance.
    const c = caseOf('2027-02-20 10:00', [
      ev('routed', '2027-02-20 10:20', { executors: ['blago'], importance: 'high' }),
      ev('draftSubmitted', '2027-02-20 10:55', { kind: 'answer', text: '…' }),
      ev('approved', '2027-02-20 11:20'),
      ev('published', '2027-02-20 11:45', { kind: 'answer' }),
    ]);
    expect(summary(computeDeadlines(c, regulation))).toEqual({
      route: '2027-02-20 10:30 ✓ 2027-02-20 10:20', // p. 10: 30 working minutes from detection
      returnNotCompetent: '2027-02-20 10:50 optional', // p. 11: 30 wm from the routing
      clarify: '2027-02-20 11:20 optional', // p. 13: 1 wh from the routing, only if needed
      // p. 12: 3 wh before the p. 17 term (15:00): 14–15 (1 h) + 11–13 (2 h) → 11:00.
      draft: '2027-02-20 11:00 ✓ 2027-02-20 10:55',
      approve: '2027-02-20 11:25 ✓ 2027-02-20 11:20', // p. 14: 30 wm from the draft
      publish: '2027-02-20 11:50 ✓ 2027-02-20 11:45', // p. 16: 30 wm from the approval
      // p. 17: 4 wh from detection on the shortened Saturday: 10–13 (3 h) + 14–15 → 15:00.
      answer: '2027-02-20 15:00 ✓ 2027-02-20 11:45',
    });
  });

  it('the same incident at normal importance (p. 9): 8 working hours, over the 21–23.02 days off', () => {
    const c = caseOf('2027-02-20 10:00', [ev('routed', '2027-02-20 10:20', { executors: ['blago'] })]);
    const deadlines = summary(computeDeadlines(c, regulation));
    // p. 9: Saturday 10–13, 14–17 (6 h); 21, 22, 23.02 off; Wed 24.02 09–11 → 11:00.
    expect(deadlines.answer).toBe('2027-02-24 11:00');
    // p. 12: 3 wh before it: Wed 09–11 (2 h) + Saturday 16–17 (1 h) → Sat 16:00.
    expect(deadlines.draft).toBe('2027-02-20 16:00');
  });

  it('return as outside competence and re-routing (p. 11), clarification (p. 13), revision (p. 15), pre-holiday day', () => {
    // Detected Tue 03.11.2026 16:00, a shortened day (ends 17:00); Wed 04.11 is a holiday.
    const c = caseOf('2026-11-03 16:00', [
      ev('routed', '2026-11-03 16:10', { executors: ['mup'] }),
      ev('returnedNotCompetent', '2026-11-03 16:35', { reason: 'вопрос управляющей компании' }),
      ev('routed', '2026-11-05 09:00', { executors: ['uk'] }),
      ev('draftSubmitted', '2026-11-05 09:40', { kind: 'clarification', text: 'Уточните адрес' }),
      ev('approved', '2026-11-05 09:55'),
      ev('clarificationRequested', '2026-11-05 10:05'),
      ev('draftSubmitted', '2026-11-05 13:30', { kind: 'answer', text: '…' }),
      ev('returnedForRevision', '2026-11-05 14:10', { reason: 'spelling' }),
      ev('draftSubmitted', '2026-11-05 15:20', { kind: 'answer', text: '…' }),
      ev('approved', '2026-11-05 15:40'),
      ev('published', '2026-11-05 16:20', { kind: 'answer' }),
    ]);
    expect(summary(computeDeadlines(c, regulation))).toEqual({
      route: '2026-11-03 16:30 ✓ 2026-11-03 16:10', // p. 10
      // p. 11, counted from the LATEST routing (Thu 09:00) → 09:30; the new executor keeps it.
      returnNotCompetent: '2026-11-05 09:30 optional',
      // p. 11: the curator re-routes within 30 wm of the return (16:35): 25 min on the shortened
      // Tuesday + 5 min on Thu 05.11 → 09:05. Re-routed 09:00.
      reroute: '2026-11-05 09:05 ✓ 2026-11-05 09:00',
      // p. 13: 1 wh from the routing (09:00) → 10:00. A clarification was drafted: no longer optional.
      clarify: '2026-11-05 10:00 ✓ 2026-11-05 09:40',
      // p. 12: 3 wh before the answer term (17:00) → 14:00 (the afternoon opening itself). The
      // clarification does not count as the draft answer; the answer draft came at 13:30.
      draft: '2026-11-05 14:00 ✓ 2026-11-05 13:30',
      // p. 14: from the latest draft (15:20) → 15:50; approved 15:40.
      approve: '2026-11-05 15:50 ✓ 2026-11-05 15:40',
      // p. 15: 1 wh from the return (14:10) → 15:10; resubmitted 15:20: late.
      revise: '2026-11-05 15:10 ✓ 2026-11-05 15:20 LATE',
      // p. 16: 30 wm from the latest approval (15:40) → 16:10; published 16:20: late.
      publish: '2026-11-05 16:10 ✓ 2026-11-05 16:20 LATE',
      // p. 9: 8 wh from detection, neither restarted by the re-routing nor paused by the
      // clarification request: Tue 16–17 (1 h), Wed 04.11 holiday, Thu 09–13, 14–17 (7 h) → 17:00.
      answer: '2026-11-05 17:00 ✓ 2026-11-05 16:20',
    });
  });

  it('interim → final across the New Year holidays; the curator sets the sub-stage terms after an interim answer (p. 18)', () => {
    const c = caseOf('2026-12-30 09:00', [
      ev('routed', '2026-12-30 09:10', { executors: ['stroy'] }),
      ev('draftSubmitted', '2026-12-30 10:00', { kind: 'interim', text: '…' }),
      ev('approved', '2026-12-30 10:10'),
      ev('interimPublished', '2026-12-30 10:30'),
      ev('draftSubmitted', '2027-01-15 10:00', { kind: 'answer', text: '…' }),
    ]);
    const now = at('2027-01-19 18:01');
    const deadlines = computeDeadlines(c, regulation, undefined, now);
    expect(summary(deadlines)).toEqual({
      route: '2026-12-30 09:30 ✓ 2026-12-30 09:10',
      returnNotCompetent: '2026-12-30 09:40 optional',
      clarify: '2026-12-30 10:10 optional',
      // p. 12: 3 wh before 18:00 → 15:00; the interim draft at 10:00.
      draft: '2026-12-30 15:00 ✓ 2026-12-30 10:00',
      // No approve for the final draft of 15.01: after an interim answer the curator sets it (p. 18).
      publish: '2026-12-30 10:40 ✓ 2026-12-30 10:30',
      // p. 9: 8 wh on Wed 30.12, a full day (31.12 is a transferred day off, not a holiday, so
      // 30.12 is not shortened) → 18:00; the interim answer meets it.
      answer: '2026-12-30 18:00 ✓ 2026-12-30 10:30',
      // p. 18: 7 wd counted from the next day: 31.12 and 01–10.01 off; Mon 11 (1), 12 (2), 13 (3),
      // 14 (4), Fri 15 (5), Mon 18 (6), Tue 19.01.2027 (7) → 18:00. Not published at 18:01: late.
      final: '2027-01-19 18:00 LATE',
    });
    expect(nextDue(deadlines)?.stage).toBe('final');
  });

  it('a final answer published exactly at the closing time is on time', () => {
    const c = caseOf('2026-12-30 09:00', [ev('interimPublished', '2026-12-30 10:30'), ev('finalPublished', '2027-01-19 18:00')]);
    expect(summary(computeDeadlines(c, regulation)).final).toBe('2027-01-19 18:00 ✓ 2027-01-19 18:00');
  });
});
