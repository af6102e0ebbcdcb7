/**
 * Seed 001, Идринский район (Asia/Krasnoyarsk, UTC+7; Mon–Fri 09–13, 14–18 local). Clause numbers
 * are the Порядок's. The answer term (p. 3.3) is «24 hours, weekends and holidays not counted, with
 * at least 8 working hours inside»: the later of the two moments.
 */
import { describe, expect, it } from 'vitest';
import { regulationPresets } from '../../regulation';
import { computeDeadlines, nextDue } from '../deadlines';
import { stageOf, wallClock } from './test-helpers';

const regulation = regulationPresets.idrinsky;
const { at, ev, caseOf, summary } = wallClock('Asia/Krasnoyarsk');

describe('Idrinsky (seed 001)', () => {
  it('24 hours win over 8 working hours; two returns for revision; the 23-hour total is missed', () => {
    // Posted Mon 16.11.2026 19:10, detected 20:00 (local).
    const c = caseOf(
      '2026-11-16 20:00',
      [
        ev('routed', '2026-11-17 10:00', { executors: ['zhkh'] }),
        ev('draftSubmitted', '2026-11-17 14:30', { kind: 'answer', text: '…' }),
        ev('returnedForRevision', '2026-11-17 15:00', { reason: 'notAnswering' }),
        ev('draftSubmitted', '2026-11-17 16:00', { kind: 'answer', text: '…' }),
        ev('returnedForRevision', '2026-11-17 16:30', { reason: 'other', comment: 'нет сроков' }),
        ev('draftSubmitted', '2026-11-18 10:00', { kind: 'answer', text: '…' }),
        ev('published', '2026-11-18 10:30', { kind: 'answer' }),
      ],
      { postedAt: at('2026-11-16 19:10') },
    );
    expect(summary(computeDeadlines(c, regulation))).toEqual({
      // p. 3.1: 3 wh from POSTING (19:10, after hours) → Tue 09:00 + 3 h = 12:00. Routed 10:00.
      route: '2026-11-17 12:00 ✓ 2026-11-17 10:00',
      // p. 3.2: 4 h (working, inferred) from the routing 10:00 → 10–13 (3 h) + 14–15 → 15:00.
      draft: '2026-11-17 15:00 ✓ 2026-11-17 14:30',
      // p. 3.2: 3 h (working, inferred) from the LATEST return (16:30): 1 h 30 on Tuesday + Wed 09:00–10:30.
      revise: '2026-11-18 10:30 ✓ 2026-11-18 10:00',
      // p. 3.2: 23 calendar hours without days off from detection (Mon 20:00) → Tue 19:00. Done by
      // the last draft not returned (Wed 10:00): late although each revision was on time.
      prepare: '2026-11-17 19:00 ✓ 2026-11-18 10:00 LATE',
      // p. 3.3: 24 h → Tue 20:00; 8 wh from Mon 20:00 → Tue 09–13, 14–18 → Tue 18:00. The later:
      // 20:00. Published Wed 10:30: late.
      answer: '2026-11-17 20:00 ✓ 2026-11-18 10:30 LATE',
      // p. 3.7: 12 wh from posting (Mon 19:10) → Tue 8 wh + Wed 09–13 → Wed 13:00. Only a possible
      // stage: no explanation was drafted.
      explain: '2026-11-18 13:00 optional',
    });
  });

  it('8 working hours win over 24 hours on a shortened pre-holiday day; posting unknown → detection', () => {
    // Detected Thu 30.04.2026 16:30 (shortened day, ends 17:00); 01–03.05 off; the page gave no posting time.
    const c = caseOf('2026-04-30 16:30', [
      ev('routed', '2026-05-04 10:00', { executors: ['culture'] }),
      ev('draftSubmitted', '2026-05-04 12:00', { kind: 'answer', text: '…' }),
      ev('published', '2026-05-04 17:20', { kind: 'answer' }),
    ]);
    const deadlines = computeDeadlines(c, regulation);
    expect(summary(deadlines)).toEqual({
      // p. 3.1 counts from posting; unknown, so from detection (flagged): 30 min on Thursday +
      // Mon 04.05 09:00–11:30.
      route: '2026-05-04 11:30 ✓ 2026-05-04 10:00 from detection',
      // p. 3.2: 10:00 + 4 wh → 10–13, 14–15 → 15:00.
      draft: '2026-05-04 15:00 ✓ 2026-05-04 12:00',
      // p. 3.2: 23 h: Thu 16:30→24:00 (7 h 30), 01–03.05 not counted, Mon 00:00 + 15 h 30 → 15:30.
      prepare: '2026-05-04 15:30 ✓ 2026-05-04 12:00',
      // p. 3.3: 24 h the same way → Mon 16:30; 8 wh: 30 min Thursday + 7 h 30 Monday (09–13,
      // 14–17:30) → 17:30. The later: 17:30. Published 17:20.
      answer: '2026-05-04 17:30 ✓ 2026-05-04 17:20',
      // p. 3.7: 12 wh from posting (unknown → detection): 30 min + Mon 8 h + Tue 05.05 09:00–12:30.
      explain: '2026-05-05 12:30 optional from detection',
    });
    expect(stageOf(deadlines, 'route').fallback).toBe('captured');
  });

  it('an explanation instead of an answer (p. 3.7): its 12 working hours replace the 24 hours', () => {
    const c = caseOf(
      '2026-04-30 16:30',
      [
        ev('routed', '2026-05-04 10:00', { executors: ['legal'] }),
        ev('draftSubmitted', '2026-05-04 12:00', { kind: 'explanation', text: 'Обжалование решения суда…' }),
      ],
      { postedAt: at('2026-04-30 16:00') },
    );
    const open = computeDeadlines(c, regulation, undefined, at('2026-05-05 12:01'));
    // Posted 16:00: 1 h on Thursday + Mon 8 h + Tue 05.05 09:00–12:00. Firm now (an explanation
    // was drafted) and overdue at 12:01; the answer stage is gone.
    expect(summary(open).explain).toBe('2026-05-05 12:00 LATE');
    expect(open.map((d) => d.stage)).toEqual(['route', 'draft', 'prepare', 'explain']);
    expect(nextDue(open)?.stage).toBe('explain');

    const published = computeDeadlines({ ...c, events: [...c.events, ev('published', '2026-05-05 11:50', { kind: 'explanation' })] }, regulation);
    expect(summary(published).explain).toBe('2026-05-05 12:00 ✓ 2026-05-05 11:50');
  });

  it('is computed in Krasnoyarsk time whatever the machine’s zone', () => {
    const c = caseOf('2026-11-16 20:00', []);
    const answer = stageOf(computeDeadlines(c, regulation), 'answer');
    // Tue 17.11.2026 20:00 in Krasnoyarsk (UTC+7) is 13:00 UTC.
    expect(answer.due).toBe(Date.UTC(2026, 10, 17, 13, 0));
  });
});
