/**
 * Working intervals of one day ([from, to] pairs of 'HH:MM', typed on the 24-hour clock; an interval
 * may end at 24:00); gaps between them are breaks.
 */
import { parseTimeOfDay } from '../../../utils/settings/time-of-day';
import { Button, TimeField } from '../../ui/index';
import { tWork } from './messages';

export type Interval = [string, string];

export interface IntervalsEditorProps {
  intervals: Interval[];
  onChange: (intervals: Interval[]) => void;
  /** Messages by interval index. */
  errors?: ReadonlyMap<number, string>;
  testBase: string;
}

/** The next interval after the last one: an hour later, or the usual morning. */
function nextInterval(intervals: Interval[]): Interval {
  const last = intervals[intervals.length - 1];
  const end = last ? parseTimeOfDay(last[1], { endOfDay: true }) : undefined;
  if (!end?.ok) return ['09:00', '18:00'];
  const hour = Math.min(23, Number(end.value.slice(0, 2)) + 1);
  return [`${String(hour).padStart(2, '0')}:00`, hour >= 23 ? '24:00' : `${String(Math.min(23, hour + 4)).padStart(2, '0')}:00`];
}

export function IntervalsEditor({ intervals, onChange, errors, testBase }: IntervalsEditorProps) {
  const set = (i: number, end: 0 | 1, value: string) => onChange(intervals.map((interval, j) => (j === i ? ((end === 0 ? [value, interval[1]] : [interval[0], value]) as Interval) : interval)));
  return (
    <div class="options-intervals" data-testid={testBase}>
      {intervals.map(([from, to], i) => (
        <div class="options-interval" key={i}>
          <TimeField label={tWork('from')} value={from} error={errors?.get(i)} inputProps={{ 'data-testid': `${testBase}-${i}-from` }} onChange={(v) => set(i, 0, v)} />
          <TimeField label={tWork('to')} value={to} endOfDay inputProps={{ 'data-testid': `${testBase}-${i}-to` }} onChange={(v) => set(i, 1, v)} />
          <Button size="sm" variant="ghost" onClick={() => onChange(intervals.filter((_, j) => j !== i))} aria-label={tWork('removeInterval')}>
            ×
          </Button>
        </div>
      ))}
      <Button size="sm" variant="ghost" onClick={() => onChange([...intervals, nextInterval(intervals)])} data-testid={`${testBase}-add`}>
        {tWork('addInterval')}
      </Button>
    </div>
  );
}
