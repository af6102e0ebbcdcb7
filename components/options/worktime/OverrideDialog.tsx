/**
 * One date of the administration's own calendar: a day off (a regional holiday) or a working day
 * with its intervals (a working Saturday, a shortened day), and the note that says why.
 */
import { useState } from 'preact/hooks';
import { dayIntervalsSchema, isoDateSchema } from '../../../utils/settings/schema';
import { parseTimeOfDay } from '../../../utils/settings/time-of-day';
import { Button, Dialog, Select, TextField } from '../../ui/index';
import { tOptions } from '../messages';
import { IntervalsEditor, type Interval } from './IntervalsEditor';
import { tWork } from './messages';

export interface OverrideValue {
  date: string;
  intervals: Interval[];
  note: string;
}

export interface OverrideDialogProps {
  initial: OverrideValue;
  /** The date already has a change (it can be removed). */
  exists: boolean;
  onSave: (value: OverrideValue) => void;
  onRemove: (date: string) => void;
  onClose: () => void;
}

export function OverrideDialog({ initial, exists, onSave, onRemove, onClose }: OverrideDialogProps) {
  const [value, setValue] = useState(initial);
  const [working, setWorking] = useState(initial.intervals.length > 0);
  const intervals = working ? value.intervals : [];
  const dateCheck = isoDateSchema.safeParse(value.date);
  const intervalsCheck = dayIntervalsSchema.safeParse(intervals);
  const dateError = dateCheck.success ? undefined : dateCheck.error.issues[0]?.message;
  // A time that is not a time has its own message next to it (TimeField); the order of the intervals is judged once all are times.
  const timesOk = intervals.every(([from, to]) => parseTimeOfDay(from).ok && parseTimeOfDay(to, { endOfDay: true }).ok);
  const noTime = working && intervals.length === 0;
  const intervalsError = intervalsCheck.success ? (noTime ? tWork('noWorkingTime') : undefined) : timesOk ? intervalsCheck.error.issues[0]?.message : undefined;
  const valid = !dateError && intervalsCheck.success && !noTime;
  return (
    <Dialog
      open
      onClose={onClose}
      closeOnBackdrop={false}
      title={exists ? tWork('overrideTitle', { date: value.date }) : tWork('overrideNew')}
      data-testid="override-dialog"
      footer={
        <>
          {exists && (
            <Button variant="danger" onClick={() => onRemove(initial.date)} data-testid="override-remove">
              {tWork('removeOverride')}
            </Button>
          )}
          <Button onClick={onClose}>{tOptions('cancel')}</Button>
          <Button variant="primary" disabled={!valid} onClick={() => onSave({ ...value, intervals, note: value.note.trim() })} data-testid="override-save">
            {tOptions('save')}
          </Button>
        </>
      }
    >
      <TextField type="date" label={tWork('date')} value={value.date} error={dateError} inputProps={{ 'data-testid': 'override-date' }} onInput={(date) => setValue({ ...value, date })} />
      <Select
        label={tWork('kind')}
        value={working ? 'working' : 'off'}
        selectProps={{ 'data-testid': 'override-kind' }}
        options={[
          { value: 'off', label: tWork('kindDayOff') },
          { value: 'working', label: tWork('kindWorking') },
        ]}
        onChange={(kind) => {
          setWorking(kind === 'working');
          if (kind === 'working' && value.intervals.length === 0) setValue({ ...value, intervals: [['09:00', '13:00'], ['14:00', '18:00']] });
        }}
      />
      {working && (
        <>
          <p class="ui-field__label">{tWork('intervals')}</p>
          <IntervalsEditor intervals={value.intervals} onChange={(next) => setValue({ ...value, intervals: next })} testBase="override-intervals" />
          {intervalsError && <p class="ui-field__error">{intervalsError}</p>}
        </>
      )}
      <TextField
        label={tWork('note')}
        placeholder={tWork('notePlaceholder')}
        value={value.note}
        inputProps={{ maxLength: 300, 'data-testid': 'override-note' }}
        onInput={(note) => setValue({ ...value, note })}
      />
    </Dialog>
  );
}
