/**
 * Twelve small month grids of one year in the administration's calendar: working, shortened and
 * non-working days (weekends, holidays, transferred days off), working weekend days, and the
 * administration's own changes marked. Clicking a day opens its change for editing.
 */
import { getLocale } from '../../../utils/i18n/index';
import { daysInMonth } from '../../../utils/worktime/civil-date';
import type { WorkCalendar } from '../../../utils/worktime/index';
import { Alert, Button } from '../../ui/index';
import { isoToRussian } from '../format';
import { MONTH_NAMES, SHORT_WEEKDAYS, tWork } from './messages';

export interface YearViewProps {
  year: number;
  calendar: WorkCalendar;
  /** Dates the administration changed ('YYYY-MM-DD'). */
  overridden: ReadonlySet<string>;
  onPickDay: (date: string) => void;
  onYear: (year: number) => void;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function dayClass(kind: string): string {
  if (kind === 'working') return 'year-day--working';
  if (kind === 'shortened') return 'year-day--shortened';
  if (kind === 'workingWeekend') return 'year-day--working-weekend';
  return 'year-day--off';
}

function hoursText(minutes: number): string {
  if (minutes === 0) return '';
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return getLocale() === 'ru' ? `, ${h} ч${m ? ` ${m} мин` : ''}` : `, ${h} h${m ? ` ${m} min` : ''}`;
}

function Month({ year, month, calendar, overridden, onPickDay }: Omit<YearViewProps, 'onYear'> & { month: number }) {
  const locale = getLocale();
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay(); // 0 = Sunday
  const blanks = (first + 6) % 7;
  const cells = [];
  for (let i = 0; i < blanks; i++) cells.push(<span key={`b${i}`} class="year-day year-day--blank" aria-hidden="true" />);
  for (let day = 1; day <= daysInMonth(year, month); day++) {
    const date = `${year}-${pad(month)}-${pad(day)}`;
    const info = calendar.describeDay(date);
    const changed = overridden.has(date);
    const kind = tWork(`kind${info.kind}` as 'kindworking');
    const title = tWork('dayTitle', { date: isoToRussian(date), kind, hours: hoursText(info.minutes), note: info.note ? ` — ${info.note}` : '' });
    cells.push(
      <button
        type="button"
        key={date}
        class={`year-day ${dayClass(info.kind)}${changed ? ' year-day--override' : ''}`}
        title={title}
        aria-label={title}
        data-testid={`day-${date}`}
        data-kind={info.kind}
        data-override={changed ? 'true' : undefined}
        onClick={() => onPickDay(date)}
      >
        {day}
      </button>,
    );
  }
  return (
    <div class="year-month">
      <h4>{MONTH_NAMES[locale][month - 1]}</h4>
      <div class="year-grid">
        {SHORT_WEEKDAYS[locale].map((name) => (
          <span key={name} class="year-weekday" aria-hidden="true">
            {name}
          </span>
        ))}
        {cells}
      </div>
    </div>
  );
}

export function YearView(props: YearViewProps) {
  const { year, calendar, onYear } = props;
  const from = Number(calendar.coverage.from.slice(0, 4));
  const to = Number(calendar.coverage.to.slice(0, 4));
  const covered = year >= from && year <= to;
  return (
    <section class="year-view" data-testid="year-view" data-year={year}>
      <div class="year-view__head">
        <Button size="sm" onClick={() => onYear(year - 1)} aria-label={tWork('previousYear')} data-testid="year-prev">
          ←
        </Button>
        <h3 data-testid="year-title">{year}</h3>
        <Button size="sm" onClick={() => onYear(year + 1)} aria-label={tWork('nextYear')} data-testid="year-next">
          →
        </Button>
        <span class="ui-muted" data-testid="year-coverage">
          {tWork('coverage', { from, to })}
        </span>
      </div>
      {!covered && (
        <Alert tone="warning" data-testid="year-no-data">
          {tWork('noData', { year })}
        </Alert>
      )}
      <ul class="year-legend">
        <li><span class="year-day year-day--working" aria-hidden="true" /> {tWork('legendWorking')}</li>
        <li><span class="year-day year-day--shortened" aria-hidden="true" /> {tWork('legendShortened')}</li>
        <li><span class="year-day year-day--off" aria-hidden="true" /> {tWork('legendOff')}</li>
        <li><span class="year-day year-day--working-weekend" aria-hidden="true" /> {tWork('legendWorkingWeekend')}</li>
        <li><span class="year-day year-day--override" aria-hidden="true" /> {tWork('legendOverride')}</li>
      </ul>
      <p class="ui-muted">{tWork('clickToEdit')}</p>
      <div class="year-months">
        {Array.from({ length: 12 }, (_, i) => (
          <Month key={i} month={i + 1} {...props} />
        ))}
      </div>
    </section>
  );
}
