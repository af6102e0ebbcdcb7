import { describe, expect, it } from 'vitest';
import { renderTemplate, unfilledVariables } from './render-template';

describe('renderTemplate', () => {
  const body = 'Здравствуйте, {{author}}! {{ date }} вопрос передан: {{executor}} ({{department}}, тел. {{phone}}).';

  it('fills known variables, with or without spaces inside the braces', () => {
    expect(
      renderTemplate(body, { author: 'Анна', date: '12.03.2026', executor: 'Иванов И. И.', department: 'ЖКХ', phone: '8 (800) 000-00-00' }),
    ).toBe('Здравствуйте, Анна! 12.03.2026 вопрос передан: Иванов И. И. (ЖКХ, тел. 8 (800) 000-00-00).');
  });

  it('leaves unknown and empty variables visible', () => {
    expect(renderTemplate('{{author}}, см. {{repeatOf}} и {{nonsense}}', { author: 'Анна', repeatOf: '  ' })).toBe(
      'Анна, см. {{repeatOf}} и {{nonsense}}',
    );
    expect(unfilledVariables('{{author}} {{repeatOf}} {{repeatOf}} {{x}}', { author: 'А' })).toEqual(['repeatOf', 'x']);
  });

  it('inserts values as text: no re-expansion, no special replacement patterns, markup untouched', () => {
    const vars = { author: '{{executor}} $& $1 $$', executor: 'Иванов', phone: '<img src=x onerror=alert(1)>' };
    expect(renderTemplate('{{author}} / {{phone}}', vars)).toBe('{{executor}} $& $1 $$ / <img src=x onerror=alert(1)>');
  });

  it('does not take values from the prototype chain', () => {
    expect(renderTemplate('{{toString}} {{constructor}}', {})).toBe('{{toString}} {{constructor}}');
  });

  it('leaves malformed braces alone', () => {
    expect(renderTemplate('{author} {{ author } {{1x}}', { author: 'А' })).toBe('{author} {{ author } {{1x}}');
  });
});
