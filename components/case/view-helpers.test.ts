import { afterEach, describe, expect, it } from 'vitest';
import { calendarFor, computeDeadlines } from '../../utils/cases/deadlines';
import { ev, MINUTE, newCase, T0 } from '../../utils/cases/test-fixtures';
import { applyEvent } from '../../utils/cases/workflow';
import { setLocale } from '../../utils/i18n/index';
import { clockOf } from '../../utils/queue/clock';
import { regulationPresets } from '../../utils/regulation/index';
import { deadlineRows, nextRow } from './deadline-rows';
import { describeEvent } from './event-text';
import { formatDue, formatMoment, fromLocalInput, toLocalInput } from './format';

const korenovsk = regulationPresets.korenovsk;
const clock = clockOf(calendarFor(korenovsk));
const policy = { operatorMayApprove: false };
const HOUR = 60 * MINUTE;

afterEach(() => setLocale('ru'));

describe('format in the administration zone', () => {
  it('writes due moments and events with weekday and date, the year only when it differs', () => {
    // T0 = 2025-11-27 09:00 Moscow, a Thursday; 06:00 UTC.
    expect(formatDue(T0 + 8.5 * HOUR, 'Europe/Moscow', T0)).toBe('до 17:30, чт 27.11');
    expect(formatDue(T0, 'Asia/Yakutsk', T0)).toBe('до 15:00, чт 27.11');
    expect(formatMoment(T0 + 24 * HOUR, 'Europe/Moscow', T0)).toBe('пт 28.11 09:00');
    expect(formatMoment(T0 + 40 * 24 * HOUR, 'Europe/Moscow', T0)).toBe('вт 06.01.2026 09:00');
    setLocale('en');
    expect(formatDue(T0, 'Europe/Moscow', T0)).toBe('by 09:00, Thu 27.11');
  });

  it('turns a datetime-local value into a moment in the zone and back', () => {
    expect(toLocalInput(T0, 'Europe/Moscow')).toBe('2025-11-27T09:00');
    expect(fromLocalInput('2025-11-27T09:00', 'Europe/Moscow')).toBe(T0);
    expect(fromLocalInput('2025-11-27T15:00', 'Asia/Yakutsk')).toBe(T0);
    expect(fromLocalInput('', 'Europe/Moscow')).toBeUndefined();
    expect(fromLocalInput('2025-13-01T09:00', 'Europe/Moscow')).toBeUndefined();
  });
});

describe('deadlineRows', () => {
  it('lists every started stage with due text, working time left, actor and state', () => {
    let c = newCase();
    c = applyEvent(c, ev('routed', { executors: ['ex'] }, T0 + 10 * MINUTE), policy, T0 + 10 * MINUTE);
    const now = T0 + 20 * MINUTE;
    const rows = deadlineRows(computeDeadlines(c, korenovsk, calendarFor(korenovsk), now), korenovsk, clock, now);
    const route = rows.find((r) => r.stage === 'route')!;
    expect(route).toMatchObject({ state: 'done', actor: 'Куратор', doneText: 'чт 27.11 09:10', dueText: 'до 09:30, чт 27.11' });
    const answer = rows.find((r) => r.stage === 'answer')!;
    // 8 working hours from 09:00 with a lunch hour: 18:00 the same day.
    expect(answer).toMatchObject({ state: 'pending', actor: 'Исполнитель', dueText: 'до 18:00, чт 27.11', leftText: '7 ч 40 мин раб.', urgency: 'calm' });
    expect(rows.find((r) => r.stage === 'returnNotCompetent')).toMatchObject({ state: 'optional' });
    expect(nextRow(rows)?.stage).toBe('draft');
  });

  it('marks a stage overdue while open, and done late once done', () => {
    let c = newCase();
    const late = T0 + 2 * HOUR;
    expect(deadlineRows(computeDeadlines(c, korenovsk, calendarFor(korenovsk), late), korenovsk, clock, late).find((r) => r.stage === 'route')).toMatchObject({
      state: 'overdue',
      urgency: 'overdue',
      leftText: 'просрочено на 1 ч 30 мин раб.',
    });
    c = applyEvent(c, ev('routed', { executors: ['ex'] }, late), policy, late);
    expect(deadlineRows(computeDeadlines(c, korenovsk, calendarFor(korenovsk), late), korenovsk, clock, late).find((r) => r.stage === 'route')).toMatchObject({ state: 'doneLate' });
  });

  it('shows a stage stopped by a rejection as stopped', () => {
    let c = newCase();
    c = applyEvent(c, ev('rejected', { reason: 'obscene' }, T0 + 5 * MINUTE), policy, T0 + 5 * MINUTE);
    const rows = deadlineRows(computeDeadlines(c, korenovsk, calendarFor(korenovsk), T0 + HOUR), korenovsk, clock, T0 + HOUR);
    expect(rows.find((r) => r.stage === 'answer')).toMatchObject({ state: 'stopped', doneText: 'чт 27.11 09:05' });
    expect(nextRow(rows)).toBeUndefined();
  });
});

describe('describeEvent', () => {
  const ctx = { name: (id: string) => ({ ex: 'Мария Иванова', lead: 'Пётр Петров' })[id] ?? id, timeZone: 'Europe/Moscow', now: T0 };

  it('names executors, the lead, the classification and the importance', () => {
    const routed = ev('routed', { executors: ['lead', 'ex'], lead: 'lead', topic: 'ЖКХ', importance: 'high' }, T0) as Parameters<typeof describeEvent>[0];
    expect(describeEvent(routed, ctx).lines).toEqual([
      { label: 'Исполнители', value: 'Пётр Петров, Мария Иванова' },
      { label: 'Общий ответ готовит', value: 'Пётр Петров' },
      { label: 'Тема', value: 'ЖКХ' },
      { label: 'Важность', value: 'повышенная' },
    ]);
  });

  it('gives drafts, reasons, links and corrections in words', () => {
    const draft = ev('draftSubmitted', { kind: 'interim', text: 'Текст\nпроекта', visibility: 'private' }, T0) as Parameters<typeof describeEvent>[0];
    expect(describeEvent(draft, ctx)).toEqual({
      lines: [
        { label: 'Вид', value: 'Промежуточный ответ' },
        { label: 'Ответ', value: 'в личных сообщениях' },
      ],
      body: 'Текст\nпроекта',
    });
    const back = ev('returnedForRevision', { reason: 'other', comment: 'Добавьте срок' }, T0) as Parameters<typeof describeEvent>[0];
    expect(describeEvent(back, ctx).lines.map((l) => l.value)).toEqual(['Другое (укажите)', 'Добавьте срок']);
    const published = ev('published', { kind: 'answer', url: 'https://vk.com/wall-1_2?reply=9', replyAt: T0 + 5 * MINUTE }, T0) as Parameters<typeof describeEvent>[0];
    expect(describeEvent(published, ctx).lines).toEqual([
      { label: 'Ссылка', value: 'https://vk.com/wall-1_2?reply=9', link: true },
      { label: 'Появился в ветке', value: 'чт 27.11 09:05' },
    ]);
    const edited = ev('edited', { field: 'postedAt', from: null, to: T0 - HOUR }, T0) as Parameters<typeof describeEvent>[0];
    expect(describeEvent(edited, ctx).lines).toEqual([{ label: 'Изменено: время публикации', value: '(пусто) → чт 27.11 08:00' }]);
    setLocale('en');
    expect(describeEvent(back, ctx).lines[0]).toEqual({ label: 'Reason', value: 'Other (specify)' });
  });
});
