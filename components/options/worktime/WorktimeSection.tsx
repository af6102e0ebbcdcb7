/**
 * «Рабочее время»: the administration's time zone (every Russian zone), the weekly schedule with
 * breaks, its own calendar changes (regional holidays, local transfers) and a year view of the
 * resulting calendar with the changes marked; a click on a day edits its change.
 */
import { useMemo, useState } from 'preact/hooks';
import { calendarFor } from '../../../utils/cases/deadlines';
import { effectiveRegulation } from '../../../utils/db/due';
import { request } from '../../../utils/extension/messaging';
import type { CalendarOverrides } from '../../../utils/settings/schema';
import { RUSSIAN_TIME_ZONES } from '../../../utils/worktime/russian-zones';
import { zonedParts } from '../../../utils/worktime/zone';
import { Button, Card, Select, showToast } from '../../ui/index';
import { isoToRussian } from '../format';
import { errorText, tOptions } from '../messages';
import { activeRow, type OptionsData } from '../useOptionsData';
import type { Interval } from './IntervalsEditor';
import { tWork } from './messages';
import { OverrideDialog, type OverrideValue } from './OverrideDialog';
import { WeekEditor } from './WeekEditor';
import { YearView } from './YearView';

export function WorktimeSection({ data, now }: { data: OptionsData; now: number }) {
  const { settings } = data;
  const row = activeRow(data);
  const regulation = row ? effectiveRegulation(row.regulation, settings) : undefined;
  const zone = regulation?.timeZone ?? settings.timeZone ?? 'Europe/Moscow';
  const [year, setYear] = useState(() => zonedParts(now, zone).year);
  const [editing, setEditing] = useState<{ value: OverrideValue; exists: boolean } | undefined>();
  const overrides = settings.calendarOverrides;
  const calendar = useMemo(() => (regulation ? calendarFor(regulation, overrides.days) : undefined), [regulation?.id, regulation?.timeZone, regulation?.week, overrides.days]);
  const overridden = useMemo(() => new Set(Object.keys(overrides.days)), [overrides.days]);
  const dates = Object.keys(overrides.days).sort();

  async function saveOverrides(next: CalendarOverrides) {
    try {
      await request('updateSettings', { calendarOverrides: next });
      showToast(tOptions('saved'), { tone: 'success' });
      setEditing(undefined);
    } catch (error) {
      showToast(errorText(error), { tone: 'danger', timeoutMs: 0 });
    }
  }

  function open(date: string) {
    const exists = date in overrides.days;
    const intervals = (exists ? overrides.days[date]! : (calendar?.describeDay(date).intervals ?? [])) as Interval[];
    setEditing({ exists, value: { date, intervals: intervals.map(([a, b]) => [a, b] as Interval), note: overrides.notes[date] ?? '' } });
  }

  function save(value: OverrideValue) {
    const days = { ...overrides.days, [value.date]: value.intervals };
    const notes = { ...overrides.notes };
    if (value.note) notes[value.date] = value.note;
    else delete notes[value.date];
    if (editing && editing.value.date !== value.date && !editing.exists) delete days[editing.value.date];
    void saveOverrides({ days, notes });
  }

  function remove(date: string) {
    const { [date]: _day, ...days } = overrides.days;
    const { [date]: _note, ...notes } = overrides.notes;
    void saveOverrides({ days, notes });
  }

  const zoneOptions = [
    { value: '', label: tWork('zoneOfRegulation', { zone: row?.regulation.timeZone ?? '—' }) },
    ...RUSSIAN_TIME_ZONES.map((z) => ({ value: z.id, label: `${z.offsetLabel} — ${z.cities} (${z.id})` })),
  ];
  return (
    <Card title={tWork('title')} data-testid="section-worktime">
      <p class="ui-muted">{tWork('intro')}</p>
      <Select
        label={tWork('zone')}
        hint={tWork('zoneHint')}
        value={settings.timeZone ?? ''}
        options={zoneOptions}
        selectProps={{ 'data-testid': 'timezone' }}
        onChange={(value) =>
          request('updateSettings', { timeZone: value || null }).then(
            () => showToast(tOptions('saved'), { tone: 'success' }),
            (error) => showToast(errorText(error), { tone: 'danger', timeoutMs: 0 }),
          )
        }
      />
      {row && <WeekEditor key={`${row.id}-${row.updatedAt}`} row={row} taken={new Set(data.regulations.map((r) => r.id))} />}
      <section data-testid="overrides">
        <h3>{tWork('overrides')}</h3>
        <p class="ui-muted">{tWork('overridesHint')}</p>
        {dates.length === 0 ? (
          <p class="ui-muted">{tWork('noOverrides')}</p>
        ) : (
          <table class="options-table">
            <thead>
              <tr>
                <th>{tWork('date')}</th>
                <th>{tWork('kind')}</th>
                <th>{tWork('note')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {dates.map((date) => (
                <tr key={date} data-testid={`override-${date}`}>
                  <td class="ui-num">{isoToRussian(date)}</td>
                  <td>{overrides.days[date]!.length === 0 ? tWork('kindDayOff') : overrides.days[date]!.map(([a, b]) => `${a}–${b}`).join(', ')}</td>
                  <td>{overrides.notes[date] ?? ''}</td>
                  <td>
                    <Button size="sm" onClick={() => open(date)}>
                      {tOptions('edit')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Button onClick={() => setEditing({ exists: false, value: { date: `${year}-01-01`, intervals: [], note: '' } })} data-testid="override-add">
          {tWork('addOverride')}
        </Button>
      </section>
      {calendar && <YearView year={year} calendar={calendar} overridden={overridden} onPickDay={open} onYear={setYear} />}
      {editing && <OverrideDialog key={editing.value.date} initial={editing.value} exists={editing.exists} onSave={save} onRemove={remove} onClose={() => setEditing(undefined)} />}
    </Card>
  );
}
