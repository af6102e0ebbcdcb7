import { afterEach, describe, expect, it } from 'vitest';
import { defineMessages, plural, resolveLocale, setLocale } from './index';

describe('plural', () => {
  it.each([
    [1, 'дело'], [2, 'дела'], [4, 'дела'], [5, 'дел'], [11, 'дел'], [21, 'дело'], [22, 'дела'], [0, 'дел'], [1.5, 'дела'],
  ])('ru %d → %s', (n, form) => {
    expect(plural('ru', n, ['дело', 'дела', 'дел'])).toBe(form);
  });
  it.each([[1, 'case'], [2, 'cases'], [0, 'cases']])('en %d → %s', (n, form) => {
    expect(plural('en', n, ['case', 'cases'])).toBe(form);
  });
});

describe('defineMessages', () => {
  afterEach(() => setLocale('ru'));
  const { t } = defineMessages({
    ru: { title: 'Очередь', count: (p: { n: number }) => `${p.n} ${plural('ru', p.n, ['дело', 'дела', 'дел'])}` },
    en: { title: 'Queue', count: (p: { n: number }) => `${p.n} ${plural('en', p.n, ['case', 'cases'])}` },
  });
  it('speaks Russian by default and English when asked', () => {
    expect(t('title')).toBe('Очередь');
    expect(t('count', { n: 3 })).toBe('3 дела');
    setLocale('en');
    expect(t('title')).toBe('Queue');
    expect(t('count', { n: 3 })).toBe('3 cases');
  });
  it('resolves auto from browser languages', () => {
    expect(resolveLocale('auto', ['en-US'])).toBe('en');
    expect(resolveLocale('auto', ['ru-RU', 'en'])).toBe('ru');
    expect(resolveLocale('auto', ['de'])).toBe('ru');
    expect(resolveLocale('en', ['ru'])).toBe('en');
  });
});
