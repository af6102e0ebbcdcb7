/**
 * Test-only builders for the report's tests: cases made through the real workflow (capture, then
 * each event through applyEvent with Korenovsk's policy), with times written as Moscow wall-clock
 * readings, so the expected figures can be worked out by hand from the text of the test.
 */
import { calendarFor } from '../cases/deadlines';
import type { CaseEventInput } from '../cases/events';
import { createCaseFromCapture, type Case } from '../cases/schema';
import { applyEvent } from '../cases/workflow';
import { regulationPresets } from '../regulation/presets/index';
import { parseLocalDateTime } from '../worktime/zone';
import type { ReportDirectory, ReportInput } from './aggregate';
import type { ReportPeriod } from './period';

export const ZONE = 'Europe/Moscow';
export const korenovsk = regulationPresets.korenovsk;
/** A moment long after every event, for the workflow's clock-skew check. */
const LATER = Date.UTC(2030, 0, 1);

export const msk = (text: string) => parseLocalDateTime(text, ZONE);

type Step = [type: CaseEventInput['type'], at: string, data?: Record<string, unknown>];

export function buildCase(id: string, detected: string, steps: Step[], options: { network?: Case['network'] } = {}): Case {
  const detectedAt = msk(detected);
  let c = createCaseFromCapture(
    {
      network: options.network ?? 'vk',
      kind: 'comment',
      itemKey: `item-${id}`,
      ref: { ownerId: '-1', postId: '2', commentId: id.replace(/\D/g, '') || '1' },
      url: `https://vk.com/wall-1_2?reply=${id}`,
      threadUrl: 'https://vk.com/wall-1_2',
      author: { name: `Автор ${id}`, id: '42' },
      text: `Сообщение ${id}: когда починят фонарь?`,
      attachments: [],
      postedAt: detectedAt,
      detectedAt,
      pageUrl: 'https://vk.com/wall-1_2',
      missing: [],
      markup: 'test',
    },
    { id, eventId: `${id}-0`, actor: 'operator', regulationId: 'korenovsk', now: detectedAt },
  );
  steps.forEach(([type, at, data = {}], i) => {
    const ms = msk(at);
    c = applyEvent(c, { id: `${id}-${i + 1}`, type, at: ms, recordedAt: ms, actor: 'curator', data } as CaseEventInput, { operatorMayApprove: false }, LATER);
  });
  return c;
}

export const directory: ReportDirectory = {
  people: [
    { id: 'ivanov', name: 'Иванов И. И.', department: 'Отдел благоустройства' },
    { id: 'petrova', name: 'Петрова П. П.', department: 'Отдел ЖКХ' },
    { id: 'sidorov', name: 'Сидоров С. С.', department: 'Отдел благоустройства' },
  ],
  topics: [
    { id: 'roads', name: 'Дороги' },
    { id: 'utilities', name: 'ЖКХ' },
  ],
  locations: [{ id: 'center', name: 'Центр' }],
};

export function reportInput(cases: Case[], period: ReportPeriod, now: string): ReportInput {
  return {
    cases,
    period,
    now: msk(now),
    regulationOf: (id) => (id === 'korenovsk' ? korenovsk : undefined),
    calendarOf: (regulation) => calendarFor(regulation),
    directory,
  };
}

const routed = (executor: string, extra: Record<string, unknown> = {}) => ({ executors: [executor], ...extra });
const draft = (kind = 'answer') => ({ kind, text: 'Проект ответа' });

/**
 * The seeded set (Korenovsk: route 30 wm, draft 3 wh before the answer, approval 30 wm,
 * publication 30 wm, answer 8 wh — 4 wh for high importance —, final 7 wd; Mon–Fri 09–13, 14–18).
 */
export function seededCases(): Case[] {
  return [
    // E — Q4 2025, the last minute of the year (31 Dec is a day off), answered in Q1 2026.
    buildCase('e', '2025-12-31 23:59', [
      ['routed', '2026-01-12 09:05', routed('ivanov', { topic: 'roads' })],
      ['draftSubmitted', '2026-01-12 14:00', draft()],
      ['approved', '2026-01-12 16:40', {}],
      ['published', '2026-01-12 17:00', { kind: 'answer' }],
    ]),
    // I — Q4 2025, answered an hour late.
    buildCase('i', '2025-12-15 10:00', [
      ['routed', '2025-12-15 10:10', routed('petrova')],
      ['draftSubmitted', '2025-12-15 12:00', draft()],
      ['approved', '2025-12-16 10:40', {}],
      ['published', '2025-12-16 11:00', { kind: 'answer' }],
    ]),
    // L — Q1 2026, detected at the first minute of the year (a holiday), answered on the first working day.
    buildCase('l', '2026-01-01 00:00', [
      ['routed', '2026-01-12 09:10', routed('ivanov', { topic: 'roads' })],
      ['draftSubmitted', '2026-01-12 10:15', draft()],
      ['approved', '2026-01-12 10:40', {}],
      ['published', '2026-01-12 11:00', { kind: 'answer' }],
    ]),
    // A — answered exactly on the deadline minute (18:00).
    buildCase('a', '2026-03-16 09:00', [
      ['routed', '2026-03-16 09:10', routed('ivanov', { topic: 'roads', location: 'center' })],
      ['draftSubmitted', '2026-03-16 14:50', draft()],
      ['approved', '2026-03-16 15:10', {}],
      ['published', '2026-03-16 18:00', { kind: 'answer' }],
    ]),
    // B — answered one working minute late.
    buildCase('b', '2026-03-17 10:00', [
      ['routed', '2026-03-17 10:05', routed('petrova', { topic: 'utilities' })],
      ['draftSubmitted', '2026-03-17 15:30', draft()],
      ['approved', '2026-03-17 15:50', {}],
      ['published', '2026-03-18 10:01', { kind: 'answer' }],
    ]),
    // C — interim answer on time, final answer within 7 working days.
    buildCase('c', '2026-03-18 11:00', [
      ['routed', '2026-03-18 11:10', routed('ivanov', { topic: 'roads' })],
      ['draftSubmitted', '2026-03-18 14:00', draft('interim')],
      ['approved', '2026-03-18 14:10', {}],
      ['interimPublished', '2026-03-18 14:30', {}],
      ['draftSubmitted', '2026-03-26 10:00', draft()],
      ['approved', '2026-03-26 11:00', {}],
      ['finalPublished', '2026-03-26 12:00', {}],
    ]),
    // D — not subject to an answer (obscene language), never routed.
    buildCase('d', '2026-03-19 09:30', [['rejected', '2026-03-19 09:45', { reason: 'obscene' }]]),
    // G — converted to an official appeal under 59-FZ.
    buildCase('g', '2026-03-24 10:00', [
      ['routed', '2026-03-24 10:10', routed('petrova', { topic: 'utilities' })],
      ['convertedToAppeal', '2026-03-24 11:00', { consent: true, name: 'Петров Пётр', email: 'petrov@example.org' }],
    ]),
    // F — high importance, still unanswered at the report's moment.
    buildCase('f', '2026-03-30 14:00', [['routed', '2026-03-30 14:05', routed('sidorov', { topic: 'roads', importance: 'high' })]]),
    // H — OK, detected on the last afternoon of the quarter, not routed yet, answer not due yet.
    buildCase('h', '2026-03-31 17:00', [], { network: 'ok' }),
    // K — the first minute of Q2: outside the report.
    buildCase('k', '2026-04-01 00:00', []),
  ];
}
