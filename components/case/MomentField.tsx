/**
 * A moment on the administration's wall clock as a date and a 24-hour time (TimeField), not
 * `datetime-local`, whose time shows AM/PM in an English-locale browser. The value is the
 * `datetime-local` string format/fromLocalInput read («2025-11-27T09:05»); '' when both parts are
 * empty. While a part is missing or the time is wrong the value does not parse, the message stands
 * next to that part, and `momentError` lets the form refuse it instead of silently using another moment.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { parseTimeOfDay } from '../../utils/settings/time-of-day';
import { TextField, TimeField } from '../ui/index';
import { fromLocalInput } from './format';
import { t } from './messages';

export interface MomentFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  /** data-testid of the date input; the time input gets `<testId>-time`. */
  testId: string;
  /** The latest date to offer ('YYYY-MM-DD'). */
  maxDate?: string;
  /** The administration's zone the moment is read in. */
  timeZone: string;
}

/** Why a MomentField value is not a moment (and which part is wrong), or undefined when it is one or is empty. */
export function momentProblem(value: string, timeZone: string): { part: 'date' | 'time'; message: string } | undefined {
  if (value === '' || fromLocalInput(value, timeZone) !== undefined) return undefined;
  const parsed = parseTimeOfDay(value.split('T')[1] ?? '');
  if (!parsed.ok) return { part: 'time', message: parsed.message };
  return { part: 'date', message: t('momentNoDate') };
}

export const momentError = (value: string, timeZone: string): string | undefined => momentProblem(value, timeZone)?.message;

export function MomentField({ label, value, onChange, hint, testId, maxDate, timeZone }: MomentFieldProps) {
  const problem = momentProblem(value, timeZone);
  const [date, setDate] = useState(value.slice(0, 10));
  const [time, setTime] = useState(value.slice(11));
  // The value this field last reported: a different one comes from the form (cleared after saving).
  const reported = useRef(value);
  useEffect(() => {
    if (value === reported.current) return;
    reported.current = value;
    setDate(value.slice(0, 10));
    setTime(value.slice(11));
  }, [value]);
  const emit = (nextDate: string, nextTime: string) => {
    reported.current = nextDate === '' && nextTime === '' ? '' : `${nextDate}T${nextTime}`;
    onChange(reported.current);
  };
  return (
    <div class="case-row2 case-moment">
      <TextField
        type="date"
        label={label}
        hint={hint}
        value={date}
        error={problem?.part === 'date' ? problem.message : undefined}
        onInput={(next) => {
          setDate(next);
          emit(next, time);
        }}
        inputProps={{ 'data-testid': testId, max: maxDate }}
      />
      <TimeField
        label={t('momentTime')}
        value={time}
        // A time being typed is judged by TimeField itself (when left); a missing one is named at once.
        error={problem?.part === 'time' && time.trim() === '' ? problem.message : undefined}
        onChange={(next) => {
          setTime(next);
          emit(date, next);
        }}
        inputProps={{ 'data-testid': `${testId}-time` }}
      />
    </div>
  );
}
