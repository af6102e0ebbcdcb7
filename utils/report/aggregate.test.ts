/**
 * The report over a seeded set of cases (test-cases.ts), every figure worked out by hand.
 *
 * Regulation: Korenovsk (seed 003), Europe/Moscow, Mon–Fri 09:00–13:00 and 14:00–18:00.
 * Period: Q1 2026 = 2026-01-01 00:00 … 2026-04-01 00:00 MSK. Report made at Wed 2026-04-01 10:00 MSK.
 * Previous period: Q4 2025. 2026-01-01…11 are holidays and days off; 2025-12-31 is a day off.
 *
 * Which period a case belongs to: the one in which it was DETECTED. E (detected 2025-12-31 23:59,
 * answered 2026-01-12 17:00) is a Q4 2025 case; in the Q1 report it shows only as an answer given
 * in the period to an earlier message (answeredFromEarlier) and in the weekly chart's answers.
 *
 * Working minutes to the answer (detection → publication):
 *   L  Thu 01.01 00:00 → Mon 12.01 11:00: the clock starts Mon 09:00 → 120
 *   A  Mon 16.03 09:00 → Mon 16.03 18:00: 240 + 240                → 480 (due 18:00: ON TIME, the due minute itself)
 *   B  Tue 17.03 10:00 → Wed 18.03 10:01: 180 + 240 + 61           → 481 (due Wed 10:00: LATE by 1)
 *   C  Wed 18.03 11:00 → Wed 18.03 14:30 (interim): 120 + 30       → 150 (due Thu 11:00: on time)
 *   E  Wed 31.12 23:59 → Mon 12.01 17:00: 240 + 180                → 420 (Q4; due Mon 18:00: on time)
 *   I  Mon 15.12 10:00 → Tue 16.12 11:00: 180 + 240 + 120          → 540 (Q4; due Tue 10:00: late by 60)
 * F (high importance: 4 wh) detected Mon 30.03 14:00 is due Mon 18:00 and still open at Wed 10:00:
 *   late by Tue 480 + Wed 60 = 540 working minutes.
 */
import { describe, expect, it } from 'vitest';
import { buildReport } from './aggregate';
import { customPeriod, quarterPeriod } from './period';
import { buildCase, msk, reportInput, seededCases, ZONE } from './test-cases';

const q1 = quarterPeriod(2026, 1, ZONE);
const report = buildReport(reportInput(seededCases(), q1, '2026-04-01 10:00'));

describe('the Q1 2026 report over the seeded cases', () => {
  it('counts the messages detected in the quarter and their outcomes', () => {
    // Q1 cohort: L, A, B, C, D, G, F, H = 8 (E and I are Q4; K is Q2).
    // Answered: L, A, B, C (interim) = 4; on time: L, A, C = 3 → 75 %.
    // Overdue: B (answered late), F (open past due) = 2, of them without an answer: F.
    // Open: F, H. Not subject: D. Appeal: G. 4 + 2 + 1 + 1 = 8.
    expect(report.summary).toEqual({
      captured: 8,
      answered: 4,
      answeredOnTime: 3,
      overdue: 2,
      overdueOpen: 1,
      open: 2,
      notSubject: 1,
      appeal: 1,
      onTimeShare: 0.75,
      averageMinutes: (120 + 480 + 481 + 150) / 4, // 307.75
      p90Minutes: 481, // nearest rank: ceil(0.9 × 4) = 4th of 120, 150, 480, 481
    });
  });

  it('compares with Q4 2025 and counts the Q4 message answered in Q1 apart', () => {
    // Q4: E (on time, 420) and I (late, 540).
    expect(report.previous).toMatchObject({ captured: 2, answered: 2, answeredOnTime: 1, overdue: 1, onTimeShare: 0.5, averageMinutes: 480, p90Minutes: 540 });
    expect(report.previousPeriod).toMatchObject({ kind: 'quarter', startDate: '2025-10-01', endDate: '2025-12-31' });
    expect(report.dynamics.captured).toEqual({ current: 8, previous: 2, delta: 6, relative: 3 });
    expect(report.dynamics.answeredOnTime).toEqual({ current: 3, previous: 1, delta: 2, relative: 2 });
    expect(report.dynamics.onTimeShare.delta).toBeCloseTo(0.25, 10);
    expect(report.dynamics.averageMinutes).toEqual({ current: 307.75, previous: 480, delta: -172.25, relative: -172.25 / 480 });
    expect(report.answeredFromEarlier).toBe(1); // E
  });

  it('lists the late cases by how late they are, in working minutes', () => {
    // F: 540 (open, answer due Mon 18:00); its draft (due 15:00 = 18:00 − 3 wh) is late too.
    // B: 1 (answered Wed 10:01, due 10:00); its publication (approved Tue 15:50 → due 16:20) was late.
    expect(report.late.map((row) => [row.caseId, row.lateMinutes, row.answeredAt !== undefined])).toEqual([
      ['f', 540, false],
      ['b', 1, true],
    ]);
    expect(report.late[0]!.due).toBe(msk('2026-03-30 18:00'));
    expect(report.late[0]!.otherLateStages.map((label) => label.ru)).toEqual(['Проект ответа (промежуточного ответа) — куратору']);
    expect(report.late[1]).toMatchObject({ due: msk('2026-03-18 10:00'), answeredAt: msk('2026-03-18 10:01'), executors: ['Петрова П. П.'], topic: 'ЖКХ' });
    expect(report.late[1]!.otherLateStages.map((label) => label.ru)).toEqual(['Размещение согласованного ответа']);
  });

  it('gives every stage of the regulation its own timeliness', () => {
    const stages = Object.fromEntries(report.stages.map((s) => [s.stage, [s.total, s.done, s.doneOnTime, s.late, s.pending]]));
    expect(report.stages.map((s) => s.stage)).toEqual(['route', 'draft', 'approve', 'publish', 'answer', 'final']);
    expect(stages).toEqual({
      // D's routing stopped with the rejection; H's (due Tue 17:30) is late at Wed 10:00.
      route: [7, 6, 6, 1, 0],
      // L, A, B, C on time; F late; G stopped by the appeal; H not routed.
      draft: [5, 4, 4, 1, 0],
      // L, A, B; C's second draft came after its interim answer (the curator sets those terms, p. 18).
      approve: [3, 3, 3, 0, 0],
      // L on time (10:40 → 11:10), A (15:10 → 15:40, published 18:00) and B late.
      publish: [3, 3, 1, 2, 0],
      // L, A, C on time; B late; F late and open; H not due yet (Wed 17:00); D and G stopped.
      answer: [6, 4, 3, 2, 1],
      // C: interim Wed 18.03 14:30 + 7 wd = Fri 27.03 18:00, final Thu 26.03 12:00.
      final: [1, 1, 1, 0, 0],
    });
  });

  it('breaks the figures down by executor, department, topic, location and network', () => {
    const pick = (rows: typeof report.byExecutor) => rows.map((r) => [r.key, r.label, r.captured, r.answered, r.answeredOnTime, r.overdue, r.averageMinutes]);
    expect(pick(report.byExecutor)).toEqual([
      ['ivanov', 'Иванов И. И.', 3, 3, 3, 0, (120 + 480 + 150) / 3],
      ['petrova', 'Петрова П. П.', 2, 1, 0, 1, 481],
      ['sidorov', 'Сидоров С. С.', 1, 0, 0, 1, null],
      ['', '', 2, 0, 0, 0, null], // D and H: nobody assigned, listed last
    ]);
    expect(pick(report.byDepartment).map((r) => r.slice(0, 6))).toEqual([
      ['Отдел благоустройства', 'Отдел благоустройства', 4, 3, 3, 1],
      ['Отдел ЖКХ', 'Отдел ЖКХ', 2, 1, 0, 1],
      ['', '', 2, 0, 0, 0],
    ]);
    expect(pick(report.byTopic).map((r) => r.slice(0, 3))).toEqual([
      ['roads', 'Дороги', 4],
      ['utilities', 'ЖКХ', 2],
      ['', '', 2],
    ]);
    expect(pick(report.byLocation).map((r) => r.slice(0, 3))).toEqual([
      ['center', 'Центр', 1],
      ['', '', 7],
    ]);
    expect(pick(report.byNetwork).map((r) => r.slice(0, 3))).toEqual([
      ['vk', 'vk', 7],
      ['ok', 'ok', 1],
    ]);
    expect(report.byExecutor[1]).toMatchObject({ appeal: 1, onTimeShare: 0 });
    expect(report.byExecutor[3]).toMatchObject({ notSubject: 1, open: 1 });
  });

  it('draws weeks from Monday in the administration’s zone, answers in the week they were given', () => {
    // 2026-01-01 is a Thursday: the first week starts Mon 2025-12-29 but is clipped to the quarter.
    expect(report.weeks).toHaveLength(14);
    expect(report.weeks[0]).toMatchObject({ monday: '2025-12-29', from: q1.from, captured: 1, answered: 0 });
    const week = (monday: string) => report.weeks.find((w) => w.monday === monday)!;
    expect(week('2026-01-12')).toMatchObject({ captured: 0, answered: 2 }); // L and E (the Q4 message)
    expect(week('2026-03-16')).toMatchObject({ captured: 4, answered: 3 }); // A, B, C, D / A, B, C's interim
    expect(week('2026-03-23')).toMatchObject({ captured: 1, answered: 0 }); // G / C's final is not a second answer
    expect(week('2026-03-30')).toMatchObject({ captured: 2, answered: 0, to: q1.to });
    expect(report.weeks.reduce((sum, w) => sum + w.captured, 0)).toBe(report.summary.captured);
  });
});

describe('periods and edge cases', () => {
  it('puts a month and a custom span in the zone, with the previous span of the same length', () => {
    const march = buildReport(reportInput(seededCases(), customPeriod('2026-03-16', '2026-03-22', ZONE), '2026-04-01 10:00'));
    expect(march.summary.captured).toBe(4); // A, B, C, D
    expect(march.previousPeriod).toMatchObject({ startDate: '2026-03-09', endDate: '2026-03-15' });
    expect(march.dynamics.captured).toEqual({ current: 4, previous: 0, delta: 4, relative: null });
  });

  it('judges open cases at the report’s moment', () => {
    // At Mon 30.03 17:00 F still has an hour left.
    const early = buildReport(reportInput(seededCases(), q1, '2026-03-30 17:00'));
    expect(early.late.map((row) => row.caseId)).toEqual(['b']);
    expect(early.summary.overdueOpen).toBe(0);
  });

  it('counts a case whose regulation is missing, without deadlines', () => {
    const stray = { ...buildCase('x', '2026-02-02 10:00', []), regulationId: 'deleted-copy' };
    const result = buildReport(reportInput([stray], q1, '2026-04-01 10:00'));
    expect(result.withoutRegulation).toBe(1);
    expect(result.summary).toMatchObject({ captured: 1, answered: 0, overdue: 0, open: 1 });
  });

  it('gives empty figures for an empty period', () => {
    const empty = buildReport(reportInput([], q1, '2026-04-01 10:00'));
    expect(empty.summary).toMatchObject({ captured: 0, onTimeShare: null, averageMinutes: null, p90Minutes: null });
    expect(empty.byExecutor).toEqual([]);
    expect(empty.late).toEqual([]);
  });
});
