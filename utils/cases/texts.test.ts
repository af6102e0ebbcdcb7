import { describe, expect, it } from 'vitest';
import { appealText, latestAppeal } from './appeal-text';
import { assignmentText, defaultRequest } from './assignment-text';
import { formatDueRu, formatDateTimeRu } from './format-time';
import type { Case } from './schema';
import { ev, MINUTE, newCase, T0 } from './test-fixtures';
import { applyEvent } from './workflow';

const policy = { operatorMayApprove: false };
const at = (m: number) => T0 + m * MINUTE;
const run = (c: Case, ...events: ReturnType<typeof ev>[]) => events.reduce((acc, e) => applyEvent(acc, e, policy, e.recordedAt), c);

/** 2025-11-28 14:30 UTC = 17:30 Moscow (Friday) = 23:30 Yakutsk. */
const FRI_1730_MSK = Date.UTC(2025, 10, 28, 14, 30);

describe('wall-clock formatting in the administration zone', () => {
  it('is the zone time whatever the machine zone', () => {
    expect(formatDueRu(FRI_1730_MSK, 'Europe/Moscow')).toBe('17:30, пт 28.11');
    expect(formatDueRu(FRI_1730_MSK, 'Asia/Yakutsk')).toBe('23:30, пт 28.11');
    expect(formatDueRu(FRI_1730_MSK + 7 * 3_600_000, 'Asia/Yakutsk')).toBe('06:30, сб 29.11');
    expect(formatDueRu(FRI_1730_MSK, 'Europe/Moscow', Date.UTC(2024, 5, 1))).toBe('17:30, пт 28.11.2025');
    expect(formatDateTimeRu(T0, 'Asia/Krasnoyarsk')).toBe('27.11.2025 13:00');
  });
});

describe('assignmentText («Задание исполнителю»)', () => {
  const routed = run(newCase(), ev('routed', { executors: ['ivanov'], topic: 'ЖКХ', location: 'ул. Ленина', importance: 'high' }, at(10)));
  const deadlines = [
    { label: 'Ответ опубликован', due: FRI_1730_MSK },
    { label: 'Проект на согласование', due: FRI_1730_MSK - 3 * 3_600_000 },
  ];

  it('has the message, the links, what is asked and every deadline in the zone, nearest first', () => {
    const text = assignmentText({ case: routed, deadlines, timeZone: 'Europe/Moscow', recipientId: 'ivanov', names: { ivanov: 'Иванов И. И.' } });
    expect(text).toBe(
      [
        'Задание исполнителю: комментарий во ВКонтакте',
        'Кому: Иванов И. И.',
        'Что нужно: Подготовьте проект ответа (при необходимости — промежуточного ответа или запроса автору) и направьте его на согласование.',
        '',
        'Сообщение: Иван Петров (https://vk.com/id42), опубликовано 27.11.2025 08:30, выявлено 27.11.2025 09:00',
        '«Когда починят фонарь на улице Ленина?»',
        '',
        'Ссылка на сообщение: https://vk.com/wall-1_2?reply=3',
        'Ветка: https://vk.com/wall-1_2',
        'Тема: ЖКХ; локация: ул. Ленина; повышенная важность',
        '',
        'Сроки (время администрации, GMT+3):',
        '— Проект на согласование: до 14:30, пт 28.11',
        '— Ответ опубликован: до 17:30, пт 28.11',
        '',
        'Дело № case-1 в «Отклике»',
      ].join('\n'),
    );
  });

  it('says what the return asked for, and tells a co-executor to send a part', () => {
    const returned = run(
      routed,
      ev('draftSubmitted', { kind: 'answer', text: 'x' }, at(20)),
      ev('returnedForRevision', { reason: 'spelling', comment: 'запятые' }, at(30)),
    );
    expect(defaultRequest(returned)).toBe('Доработайте ответ и направьте его на повторное согласование. Замечание: Орфографические и пунктуационные ошибки (запятые).');
    const joint = run(newCase(), ev('routed', { executors: ['lead', 'co'], lead: 'lead' }, at(10)));
    const text = assignmentText({ case: joint, deadlines: [], timeZone: 'Europe/Moscow', recipientId: 'co', names: { lead: 'Петрова' } });
    expect(text).toContain('Исполнители: Петрова, co; общий ответ готовит Петрова');
    expect(text).toContain('пришлите её для общего ответа');
    expect(text).not.toContain('Сроки');
  });

  it('reminds a repeat and a private answer, and keeps hostile text as text', () => {
    const hostile = '<script>alert(1)</script>';
    const c = run(newCase({ kind: 'message', itemKey: 'im-5', text: hostile }), ev('linkedRepeat', { caseId: 'old' }, at(1)));
    const text = assignmentText({ case: c, deadlines, timeZone: 'Asia/Yakutsk', request: 'Позвоните автору' });
    expect(text).toContain(`«${hostile}»`);
    expect(text).toContain('Что нужно: Позвоните автору');
    expect(text).toContain('Ответ — в личных сообщениях');
    expect(text).toContain('принятые меры или ход решения вопроса');
    expect(text).toContain('(время администрации, GMT+9)');
    expect(text).toContain('до 23:30, пт 28.11');
  });
});

describe('appealText (seed 001 p.3.8)', () => {
  const converted = run(
    newCase({ attachments: [{ type: 'photo', url: 'https://sun9-1.userapi.com/a.jpg' }] }),
    ev('routed', { executors: ['ivanov'] }, at(10)),
    ev('convertedToAppeal', { consent: true, name: 'Петров Иван Сергеевич', postalAddress: '663680, с. Идринское, ул. Ленина, 1', email: 'petrov@example.ru', phone: '+7 900 000-00-00' }, at(20)),
  );

  it('has the citizen data, consent time, the message and the legal basis', () => {
    const appeal = latestAppeal(converted)!;
    const { subject, body, mailto } = appealText(converted, appeal, {
      timeZone: 'Asia/Krasnoyarsk',
      administration: 'администрацию Идринского района',
      mailbox: 'pub59524@krasmail.ru',
    });
    expect(subject).toBe('Обращение гражданина (59-ФЗ) из соцсети: Петров Иван Сергеевич');
    expect(body).toContain('В администрацию Идринского района');
    expect(body).toContain('Федерального закона от 02.05.2006 № 59-ФЗ');
    expect(body).toContain('Почтовый адрес для ответа: 663680, с. Идринское, ул. Ленина, 1');
    expect(body).toContain('Адрес электронной почты для ответа: petrov@example.ru');
    expect(body).toContain('Телефон для оперативной связи: +7 900 000-00-00');
    expect(body).toContain('Согласие пользователя получено: 27.11.2025 13:20');
    expect(body).toContain('«Когда починят фонарь на улице Ленина?»');
    expect(body).toContain('Вложение: https://sun9-1.userapi.com/a.jpg');
    expect(body).toContain('Ссылка на сообщение: https://vk.com/wall-1_2?reply=3');
    expect(mailto).toMatch(/^mailto:pub59524@krasmail\.ru\?subject=/);
    expect(decodeURIComponent(mailto!.split('&body=')[1]!)).toBe(body);
  });

  it('works before the event is recorded and without optional data', () => {
    const { body, mailto } = appealText(newCase({ postedAt: undefined }), { consent: true, name: 'Иванов', email: 'i@example.ru' }, { timeZone: 'Europe/Moscow' });
    expect(body.startsWith('В администрацию\n')).toBe(true);
    expect(body).toContain('Опубликовано: сегодня в 8:30 (как указано на странице)');
    expect(body).not.toContain('Телефон');
    expect(mailto).toBeUndefined();
    expect(latestAppeal(newCase())).toBeUndefined();
  });
});
