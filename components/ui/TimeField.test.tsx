// @vitest-environment happy-dom
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../utils/i18n/index';
import { timeOfDayPattern } from '../../utils/settings/time-of-day';
import { TimeField } from './index';
import { setValue, useTestRoot } from '../test-dom';

const testRoot = useTestRoot();
beforeEach(() => setLocale('ru'));

const input = () => testRoot().querySelector<HTMLInputElement>('input')!;
const error = () => testRoot().querySelector('.ui-field__error')?.textContent ?? null;
const type = (text: string) => setValue(input(), text);
function leave() {
  act(() => {
    input().dispatchEvent(new FocusEvent('blur'));
  });
}

/** A form that holds the value like the schedule editor does. */
function Holder({ initial, onValue, endOfDay }: { initial: string; onValue: (v: string) => void; endOfDay?: boolean }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <TimeField
        label="С"
        value={value}
        endOfDay={endOfDay}
        onChange={(v) => {
          setValue(v);
          onValue(v);
        }}
        inputProps={{ 'data-testid': 'from' }}
      />
      <button type="button" onClick={() => setValue('09:00')}>
        reset
      </button>
    </>
  );
}

describe('TimeField', () => {
  it('is a 24-hour text input, never type=time', () => {
    act(() => render(<TimeField label="С" value="18:00" onChange={() => undefined} inputProps={{ 'data-testid': 'from' }} />, testRoot()));
    const el = input();
    expect(el.getAttribute('type')).toBe('text');
    expect(el.getAttribute('inputmode')).toBe('numeric');
    expect(el.getAttribute('pattern')).toBe(timeOfDayPattern());
    expect(el.getAttribute('placeholder')).toBe('ЧЧ:ММ');
    expect(el.getAttribute('maxlength')).toBe('5');
    expect(el.value).toBe('18:00');
    expect(el.dataset.testid).toBe('from');
    expect(testRoot().querySelector('label')!.getAttribute('for')).toBe(el.id);
  });

  it('reports the canonical time at once and shows it when the field is left: «9:00» → «09:00»', () => {
    const onValue = vi.fn();
    act(() => render(<Holder initial="08:00" onValue={onValue} />, testRoot()));
    type('9:00');
    expect(onValue).toHaveBeenLastCalledWith('09:00');
    expect(input().value).toBe('9:00');
    leave();
    expect(input().value).toBe('09:00');
    type('1830');
    leave();
    expect(input().value).toBe('18:30');
    expect(onValue).toHaveBeenLastCalledWith('18:30');
    expect(error()).toBeNull();
  });

  it('says in Russian what is wrong, passes the bad text on so the form refuses it, and clears on a fix', () => {
    const onValue = vi.fn();
    act(() => render(<Holder initial="09:00" onValue={onValue} />, testRoot()));
    type('25:00');
    expect(error()).toBe('Часы — от 00 до 23');
    expect(input().getAttribute('aria-invalid')).toBe('true');
    expect(onValue).toHaveBeenLastCalledWith('25:00');
    type('9:7');
    // Still being typed: judged only when the field is left.
    expect(error()).toBeNull();
    leave();
    expect(error()).toBe('Нужно время ЧЧ:ММ по 24-часовым часам, например 09:00 или 18:30');
    expect(input().value).toBe('9:7');
    type('9:75');
    expect(error()).toBe('Минуты — от 00 до 59');
    type('6 PM');
    expect(error()).toBe('Нужно время ЧЧ:ММ по 24-часовым часам, например 09:00 или 18:30');
    type('09:45');
    expect(error()).toBeNull();
    expect(onValue).toHaveBeenLastCalledWith('09:45');
  });

  it('shows a value set from outside (a reset) in place of what was typed', () => {
    act(() => render(<Holder initial="09:00" onValue={() => undefined} />, testRoot()));
    type('25:00');
    leave();
    act(() => testRoot().querySelector('button')!.click());
    expect(input().value).toBe('09:00');
    expect(error()).toBeNull();
  });

  it('takes 24:00 only where a day may end at midnight', () => {
    const onValue = vi.fn();
    act(() => render(<Holder initial="18:00" endOfDay onValue={onValue} />, testRoot()));
    type('24:00');
    expect(onValue).toHaveBeenLastCalledWith('24:00');
    expect(error()).toBeNull();
    act(() => render(null, testRoot()));
    act(() => render(<Holder initial="18:00" onValue={onValue} />, testRoot()));
    type('24:00');
    expect(error()).toBe('Часы — от 00 до 23');
  });

  it('shows the form’s own message when the time itself is fine', () => {
    act(() => render(<TimeField label="С" value="18:00" error="интервал 18:00–09:00: начало должно быть раньше конца" onChange={() => undefined} />, testRoot()));
    expect(error()).toBe('интервал 18:00–09:00: начало должно быть раньше конца');
  });
});
