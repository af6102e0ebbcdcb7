/**
 * The weekly schedule with breaks, per weekday. The schedule belongs to the regulation: a custom
 * regulation is saved with it; a built-in one is copied (with the new schedule) and put in force.
 */
import { useMemo, useState } from 'preact/hooks';
import { request } from '../../../utils/extension/messaging';
import { getLocale } from '../../../utils/i18n/index';
import type { RegulationRow } from '../../../utils/db/database';
import { copyRegulation } from '../../../utils/regulation/io';
import { weekSchema, type WeekSchedule } from '../../../utils/regulation/schema';
import { parseTimeOfDay } from '../../../utils/settings/time-of-day';
import { WEEKDAYS } from '../../../utils/regulation/vocabulary';
import { Alert, Button, showToast } from '../../ui/index';
import { errorText, tOptions } from '../messages';
import { freeCopyId } from '../regulation/RegulationSection';
import { IntervalsEditor, type Interval } from './IntervalsEditor';
import { WEEKDAY_NAMES, tWork } from './messages';

export function WeekEditor({ row, taken }: { row: RegulationRow; taken: ReadonlySet<string> }) {
  const [week, setWeek] = useState<WeekSchedule>(row.regulation.week);
  const [saving, setSaving] = useState(false);
  const locale = getLocale();
  const check = useMemo(() => weekSchema.safeParse(week), [week]);
  const errors = new Map<string, Map<number, string>>();
  if (!check.success) {
    for (const issue of check.error.issues) {
      const [day, index, end] = issue.path as [string, number | undefined, number | undefined];
      // A time that is not a time: its own field says why (TimeField); the interval is judged once both are times.
      if (end !== undefined) continue;
      const interval = week[day as keyof WeekSchedule]?.[index ?? 0];
      if (interval && !interval.every((time) => parseTimeOfDay(time, { endOfDay: true }).ok)) continue;
      if (!errors.has(day)) errors.set(day, new Map());
      errors.get(day)!.set(index ?? 0, issue.message);
    }
  }
  const empty = WEEKDAYS.every((day) => (week[day]?.length ?? 0) === 0);
  const valid = check.success && !empty;
  const preset = row.source === 'preset';

  async function save() {
    setSaving(true);
    try {
      if (preset) {
        const id = freeCopyId(row.id, taken);
        const copy = copyRegulation({ ...row.regulation, week }, id, { ru: `${row.regulation.name.ru} (свой график)`, en: `${row.regulation.name.en} (own schedule)` });
        await request('regulationSave', { regulation: copy });
        await request('updateSettings', { activeRegulationId: id });
      } else {
        await request('regulationSave', { regulation: { ...row.regulation, week } });
      }
      showToast(tOptions('saved'), { tone: 'success' });
    } catch (error) {
      showToast(errorText(error), { tone: 'danger', timeoutMs: 0 });
    } finally {
      setSaving(false);
    }
  }

  return (
    <section data-testid="week-editor">
      <h3>{tWork('week')}</h3>
      <p class="ui-muted">{tWork('weekHint')}</p>
      <table class="options-table options-week">
        <tbody>
          {WEEKDAYS.map((day) => (
            <tr key={day}>
              <th scope="row">{WEEKDAY_NAMES[locale][day]}</th>
              <td>
                {(week[day]?.length ?? 0) === 0 && <span class="ui-muted">{tWork('dayOff')} </span>}
                <IntervalsEditor
                  intervals={(week[day] ?? []) as Interval[]}
                  errors={errors.get(day)}
                  testBase={`week-${day}`}
                  onChange={(intervals) => setWeek({ ...week, [day]: intervals })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {empty && <Alert tone="danger">{tWork('noWorkingTime')}</Alert>}
      {preset && <Alert tone="info">{tWork('weekPreset')}</Alert>}
      <Button variant="primary" disabled={!valid || JSON.stringify(week) === JSON.stringify(row.regulation.week)} loading={saving} onClick={save} data-testid="week-save">
        {preset ? tWork('weekSaveCopy') : tWork('weekSave')}
      </Button>
    </section>
  );
}
