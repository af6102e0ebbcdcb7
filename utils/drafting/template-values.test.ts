import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../directory/render-template';
import { personSchema } from '../directory/schema';
import { answeringPersonId, dateInZone, templateValues } from './template-values';

const people = [
  personSchema.parse({ id: 'me', name: 'Оператор', roles: ['operator'] }),
  personSchema.parse({ id: 'ivanova', name: 'Мария Иванова', roles: ['executor'], department: 'Отдел ЖКХ', phone: '+7 861 000-00-00' }),
  personSchema.parse({ id: 'petrov', name: 'Пётр Петров', roles: ['executor'] }),
];
/** 2025-11-27 23:30 UTC: already 28 November in Moscow, still 27th in UTC. */
const NOW = Date.UTC(2025, 10, 27, 23, 30);

describe('templateValues', () => {
  it('fills author, date in the administration zone, and the answering executor with department and phone', () => {
    const values = templateValues({
      case: { author: { name: 'Иван Петров' }, executors: ['petrov', 'ivanova'], lead: 'ivanova' },
      people,
      currentUserId: 'me',
      timeZone: 'Europe/Moscow',
      now: NOW,
    });
    expect(values).toMatchObject({ author: 'Иван Петров', date: '28.11.2025', executor: 'Мария Иванова', department: 'Отдел ЖКХ', phone: '+7 861 000-00-00' });
    expect(renderTemplate('{{author}}, здравствуйте! Ответ от {{date}}. {{executor}}, {{department}}, {{phone}}.', values)).toBe(
      'Иван Петров, здравствуйте! Ответ от 28.11.2025. Мария Иванова, Отдел ЖКХ, +7 861 000-00-00.',
    );
  });

  it('leaves unknown values unfilled, so the template shows what is missing', () => {
    const values = templateValues({ case: { author: {}, executors: ['petrov'] }, people, currentUserId: 'me', timeZone: 'Europe/Moscow', now: NOW });
    expect(renderTemplate('{{author}}: {{executor}} {{phone}} {{repeatOf}}', values)).toBe('{{author}}: Пётр Петров {{phone}} {{repeatOf}}');
  });

  it('names the earlier case of a repeat with its link and date', () => {
    const values = templateValues({
      case: { author: { name: 'Иван' }, executors: [] },
      people,
      currentUserId: 'me',
      earlier: { url: 'https://vk.com/wall-1_2?reply=5', detectedAt: Date.UTC(2025, 9, 1, 7) },
      timeZone: 'Asia/Yakutsk',
      now: NOW,
    });
    expect(values.repeatOf).toBe('https://vk.com/wall-1_2?reply=5 (01.10.2025)');
    expect(values.executor).toBe('Оператор');
  });

  it('picks the lead, else the first executor, else the person writing', () => {
    expect(answeringPersonId({ executors: ['a', 'b'], lead: 'b' }, 'me')).toBe('b');
    expect(answeringPersonId({ executors: ['a', 'b'] }, 'me')).toBe('a');
    expect(answeringPersonId({ executors: [] }, 'me')).toBe('me');
    expect(dateInZone(NOW, 'UTC')).toBe('27.11.2025');
  });
});
