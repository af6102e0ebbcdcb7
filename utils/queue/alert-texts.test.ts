import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../i18n/index';
import { alertTexts, notificationId, parseNotificationId } from './alert-texts';
import type { PlannedNotification } from './notify';
import { at, naiveClock } from './test-clock';

const MSK = 'Europe/Moscow';
const clock = naiveClock(MSK);
const now = at(MSK, '2026-11-25 12:00');

function planned(over: Partial<PlannedNotification> = {}): PlannedNotification {
  return { caseId: 'c1', stage: 'answer', threshold: 15, dueAt: at(MSK, '2026-11-25 12:14'), provisional: false, left: { minutes: 14, overdue: false }, ...over };
}

afterEach(() => setLocale('ru'));

describe('alertTexts', () => {
  it('toolbar title', () => {
    expect(alertTexts.title({ overdue: 0, soon: 0 })).toBe('Отклик: всё в срок');
    expect(alertTexts.title({ overdue: 2, soon: 1 })).toBe('Отклик: просрочено 2, меньше рабочего часа 1');
  });

  it('one notification: time left, stage, author, first line, wall-clock due', () => {
    const text = alertTexts.single(planned(), { author: { name: 'Иван Петров' }, text: '\nКогда починят фонарь?\nСпасибо' }, 'Ответ', now, clock);
    expect(text).toEqual({ title: 'Осталось 14 мин раб.: Ответ', message: 'Иван Петров: Когда починят фонарь?\nдо 12:14, ср' });
  });

  it('overdue and provisional', () => {
    const text = alertTexts.single(
      planned({ threshold: 0, left: { minutes: 3, overdue: true }, provisional: true, dueAt: at(MSK, '2026-11-30 09:00') }),
      { author: {}, text: '' },
      'Маршрутизация',
      now,
      clock,
    );
    expect(text).toEqual({ title: 'Просрочено: Маршрутизация', message: 'Автор не указан\nдо 09:00, пн 30.11 (срок предварительный)' });
  });

  it('summary with Russian plural forms', () => {
    const many = (n: number, overdue: number) => Array.from({ length: n }, (_, i) => planned({ left: { minutes: 1, overdue: i < overdue } }));
    expect(alertTexts.summary(many(1, 1)).title).toBe('Ещё 1 дело требует внимания');
    expect(alertTexts.summary(many(3, 1)).title).toBe('Ещё 3 дела требуют внимания');
    expect(alertTexts.summary(many(11, 0)).title).toBe('Ещё 11 дел требуют внимания');
    expect(alertTexts.summary(many(21, 5))).toEqual({ title: 'Ещё 21 дело требует внимания', message: 'Просрочено: 5, срок близко: 16. Откройте очередь «Отклика».' });
    setLocale('en');
    expect(alertTexts.summary(many(2, 2)).title).toBe('2 more cases need attention');
  });
});

describe('notification ids', () => {
  it('round-trip any case id and stage', () => {
    const key = { caseId: 'a|b c', stage: 'при|мер', threshold: 60, dueAt: 1_795_600_800_000 };
    expect(parseNotificationId(notificationId(key))).toEqual(key);
    expect(parseNotificationId('otklik|summary')).toBeUndefined();
    expect(parseNotificationId('other')).toBeUndefined();
  });
});
