/**
 * Report periods: a quarter, a month or any span of whole days, with boundaries at midnight in the
 * ADMINISTRATION's time zone (never the machine's). `from` is inclusive, `to` exclusive, both epoch
 * ms, so a case detected at 23:59 on the last day belongs to the period and one at 00:00 on the next
 * day does not.
 */
import { addDays, daysInMonth, formatIsoDate, parseIsoDate, type CivilDate } from '../worktime/civil-date';
import { zonedParts, zonedTimeToInstant } from '../worktime/zone';

export type PeriodKind = 'quarter' | 'month' | 'custom';

export interface ReportPeriod {
  kind: PeriodKind;
  timeZone: string;
  /** First day, 'YYYY-MM-DD', in the zone. */
  startDate: string;
  /** Last day (inclusive), 'YYYY-MM-DD'. */
  endDate: string;
  /** Epoch ms of midnight starting startDate. */
  from: number;
  /** Epoch ms of midnight after endDate (exclusive). */
  to: number;
}

const DAY_MS = 86_400_000;

function midnight(date: CivilDate, timeZone: string): number {
  return zonedTimeToInstant({ ...date, hour: 0, minute: 0 }, timeZone);
}

function build(kind: PeriodKind, start: CivilDate, end: CivilDate, timeZone: string): ReportPeriod {
  return {
    kind,
    timeZone,
    startDate: formatIsoDate(start),
    endDate: formatIsoDate(end),
    from: midnight(start, timeZone),
    to: midnight(addDays(end, 1), timeZone),
  };
}

export function quarterPeriod(year: number, quarter: 1 | 2 | 3 | 4, timeZone: string): ReportPeriod {
  const firstMonth = (quarter - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  return build('quarter', { year, month: firstMonth, day: 1 }, { year, month: lastMonth, day: daysInMonth(year, lastMonth) }, timeZone);
}

export function monthPeriod(year: number, month: number, timeZone: string): ReportPeriod {
  return build('month', { year, month, day: 1 }, { year, month, day: daysInMonth(year, month) }, timeZone);
}

/** What is wrong with a custom span as typed (dates 'YYYY-MM-DD'), or undefined when customPeriod takes it. */
export function customPeriodProblem(startDate: string, endDate: string): 'noStart' | 'noEnd' | 'endBeforeStart' | undefined {
  const start = parseIsoDate(startDate);
  const end = parseIsoDate(endDate);
  if (!start) return 'noStart';
  if (!end) return 'noEnd';
  return formatIsoDate(end) < formatIsoDate(start) ? 'endBeforeStart' : undefined;
}

/** Any span of whole days; throws a RangeError on a bad date or an end before the start. */
export function customPeriod(startDate: string, endDate: string, timeZone: string): ReportPeriod {
  const start = parseIsoDate(startDate);
  const end = parseIsoDate(endDate);
  if (!start || !end) throw new RangeError(`Invalid period ${startDate}…${endDate}: expected dates as YYYY-MM-DD`);
  if (formatIsoDate(end) < formatIsoDate(start)) throw new RangeError(`Invalid period ${startDate}…${endDate}: the end is before the start`);
  return build('custom', start, end, timeZone);
}

export function quarterOf(month: number): 1 | 2 | 3 | 4 {
  return (Math.floor((month - 1) / 3) + 1) as 1 | 2 | 3 | 4;
}

/** The quarter that contains `now` in the zone: the report's default. */
export function currentQuarter(now: number, timeZone: string): ReportPeriod {
  const { year, month } = zonedParts(now, timeZone);
  return quarterPeriod(year, quarterOf(month), timeZone);
}

export function currentMonth(now: number, timeZone: string): ReportPeriod {
  const { year, month } = zonedParts(now, timeZone);
  return monthPeriod(year, month, timeZone);
}

/** Number of calendar days in the period. */
export function periodDays(period: ReportPeriod): number {
  const start = parseIsoDate(period.startDate)!;
  const end = parseIsoDate(period.endDate)!;
  return Math.round((Date.UTC(end.year, end.month - 1, end.day) - Date.UTC(start.year, start.month - 1, start.day)) / DAY_MS) + 1;
}

/**
 * The period of the same length just before: the previous quarter for a quarter, the previous
 * month for a month, the same number of days for a custom span.
 */
export function previousPeriod(period: ReportPeriod): ReportPeriod {
  const start = parseIsoDate(period.startDate)!;
  if (period.kind === 'quarter') {
    const quarter = quarterOf(start.month);
    return quarter === 1 ? quarterPeriod(start.year - 1, 4, period.timeZone) : quarterPeriod(start.year, (quarter - 1) as 1 | 2 | 3, period.timeZone);
  }
  if (period.kind === 'month') {
    return start.month === 1 ? monthPeriod(start.year - 1, 12, period.timeZone) : monthPeriod(start.year, start.month - 1, period.timeZone);
  }
  const days = periodDays(period);
  return customPeriod(formatIsoDate(addDays(start, -days)), formatIsoDate(addDays(start, -1)), period.timeZone);
}

export function inPeriod(at: number, period: Pick<ReportPeriod, 'from' | 'to'>): boolean {
  return at >= period.from && at < period.to;
}

export interface PeriodWeek {
  /** Monday of the week, 'YYYY-MM-DD' (the first week may start before the period). */
  monday: string;
  /** The part of the week inside the period. */
  from: number;
  to: number;
}

/** Calendar weeks (Monday to Sunday, in the zone) that overlap the period, clipped to it. */
export function periodWeeks(period: ReportPeriod): PeriodWeek[] {
  const start = parseIsoDate(period.startDate)!;
  const weekday = new Date(Date.UTC(start.year, start.month - 1, start.day)).getUTCDay(); // 0 = Sunday
  let monday = addDays(start, -((weekday + 6) % 7));
  const weeks: PeriodWeek[] = [];
  while (midnight(monday, period.timeZone) < period.to) {
    const from = Math.max(midnight(monday, period.timeZone), period.from);
    const to = Math.min(midnight(addDays(monday, 7), period.timeZone), period.to);
    weeks.push({ monday: formatIsoDate(monday), from, to });
    monday = addDays(monday, 7);
  }
  return weeks;
}
