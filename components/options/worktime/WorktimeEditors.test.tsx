// @vitest-environment happy-dom
/**
 * The weekly schedule and a calendar change take times on the 24-hour clock (TimeField, never
 * `type="time"`, which shows AM/PM in an English-locale browser): «9:00» becomes «09:00», a wrong
 * time has a Russian message and cannot be saved, breaks are the gaps between intervals, and an
 * interval may end at 24:00.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RegulationRow } from '../../../utils/db/database';
import { setLocale } from '../../../utils/i18n/index';
import { copyRegulation } from '../../../utils/regulation/io';
import { regulationPresets } from '../../../utils/regulation/presets/index';
import { OverrideDialog } from './OverrideDialog';
import { WeekEditor } from './WeekEditor';
import { fieldError, setValue, useTestRoot } from '../../test-dom';

const request = vi.hoisted(() => vi.fn());
vi.mock('../../../utils/extension/messaging', () => ({ request }));

const testRoot = useTestRoot();
beforeEach(() => {
  setLocale('ru');
  request.mockReset();
  request.mockResolvedValue({ id: 'x', updatedAt: 1 });
});

const $ = <T extends HTMLElement = HTMLElement>(testId: string) => testRoot().querySelector<T>(`[data-testid="${testId}"]`);
const type = (testId: string, value: string) => setValue($(testId), value);
const leave = (testId: string) => act(() => void $(testId)!.dispatchEvent(new FocusEvent('blur')));
const click = (testId: string) => act(() => $(testId)!.click());

function customRow(): RegulationRow {
  return { id: 'korenovsk-copy', source: 'custom', basedOn: 'korenovsk', regulation: copyRegulation(regulationPresets.korenovsk, 'korenovsk-copy'), updatedAt: 1 };
}

describe('the weekly schedule', () => {
  it('shows the intervals as 24-hour text, with the lunch break as the gap', () => {
    act(() => render(<WeekEditor row={customRow()} taken={new Set(['korenovsk', 'korenovsk-copy'])} />, testRoot()));
    const from = $<HTMLInputElement>('week-mon-0-from')!;
    expect(from.type).toBe('text');
    expect(from.getAttribute('inputmode')).toBe('numeric');
    expect(testRoot().querySelectorAll('input[type="time"]')).toHaveLength(0);
    expect([0, 1].map((i) => [$<HTMLInputElement>(`week-mon-${i}-from`)!.value, $<HTMLInputElement>(`week-mon-${i}-to`)!.value])).toEqual([
      ['09:00', '13:00'],
      ['14:00', '18:00'],
    ]);
  });

  it('normalises «8:30», refuses «25:00» with a Russian message, and saves the schedule with its breaks', async () => {
    act(() => render(<WeekEditor row={customRow()} taken={new Set(['korenovsk', 'korenovsk-copy'])} />, testRoot()));
    const save = () => $<HTMLButtonElement>('week-save')!;
    expect(save().disabled).toBe(true); // nothing changed yet

    type('week-mon-0-from', '25:00');
    expect(fieldError($('week-mon-0-from'))).toBe('Часы — от 00 до 23');
    expect(save().disabled).toBe(true);

    type('week-mon-0-from', '8:30');
    leave('week-mon-0-from');
    expect($<HTMLInputElement>('week-mon-0-from')!.value).toBe('08:30');
    expect(fieldError($('week-mon-0-from'))).toBeNull();

    // A second break on Friday: 09:00–13:00, 14:00–16:00, 16:15–18:00.
    type('week-fri-1-to', '16:00');
    click('week-fri-add');
    type('week-fri-2-from', '1615');
    type('week-fri-2-to', '18.00');
    expect(save().disabled).toBe(false);
    await act(async () => save().click());
    expect(request).toHaveBeenCalledTimes(1);
    const [kind, payload] = request.mock.calls[0]!;
    expect(kind).toBe('regulationSave');
    expect(payload.regulation.week.mon).toEqual([
      ['08:30', '13:00'],
      ['14:00', '18:00'],
    ]);
    expect(payload.regulation.week.fri).toEqual([
      ['09:00', '13:00'],
      ['14:00', '16:00'],
      ['16:15', '18:00'],
    ]);
  });

  it('names an interval that ends before it starts, once both are times', () => {
    act(() => render(<WeekEditor row={customRow()} taken={new Set()} />, testRoot()));
    type('week-tue-0-to', '8');
    expect($<HTMLInputElement>('week-tue-0-to')!.value).toBe('8');
    expect(fieldError($('week-tue-0-from'))).toBe('интервал 09:00–08:00: начало должно быть раньше конца');
    expect($<HTMLButtonElement>('week-save')!.disabled).toBe(true);
  });

  it('lets a working day run to midnight (24:00) and shows it as such', async () => {
    act(() => render(<WeekEditor row={customRow()} taken={new Set()} />, testRoot()));
    click('week-sun-add');
    type('week-sun-0-from', '20:00');
    type('week-sun-0-to', '24:00');
    expect(fieldError($('week-sun-0-to'))).toBeNull();
    await act(async () => $<HTMLButtonElement>('week-save')!.click());
    expect(request.mock.calls[0]![1].regulation.week.sun).toEqual([['20:00', '24:00']]);
  });

  it('saves a built-in regulation’s new schedule as a copy in force', async () => {
    const preset: RegulationRow = { id: 'korenovsk', source: 'preset', regulation: regulationPresets.korenovsk, updatedAt: 1 };
    act(() => render(<WeekEditor row={preset} taken={new Set(['korenovsk'])} />, testRoot()));
    expect($('week-sat-0-from')).toBeNull(); // Saturday has no interval until one is added
    click('week-sat-add');
    type('week-sat-0-from', '10:00');
    type('week-sat-0-to', '14:00');
    await act(async () => $<HTMLButtonElement>('week-save')!.click());
    expect(request.mock.calls.map(([kind]) => kind)).toEqual(['regulationSave', 'updateSettings']);
    expect(request.mock.calls[0]![1].regulation).toMatchObject({ id: 'korenovsk-copy', basedOn: 'korenovsk', week: { sat: [['10:00', '14:00']] } });
    expect(request.mock.calls[1]![1]).toEqual({ activeRegulationId: 'korenovsk-copy' });
  });
});

describe('a calendar change', () => {
  it('takes a shortened day in 24-hour time and refuses a wrong one', () => {
    const onSave = vi.fn();
    act(() =>
      render(<OverrideDialog initial={{ date: '2026-07-15', intervals: [['09:00', '13:00'], ['14:00', '18:00']], note: '' }} exists={false} onSave={onSave} onRemove={vi.fn()} onClose={vi.fn()} />, testRoot()),
    );
    const dialog = document.body.querySelector('[data-testid="override-dialog"]')!;
    const input = (id: string) => dialog.querySelector<HTMLInputElement>(`[data-testid="${id}"]`)!;
    const save = () => dialog.querySelector<HTMLButtonElement>('[data-testid="override-save"]')!;
    expect(input('override-intervals-1-to').type).toBe('text');
    act(() => {
      input('override-intervals-1-to').value = '17:75';
      input('override-intervals-1-to').dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(fieldError(input('override-intervals-1-to'))).toBe('Минуты — от 00 до 59');
    expect(save().disabled).toBe(true);
    // No second message about the order of intervals while a time is not a time.
    expect(dialog.querySelectorAll('.ui-field__error, p.ui-field__error')).toHaveLength(1);
    act(() => {
      input('override-intervals-1-to').value = '17';
      input('override-intervals-1-to').dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(save().disabled).toBe(false);
    act(() => save().click());
    expect(onSave).toHaveBeenCalledWith({ date: '2026-07-15', intervals: [['09:00', '13:00'], ['14:00', '17:00']], note: '' });
  });
});
