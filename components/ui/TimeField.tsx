/**
 * A time of day on the 24-hour clock, whatever the browser's language: a text input (`<input
 * type="time">` shows AM/PM in an English-locale browser), numeric keyboard, «ЧЧ:ММ» placeholder.
 * «9:00», «9.00» or «0900» become «09:00» when the field is left; a wrong time gets a Russian message
 * next to it.
 *
 * `onChange` receives the canonical `HH:MM` while the text is a valid time, and the text as typed
 * while it is not, so the form's own validation (the schedule's zod schema) refuses to save it
 * instead of silently keeping the previous value.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { parseTimeOfDay, timeOfDayPattern } from '../../utils/settings/time-of-day';
import { cx } from './classes';
import { Field, type FieldProps } from './fields';
import { tUi } from './messages';

export interface TimeFieldProps extends Omit<FieldProps, 'children'> {
  /** `HH:MM` (or, while invalid, the text the field reported). */
  value: string;
  onChange: (value: string) => void;
  /** Accept «24:00»: the end of a working interval that runs to midnight. */
  endOfDay?: boolean;
  disabled?: boolean;
  inputProps?: Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'value' | 'onInput' | 'type' | 'onBlur'> & Record<`data-${string}`, string>;
}

/** Typed text long enough, or with a character no time has, is judged before the field is left. */
function finished(text: string): boolean {
  return text.trim().length >= 5 || /[^\d:.\s]/.test(text);
}

export function TimeField({ value, onChange, endOfDay, disabled, inputProps, error, ...field }: TimeFieldProps) {
  const [text, setText] = useState(value);
  const [left, setLeft] = useState(false);
  // The value this field last reported: a different one comes from outside (reset, another row).
  const reported = useRef(value);
  useEffect(() => {
    if (value !== reported.current) {
      reported.current = value;
      setText(value);
      setLeft(false);
    }
  }, [value]);

  const parsed = parseTimeOfDay(text, { endOfDay });
  const own = !parsed.ok && (left || finished(text)) ? parsed.message : undefined;

  const input = (typed: string) => {
    setText(typed);
    const result = parseTimeOfDay(typed, { endOfDay });
    const next = result.ok ? result.value : typed;
    reported.current = next;
    if (next !== value) onChange(next);
  };

  return (
    <Field {...field} error={own ?? error}>
      {(control) => (
        <input
          autoComplete="off"
          spellcheck={false}
          placeholder={tUi('timePlaceholder')}
          {...inputProps}
          {...control}
          class={cx('ui-input', 'ui-input--time', inputProps?.class as string | undefined)}
          type="text"
          inputMode="numeric"
          pattern={timeOfDayPattern({ endOfDay })}
          maxLength={5}
          value={text}
          disabled={disabled}
          onInput={(e) => input(e.currentTarget.value)}
          onBlur={() => {
            setLeft(true);
            if (parsed.ok && parsed.value !== text) setText(parsed.value);
          }}
        />
      )}
    </Field>
  );
}
