// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { calendarFor } from '../../../utils/cases/deadlines';
import { setLocale } from '../../../utils/i18n/index';
import { regulationPresets } from '../../../utils/regulation/presets/index';
import { YearView } from './YearView';

let root: HTMLElement;
beforeEach(() => {
  setLocale('ru');
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  act(() => render(null, root));
  root.remove();
});

const regulation = regulationPresets.korenovsk;
const day = (date: string) => root.querySelector<HTMLButtonElement>(`[data-testid="day-${date}"]`)!;

function mount(year: number, overrides: Record<string, Array<[string, string]>> = {}) {
  const onPickDay = vi.fn();
  const onYear = vi.fn();
  const calendar = calendarFor(regulation, overrides);
  act(() => render(<YearView year={year} calendar={calendar} overridden={new Set(Object.keys(overrides))} onPickDay={onPickDay} onYear={onYear} />, root));
  return { onPickDay, onYear };
}

describe('YearView', () => {
  it('draws twelve months with every day of the year', () => {
    mount(2026);
    expect(root.querySelectorAll('.year-month')).toHaveLength(12);
    expect(root.querySelectorAll('button[data-testid^="day-2026-"]')).toHaveLength(365);
    // 1 January 2026 is a Thursday: three blank cells before it in a Monday-first grid.
    expect(root.querySelector('.year-month')!.querySelectorAll('.year-day--blank')).toHaveLength(3);
  });

  it('shows working, shortened and non-working days from the production calendar', () => {
    mount(2026);
    expect(day('2026-01-01').dataset.kind).toBe('holiday');
    expect(day('2026-01-09').dataset.kind).toBe('transferredDayOff');
    expect(day('2026-01-10').dataset.kind).toBe('weekend');
    expect(day('2026-01-12').dataset.kind).toBe('working');
    expect(day('2026-11-03').dataset.kind).toBe('shortened');
    expect(day('2026-11-03').className).toContain('year-day--shortened');
    expect(day('2026-06-12').className).toContain('year-day--off');
    expect(day('2026-06-12').title).toContain('12.06.2026: праздник');
    expect(day('2026-11-03').title).toContain('7 ч');
  });

  it('marks the administration’s own changes and lets a click edit a day', () => {
    const { onPickDay } = mount(2026, { '2026-07-15': [], '2026-12-26': [['10:00', '14:00']] });
    expect(day('2026-07-15').dataset.override).toBe('true');
    expect(day('2026-07-15').className).toContain('year-day--off');
    expect(day('2026-12-26').dataset.kind).toBe('workingWeekend');
    expect(day('2026-07-16').dataset.override).toBeUndefined();
    act(() => day('2026-07-16').click());
    expect(onPickDay).toHaveBeenCalledWith('2026-07-16');
  });

  it('names the years the production calendar covers and warns about a year without data', () => {
    const { onYear } = mount(2026);
    expect(root.querySelector('[data-testid="year-coverage"]')!.textContent).toBe('Производственный календарь РФ есть на 2024–2027 годы.');
    expect(root.querySelector('[data-testid="year-no-data"]')).toBeNull();
    act(() => root.querySelector<HTMLButtonElement>('[data-testid="year-next"]')!.click());
    expect(onYear).toHaveBeenCalledWith(2027);
    mount(2028);
    expect(root.querySelector('[data-testid="year-no-data"]')!.textContent).toContain('На 2028 год нет производственного календаря');
  });
});
