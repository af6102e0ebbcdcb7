/**
 * The live preview's sample: each stage as if its event happened at the moment of detection
 * (Mon 16.03.2026 09:00 in the regulation's zone), so every stage of every preset gets a deadline
 * worked out from its own rule.
 */
import { describe, expect, it } from 'vitest';
import { calendarFor } from '../../../utils/cases/deadlines';
import { regulationPresets, type PresetId } from '../../../utils/regulation/presets/index';
import { formatLocalDateTime, parseLocalDateTime } from '../../../utils/worktime/zone';
import { previewDeadlines } from './preview';

function dues(id: PresetId, options: { importance?: 'normal' | 'high'; several?: boolean } = {}) {
  const regulation = regulationPresets[id];
  const detectedAt = parseLocalDateTime('2026-03-16 09:00', regulation.timeZone);
  const rows = previewDeadlines(regulation, { detectedAt, importance: options.importance ?? 'normal', severalExecutors: options.several ?? false }, calendarFor(regulation));
  return Object.fromEntries(rows.map((r) => [r.rule.id, r.due === undefined ? null : formatLocalDateTime(r.due, regulation.timeZone)]));
}

describe('previewDeadlines', () => {
  it('gives Korenovsk every stage, the co-executors’ part only with several executors', () => {
    expect(dues('korenovsk')).toEqual({
      route: '2026-03-16 09:30', // 30 wm from detection (p. 10)
      returnNotCompetent: '2026-03-16 09:30',
      reroute: '2026-03-16 09:30',
      clarify: '2026-03-16 10:00', // 1 wh (p. 13)
      part: null, // one executor: p. 19 does not apply
      draft: '2026-03-16 15:00', // 3 wh before the answer's 18:00 (p. 12)
      approve: '2026-03-16 09:30',
      revise: '2026-03-16 10:00',
      publish: '2026-03-16 09:30',
      answer: '2026-03-16 18:00', // 8 wh (p. 9)
      final: '2026-03-25 18:00', // 7 wd after Mon 16.03: 17, 18, 19, 20, 23, 24, 25 (p. 18)
    });
    expect(dues('korenovsk', { several: true }).part).toBe('2026-03-16 11:00');
    // p. 17: high importance, 4 wh; the draft then is due 3 wh before 13:00.
    expect(dues('korenovsk', { importance: 'high' })).toMatchObject({ answer: '2026-03-16 13:00', draft: '2026-03-16 10:00' });
  });

  it('applies Idrinsky’s calendar-hours rule and its posting-based terms', () => {
    expect(dues('idrinsky')).toEqual({
      route: '2026-03-16 12:00', // 3 h from posting (= detection in the sample), p. 3.1
      draft: '2026-03-16 13:00',
      revise: '2026-03-16 12:00',
      prepare: '2026-03-17 08:00', // 23 calendar hours, no weekend in between
      answer: '2026-03-17 09:00', // 24 calendar hours; 8 working hours were reached at Mon 18:00, earlier
      explain: '2026-03-17 13:00', // 12 wh from posting: 8 on Monday, 4 on Tuesday (p. 3.7)
    });
  });

  it('counts Blagoveshchensk’s final draft one working day before the final answer', () => {
    expect(dues('blagoveshchensk')).toMatchObject({ finalDraft: '2026-03-24 18:00', final: '2026-03-25 18:00', answer: '2026-03-16 18:00' });
  });
});
