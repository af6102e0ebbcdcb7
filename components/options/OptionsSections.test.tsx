// @vitest-environment happy-dom
/**
 * The notification thresholds, the personal-data retention rule and the answer templates as the
 * options page offers them: a bad value gets a Russian message and sends nothing; a good one is
 * saved; deleting old cases shows how many first and asks for confirmation; a template's variables
 * are inserted by a click and previewed with sample values.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../utils/i18n/index';
import { defaultSettings, type Settings } from '../../utils/settings/schema';
import { Retention } from './data/Retention';
import { TemplatesSection } from './directory/TemplatesSection';
import { NotificationsSection } from './NotificationsSection';
import { fieldError, setValue, useTestRoot } from '../test-dom';

const request = vi.hoisted(() => vi.fn());
vi.mock('../../utils/extension/messaging', () => ({ request }));

const testRoot = useTestRoot();
beforeEach(() => {
  setLocale('ru');
  request.mockReset();
});

const $ = <T extends HTMLElement = HTMLElement>(testId: string) => document.body.querySelector<T>(`[data-testid="${testId}"]`);
const type = (testId: string, value: string) => setValue($(testId), value);
const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 10)));

describe('notification thresholds', () => {
  const settings: Settings = { ...defaultSettings, notificationThresholds: [60, 15], notifyWhenOverdue: true };

  it('lists the thresholds and adds a new one', async () => {
    request.mockResolvedValue(settings);
    act(() => render(<NotificationsSection settings={settings} />, testRoot()));
    expect([...$('thresholds')!.querySelectorAll('li .ui-num')].map((li) => li.textContent)).toEqual(['60', '15']);
    type('threshold-new', '30');
    await act(async () => $<HTMLButtonElement>('threshold-add')!.click());
    expect(request).toHaveBeenCalledWith('updateSettings', { notificationThresholds: [60, 15, 30] });
  });

  it('refuses what is not a whole number of minutes up to a week, or a threshold already there', () => {
    act(() => render(<NotificationsSection settings={settings} />, testRoot()));
    for (const [text, message] of [
      ['0', 'Введите целое число минут от 1 до 10080'],
      ['2,5', 'Введите целое число минут от 1 до 10080'],
      ['10081', 'Введите целое число минут от 1 до 10080'],
      ['пять', 'Введите целое число минут от 1 до 10080'],
      ['15', 'Такой порог уже есть'],
    ]) {
      type('threshold-new', text!);
      expect(fieldError($('threshold-new')), text).toBe(message);
      expect($<HTMLButtonElement>('threshold-add')!.disabled).toBe(true);
    }
    expect(request).not.toHaveBeenCalled();
  });

  it('removes a threshold and switches the overdue notice', async () => {
    request.mockResolvedValue(settings);
    act(() => render(<NotificationsSection settings={settings} />, testRoot()));
    await act(async () => testRoot().querySelector<HTMLButtonElement>('[aria-label="Убрать порог 60 мин"]')!.click());
    expect(request).toHaveBeenLastCalledWith('updateSettings', { notificationThresholds: [15] });
    await act(async () => $<HTMLInputElement>('notify-overdue')!.click());
    expect(request).toHaveBeenLastCalledWith('updateSettings', { notifyWhenOverdue: false });
  });
});

describe('the retention rule', () => {
  const cutoff = Date.UTC(2025, 8, 16, 9, 0);

  it('shows how many cases fall under it, refuses fewer than 6 months, and deletes only after confirmation', async () => {
    const settings: Settings = { ...defaultSettings, retention: { enabled: true, months: 12 } };
    request.mockImplementation(async (kind: string, payload: { months: number }) => {
      if (kind === 'retentionPreview') return { months: payload.months, count: payload.months === 12 ? 3 : 7, cutoff };
      if (kind === 'retentionRun') return { months: payload.months, deleted: 3, cutoff };
      return settings;
    });
    act(() => render(<Retention settings={settings} timeZone="Europe/Moscow" casesVersion={10} />, testRoot()));
    await settle();
    expect($('retention-preview')!.textContent).toBe('Сейчас под правило попадает 3 дела (последнее событие раньше 16.09.2025).');

    type('retention-months', '3');
    expect(fieldError($('retention-months'))).toBe('От 6 до 120 месяцев');
    expect($('retention-preview')).toBeNull();
    expect(request.mock.calls.filter(([kind]) => kind === 'retentionPreview').map(([, p]) => p.months)).toEqual([12]);

    type('retention-months', '12');
    await settle();
    await act(async () => $<HTMLButtonElement>('retention-run')!.click());
    expect(request.mock.calls.some(([kind]) => kind === 'retentionRun')).toBe(false);
    expect($('retention-confirm')!.textContent).toContain('Будет безвозвратно удалено 3 дела');
    await act(async () => $<HTMLButtonElement>('retention-confirm-delete')!.click());
    expect(request).toHaveBeenCalledWith('retentionRun', { months: 12 });
  });

  it('cannot delete while the rule is off; switching it on saves the setting', async () => {
    const settings: Settings = { ...defaultSettings, retention: { enabled: false, months: 24 } };
    request.mockImplementation(async (kind: string) => (kind === 'retentionPreview' ? { months: 24, count: 5, cutoff } : settings));
    act(() => render(<Retention settings={settings} timeZone="Europe/Moscow" casesVersion={1} />, testRoot()));
    await settle();
    expect($<HTMLButtonElement>('retention-run')!.disabled).toBe(true);
    await act(async () => $<HTMLInputElement>('retention-enabled')!.click());
    expect(request).toHaveBeenCalledWith('updateSettings', { retention: { enabled: true, months: 24 } });
  });
});

describe('answer templates', () => {
  it('needs a name, inserts variables by a click, previews them, and saves the template', async () => {
    request.mockResolvedValue({});
    const now = Date.UTC(2026, 2, 16, 9, 0);
    act(() => render(<TemplatesSection templates={[]} now={now} timeZone="Europe/Moscow" />, testRoot()));
    act(() => $<HTMLButtonElement>('template-add')!.click());
    const save = () => $<HTMLButtonElement>('template-save')!;
    expect(save().disabled).toBe(true);
    expect(fieldError($('template-name'))).toBe('укажите название');
    type('template-name', 'Ремонт дорог');
    const body = $<HTMLTextAreaElement>('template-body')!;
    act(() => {
      body.value = 'Здравствуйте, ';
      body.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => $<HTMLButtonElement>('template-var-author')!.click());
    act(() => {
      body.value = `${body.value}! Ответственный: `;
      body.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => $<HTMLButtonElement>('template-var-executor')!.click());
    act(() => $<HTMLButtonElement>('template-var-phone')!.click());
    expect(body.value).toBe('Здравствуйте, {{author}}! Ответственный: {{executor}}{{phone}}');
    expect($('template-preview')!.textContent).toBe('Здравствуйте, Иван Петров! Ответственный: Смирнова А. В.+7 (861) 000-00-00');
    await act(async () => save().click());
    expect(request).toHaveBeenCalledWith('directoryPut', { table: 'templates', record: expect.objectContaining({ name: 'Ремонт дорог', kind: 'answer', body: 'Здравствуйте, {{author}}! Ответственный: {{executor}}{{phone}}' }) });
  });
});
