/**
 * Seed 004, Луга (Europe/Moscow, Mon–Fri 09–13, 14–18). Clause numbers are the Положение's. The
 * regional authority (ОИВ) detects and routes; `captured` is its detection, `routed` the moment the
 * message reached the administration. Calendar facts: Sat 01.11.2025 is a working, shortened
 * Saturday (09–13, 14–17), 02–04.11.2025 are off; the production calendar has data up to 2027.
 */
import { describe, expect, it } from 'vitest';
import { regulationPresets } from '../../regulation';
import { computeDeadlines, nextDue } from '../deadlines';
import { stageOf, wallClock } from './test-helpers';

const regulation = regulationPresets.luga;
const { at, ev, caseOf, summary } = wallClock('Europe/Moscow');

describe('Luga (seed 004)', () => {
  it('a working Saturday, a revision, an interim answer and the final term after the November holidays', () => {
    // The ОИВ detected the message on Fri 31.10.2025 15:00.
    const c = caseOf('2025-10-31 15:00', [
      ev('routed', '2025-10-31 15:30', { executors: ['kultura'] }),
      ev('draftSubmitted', '2025-11-01 11:00', { kind: 'interim', text: '…' }),
      ev('returnedForRevision', '2025-11-01 12:00', { reason: 'other', comment: 'добавьте срок' }),
      ev('draftSubmitted', '2025-11-01 14:10', { kind: 'interim', text: '…' }),
      ev('approved', '2025-11-01 14:30'),
      ev('interimPublished', '2025-11-01 14:50'),
    ]);
    expect(summary(computeDeadlines(c, regulation))).toEqual({
      returnNotCompetent: '2025-10-31 16:00 optional', // p. 5: 30 min (working, inferred) from receipt
      // p. 7: 5 wh from receipt (Fri 15:30): 2 h 30 on Friday + Sat 01.11 09:00–11:30.
      draft: '2025-11-01 11:30 ✓ 2025-11-01 11:00',
      // p. 8: 1 h (working, inferred) from the return (12:00) → 13:00, the lunch closing itself.
      // Resubmitted 14:10: late.
      revise: '2025-11-01 13:00 ✓ 2025-11-01 14:10 LATE',
      // p. 9: 30 min (working, inferred) from the approval 14:30 → 15:00; interim published 14:50.
      publish: '2025-11-01 15:00 ✓ 2025-11-01 14:50',
      // p. 6: 9 wh from the ОИВ's detection: Fri 15–18 (3 h), Sat 09–13 (4 h), 14–16 (2 h) → Sat 16:00.
      answer: '2025-11-01 16:00 ✓ 2025-11-01 14:50',
      // p. 10: 7 wd counted from Sun 02.11: 02–04.11 off; Wed 05 (1), Thu 06 (2), Fri 07 (3),
      // Mon 10 (4), Tue 11 (5), Wed 12 (6), Thu 13.11.2025 (7) → 18:00.
      final: '2025-11-13 18:00',
    });
  });

  it('a final term beyond the calendar’s data is provisional', () => {
    // Interim answer Fri 24.12.2027; 31.12.2027 is off; 2028 has no decree yet: Mon–Fri alone.
    const c = caseOf('2027-12-24 09:00', [ev('interimPublished', '2027-12-24 12:00')]);
    const final = stageOf(computeDeadlines(c, regulation), 'final');
    // Mon 27 (1), Tue 28 (2), Wed 29 (3), Thu 30 (4), Mon 03.01.2028 (5), Tue 04 (6), Wed 05 (7).
    expect(summary([final]).final).toBe('2028-01-05 18:00 provisional');
    expect(stageOf(computeDeadlines(c, regulation), 'answer').provisional).toBe(false);
  });

  it('a return to the ОИВ stops the executor’s stages; closing stops the rest; reopening and a new routing restart them', () => {
    const returned = caseOf('2026-11-16 09:00', [
      ev('routed', '2026-11-16 09:30', { executors: ['zhkh'] }),
      ev('returnedNotCompetent', '2026-11-16 09:50', { reason: 'региональная дорога' }),
    ]);
    const now = at('2026-11-17 10:01');
    expect(summary(computeDeadlines(returned, regulation, undefined, now))).toEqual({
      returnNotCompetent: '2026-11-16 10:00 ✓ 2026-11-16 09:50 optional',
      draft: '2026-11-16 15:30 stopped 2026-11-16 09:50', // p. 7: 09:30 + 5 wh, cut by the return
      // p. 6: 9 wh from detection (Mon 8 h + Tue 09–10) → Tue 10:00, overdue at 10:01.
      answer: '2026-11-17 10:00 LATE',
    });

    const closed = { ...returned, events: [...returned.events, ev('closed', '2026-11-16 10:00', { reason: 'возвращено в ОИВ' })] };
    const closedDeadlines = computeDeadlines(closed, regulation, undefined, now);
    expect(summary(closedDeadlines).answer).toBe('2026-11-17 10:00 stopped 2026-11-16 10:00');
    expect(nextDue(closedDeadlines)).toBeUndefined();

    const again = {
      ...closed,
      events: [...closed.events, ev('reopened', '2026-11-16 10:50', { reason: 'ОИВ направил снова' }), ev('routed', '2026-11-16 11:00', { executors: ['dorogi'] })],
    };
    expect(summary(computeDeadlines(again, regulation, undefined, now))).toEqual({
      returnNotCompetent: '2026-11-16 11:30 optional',
      draft: '2026-11-16 17:00 LATE', // p. 7: 11:00 + 5 wh (11–13, 14–17)
      answer: '2026-11-17 10:00 LATE',
    });
  });
});
