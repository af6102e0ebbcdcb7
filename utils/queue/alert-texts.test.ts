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

  it('summary: how many are overdue (Russian plural forms, thousands spaced), how many near their due moment', () => {
    const many = (n: number, overdue: number) => Array.from({ length: n }, (_, i) => planned({ caseId: `c${i}`, left: { minutes: 1, overdue: i < overdue } }));
    // Cases, not notifications: a case with two stages due counts once, as overdue when one of them is.
    const twoStages = [planned({ caseId: 'a', stage: 'route', left: { minutes: 5, overdue: true } }), planned({ caseId: 'a' }), planned({ caseId: 'b' }), planned({ caseId: 'b', stage: 'route' })];
    expect(alertTexts.summary(twoStages)).toEqual({ title: 'Просрочено 1 обращение', message: 'Ещё у 1 обращения меньше рабочего часа до срока. Нажмите, чтобы открыть список.' });
    expect(alertTexts.summary(many(4_700, 4_700))).toEqual({ title: 'Просрочено 4\u00a0700 обращений', message: 'Нажмите, чтобы открыть список.' });
    expect(alertTexts.summary(many(1, 1)).title).toBe('Просрочено 1 обращение');
    expect(alertTexts.summary(many(3, 3)).title).toBe('Просрочено 3 обращения');
    expect(alertTexts.summary(many(11, 11)).title).toBe('Просрочено 11 обращений');
    expect(alertTexts.summary(many(25, 21))).toEqual({
      title: 'Просрочено 21 обращение',
      message: 'Ещё у 4 обращений меньше рабочего часа до срока. Нажмите, чтобы открыть список.',
    });
    expect(alertTexts.summary(many(22, 1)).message).toBe('Ещё у 21 обращения меньше рабочего часа до срока. Нажмите, чтобы открыть список.');
    expect(alertTexts.summary(many(5, 0))).toEqual({ title: 'Меньше рабочего часа до срока у 5 обращений', message: 'Нажмите, чтобы открыть список.' });
    setLocale('en');
    expect(alertTexts.summary(many(4_700, 4_699))).toEqual({ title: '4,699 cases are overdue', message: '1 more due within a working hour. Click to open the list.' });
    expect(alertTexts.summary(many(4, 0)).title).toBe('4 cases are due within a working hour');
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
