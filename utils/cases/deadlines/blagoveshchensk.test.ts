/**
 * Seed 002, Благовещенск (Asia/Yakutsk, UTC+9; Mon–Fri 09–13, 14–18 local). Clause numbers are the
 * Порядок's. Calendar facts: 08.03.2026 is a Sunday, so Mon 09.03.2026 is off; Fri 06.03 is NOT
 * shortened (a weekend lies between it and the holiday).
 */
import { describe, expect, it } from 'vitest';
import { regulationPresets } from '../../regulation';
import { computeDeadlines } from '../deadlines';
import { stageOf, wallClock } from './test-helpers';

const regulation = regulationPresets.blagoveshchensk;
const { ev, caseOf, summary } = wallClock('Asia/Yakutsk');

// Detected Wed 04.03.2026 11:00 Yakutsk time (02:00 UTC). Three executors, «a» writes the joint answer.
const interimThenFinal = caseOf('2026-03-04 11:00', [
  ev('routed', '2026-03-04 11:20', { executors: ['a', 'b', 'c'], lead: 'a' }),
  ev('partSubmitted', '2026-03-04 13:50', { executor: 'b', text: '…' }),
  ev('partSubmitted', '2026-03-04 14:40', { executor: 'c', text: '…' }),
  ev('draftSubmitted', '2026-03-04 15:50', { kind: 'interim', text: '…' }),
  ev('approved', '2026-03-04 16:10'),
  ev('interimPublished', '2026-03-04 16:30'),
  ev('draftSubmitted', '2026-03-13 17:00', { kind: 'answer', text: '…' }),
  ev('returnedForRevision', '2026-03-13 17:20', { reason: 'wrongFormat' }),
  ev('draftSubmitted', '2026-03-16 09:10', { kind: 'answer', text: '…' }),
  ev('approved', '2026-03-16 09:30'),
  ev('finalPublished', '2026-03-16 09:50'),
]);

describe('Blagoveshchensk (seed 002)', () => {
  it('several executors, interim answer, final answer with the «1 working day before» draft, revision', () => {
    expect(summary(computeDeadlines(interimThenFinal, regulation))).toEqual({
      // p. 7: 30 min (working, inferred) from detection → 11:30. Routed 11:20.
      route: '2026-03-04 11:30 ✓ 2026-03-04 11:20',
      // p. 8: 2 h (working, inferred) from the routing → 11:20–13:00 (1 h 40) + 14:00–14:20. Optional.
      returnNotCompetent: '2026-03-04 14:20 optional',
      // p. 15.3: each co-executor's part within 2 h of the routing → 14:20. «a» is the lead and
      // sends no part; «c» sent the last one at 14:40: late.
      part: '2026-03-04 14:20 ✓ 2026-03-04 14:40 LATE',
      // p. 10: 4 h before the p. 9 deadline (Thu 11:00): Thu 09–11 (2 h) + Wed 16–18 (2 h) → Wed 16:00.
      draft: '2026-03-04 16:00 ✓ 2026-03-04 15:50',
      // p. 11: 30 min from the LATEST draft (Mon 16.03 09:10) → 09:40; approved 09:30.
      approve: '2026-03-16 09:40 ✓ 2026-03-16 09:30',
      // p. 12: 1 h from the return (Fri 13.03 17:20): 40 min Friday + 20 min Monday → Mon 09:20.
      // Resubmitted 09:10.
      revise: '2026-03-16 09:20 ✓ 2026-03-16 09:10',
      // p. 13: 30 min from the latest approval (09:30) → 10:00; final answer published 09:50.
      publish: '2026-03-16 10:00 ✓ 2026-03-16 09:50',
      // p. 9: 8 wh from detection: Wed 11–13, 14–18 (6 h) + Thu 05.03 09–11 → Thu 11:00. The
      // interim answer (Wed 16:30) meets it.
      answer: '2026-03-05 11:00 ✓ 2026-03-04 16:30',
      // p. 10: 1 working day before the p. 14 term: the closing of the working day before Mon
      // 16.03 → Fri 13.03 18:00. The first draft after the interim answer: Fri 17:00.
      finalDraft: '2026-03-13 18:00 ✓ 2026-03-13 17:00',
      // p. 14: 7 wd counted from Thu 05.03: Thu 05 (1), Fri 06 (2), 07–09.03 off, Tue 10 (3), Wed 11 (4),
      // Thu 12 (5), Fri 13 (6), Mon 16.03 (7) → 18:00.
      final: '2026-03-16 18:00 ✓ 2026-03-16 09:50',
    });
  });

  it('is computed in Yakutsk time whatever the machine’s zone', () => {
    const deadlines = computeDeadlines(interimThenFinal, regulation);
    expect(stageOf(deadlines, 'answer').due).toBe(Date.UTC(2026, 2, 5, 2, 0)); // Thu 11:00 UTC+9
    expect(stageOf(deadlines, 'final').due).toBe(Date.UTC(2026, 2, 16, 9, 0)); // Mon 18:00 UTC+9
  });

  it('a part stage waits for the executors who have not sent theirs', () => {
    const c = caseOf('2026-03-04 11:00', [
      ev('routed', '2026-03-04 11:20', { executors: ['a', 'b', 'c'], lead: 'a' }),
      ev('partSubmitted', '2026-03-04 13:50', { executor: 'b', text: '…' }),
    ]);
    expect(summary(computeDeadlines(c, regulation)).part).toBe('2026-03-04 14:20 waiting: c');
  });

  it('one executor: no part stage', () => {
    const c = caseOf('2026-03-04 11:00', [ev('routed', '2026-03-04 11:20', { executors: ['a'] })]);
    expect(computeDeadlines(c, regulation).map((d) => d.stage)).toEqual(['route', 'returnNotCompetent', 'draft', 'answer']);
  });

  it('a regulation that ends working days at midnight moves the final term and its draft to 24:00', () => {
    const midnight = { ...regulation, workingDayEnds: 'midnight' as const };
    const deadlines = summary(computeDeadlines(interimThenFinal, midnight));
    expect(deadlines.final).toBe('2026-03-17 00:00 ✓ 2026-03-16 09:50');
    expect(deadlines.finalDraft).toBe('2026-03-14 00:00 ✓ 2026-03-13 17:00');
  });
});
