/**
 * Seed 000, Большой Бейсуг (Europe/Moscow, Mon–Fri 09–13, 14–18). Clause numbers are the Положение's.
 * Calendar facts used: 31.12.2026 is a transferred day off (not shortened before it: 30.12 is a full
 * day), 01–10.01.2027 are off, 11.01.2027 is a Monday at work; 30.04.2026 is shortened (to 17:00),
 * 01–03.05.2026 are off.
 */
import { describe, expect, it } from 'vitest';
import { regulationPresets } from '../../regulation';
import { computeDeadlines, nextDue } from '../deadlines';
import { stageOf, wallClock } from './test-helpers';

const regulation = regulationPresets['bolshoy-beysug'];
const { at, ev, caseOf, summary } = wallClock('Europe/Moscow');

describe('Bolshoy Beysug (seed 000)', () => {
  it('overnight start before the New Year holidays, return as outside competence and re-routing', () => {
    // Detected Tue 29.12.2026 21:40, after hours: every working clock starts Wed 30.12 09:00.
    const c = caseOf('2026-12-29 21:40', [
      ev('routed', '2026-12-30 10:00', { executors: ['ivanova'] }), // the head names the executor (p. 6)
      ev('returnedNotCompetent', '2026-12-30 10:20', { reason: 'не наш вопрос' }), // p. 7: within 30 min
      ev('routed', '2026-12-30 11:00', { executors: ['petrov'] }), // routed again
      ev('draftSubmitted', '2026-12-30 17:30', { kind: 'answer', text: '…' }),
      ev('approved', '2026-12-30 17:45'),
      ev('published', '2027-01-11 09:15', { kind: 'answer' }),
    ]);
    expect(summary(computeDeadlines(c, regulation))).toEqual({
      // p. 7, counted from the LATEST routing (11:00): 30 working minutes → 11:30. Optional: the
      // second executor did not return it, which is not late.
      returnNotCompetent: '2026-12-30 11:30 optional',
      // p. 9, from the latest routing: 11:00–13:00 (2 h) + 14:00–18:00 (4 h) = 6 wh → 18:00 sharp,
      // the closing itself, not the next morning. Done 17:30.
      draft: '2026-12-30 18:00 ✓ 2026-12-30 17:30',
      // p. 10: 1 wh from the draft (17:30): 30 min on 30.12, then 31.12 and 01–10.01 are off,
      // 30 min on Mon 11.01.2027 → 09:30. Published 09:15.
      publish: '2027-01-11 09:30 ✓ 2027-01-11 09:15',
      // p. 8: 12 wh from detection, NOT restarted by the re-routing: 8 wh on 30.12 (09–13, 14–18),
      // then 4 wh on Mon 11.01.2027 (09–13) → 13:00. Done 09:15.
      answer: '2027-01-11 13:00 ✓ 2027-01-11 09:15',
    });
  });

  it('the first routing’s draft clock is replaced by the re-routing’s', () => {
    const c = caseOf('2026-12-30 09:00', [
      ev('routed', '2026-12-30 09:10', { executors: ['ivanova'] }),
      ev('returnedNotCompetent', '2026-12-30 09:30', { reason: 'не наш вопрос' }),
    ]);
    const returned = computeDeadlines(c, regulation);
    // After the return and before a new routing the executor's draft clock is stopped at the return.
    expect(summary(returned).draft).toBe('2026-12-30 16:10 stopped 2026-12-30 09:30');
    expect(summary(returned).returnNotCompetent).toBe('2026-12-30 09:40 ✓ 2026-12-30 09:30 optional');
    expect(nextDue(returned)?.stage).toBe('answer');

    const rerouted = computeDeadlines({ ...c, events: [...c.events, ev('routed', '2026-12-30 15:00', { executors: ['petrov'] })] }, regulation);
    // 6 wh from 15:00: 3 h on 30.12, then Mon 11.01.2027 09:00–12:00.
    expect(summary(rerouted).draft).toBe('2027-01-11 12:00');
    expect(stageOf(rerouted, 'draft').startedAt).toBe(at('2026-12-30 15:00'));
  });

  it('interim answer, then the final one within 7 working days across the May holidays', () => {
    // Detected Fri 24.04.2026 10:00. Interim answer published Fri 24.04 15:00.
    const c = caseOf('2026-04-24 10:00', [
      ev('routed', '2026-04-24 10:05', { executors: ['ivanova'] }),
      ev('draftSubmitted', '2026-04-24 14:00', { kind: 'interim', text: '…' }),
      ev('approved', '2026-04-24 14:20'),
      ev('interimPublished', '2026-04-24 14:40'),
      ev('draftSubmitted', '2026-05-06 16:30', { kind: 'answer', text: '…' }),
      ev('approved', '2026-05-06 17:00'),
      ev('finalPublished', '2026-05-06 17:45'),
    ]);
    expect(summary(computeDeadlines(c, regulation))).toEqual({
      returnNotCompetent: '2026-04-24 10:35 optional',
      // p. 9: 6 wh from 10:05 → 10:05–13:00 (2 h 55) + 14:00–17:05 → 17:05. The interim draft at 14:00.
      draft: '2026-04-24 17:05 ✓ 2026-04-24 14:00',
      // p. 10, from the LATEST draft (the final one, Wed 06.05 16:30) + 1 wh → 17:30. Done 17:45: late.
      publish: '2026-05-06 17:30 ✓ 2026-05-06 17:45 LATE',
      // p. 8: 12 wh from Fri 10:00: 7 wh on Friday, 5 wh on Mon 27.04 (09–13, 14–15) → 15:00.
      // The interim answer (14:40 Friday) meets it.
      answer: '2026-04-27 15:00 ✓ 2026-04-24 14:40',
      // p. 11: 7 wd counted from the next day: Mon 27 (1), Tue 28 (2), Wed 29 (3), Thu 30.04 (4,
      // shortened), 01–03.05 off, Mon 04 (5), Tue 05 (6), Wed 06.05 (7) → its closing 18:00.
      final: '2026-05-06 18:00 ✓ 2026-05-06 17:45',
    });
  });

  it('a rejection (p. 14) stops every open stage; the queue has nothing left for the case', () => {
    const c = caseOf('2026-11-16 10:00', [
      ev('routed', '2026-11-16 10:30', { executors: ['ivanova'] }),
      ev('rejected', '2026-11-16 11:00', { reason: 'obscene' }),
    ]);
    const deadlines = computeDeadlines(c, regulation, undefined, at('2026-11-30 10:00'));
    expect(summary(deadlines)).toEqual({
      returnNotCompetent: '2026-11-16 11:00 optional stopped 2026-11-16 11:00', // p. 7: 10:30 + 30 min
      draft: '2026-11-16 17:30 stopped 2026-11-16 11:00', // p. 9: 10:30 + 6 wh (2 h 30 + 3 h 30)
      answer: '2026-11-17 15:00 stopped 2026-11-16 11:00', // p. 8: 7 wh on Monday + 5 wh on Tuesday (09–13, 14–15)
    });
    expect(deadlines.every((d) => d.late === undefined)).toBe(true);
    expect(nextDue(deadlines)).toBeUndefined();
  });
});
