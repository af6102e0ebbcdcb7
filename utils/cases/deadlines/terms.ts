/**
 * Term arithmetic: a stage rule's term turned into a due moment on the administration's work
 * calendar. Working minutes and hours go through the engine (lunch breaks, days off, shortened
 * days); «N working days» count from the next day and end at the closing time of the last one
 * (ГК РФ ст. 191, 193, 194) or at its midnight when the regulation says so.
 */
import type { Regulation, Term } from '../../regulation';
import type { WorkCalendar } from '../../worktime';
import { localDate, zonedTimeToInstant } from '../../worktime/zone';

const MINUTE_MS = 60_000;

export interface Due {
  due: number;
  provisional: boolean;
}

type SpanTerm = Extract<Term, { kind: 'after' | 'before' }>;

function spanMinutes(term: SpanTerm): number {
  return term.unit === 'minutes' ? term.duration : Math.round(term.duration * 60);
}

/** The closing time of a working day as the regulation reads it: the closing itself or that day's 24:00. */
function dayEnd(closing: number, calendar: WorkCalendar, workingDayEnds: Regulation['workingDayEnds']): number {
  if (workingDayEnds === 'closing') return closing;
  const [year, month, day] = localDate(closing, calendar.timeZone).split('-').map(Number) as [number, number, number];
  return zonedTimeToInstant({ year, month, day, hour: 24, minute: 0 }, calendar.timeZone);
}

/** The moment a span after `start` ends. */
export function afterSpan(term: SpanTerm, start: number, calendar: WorkCalendar, workingDayEnds: Regulation['workingDayEnds']): number {
  if (term.unit === 'workingDays') return dayEnd(calendar.addWorkingDays(start, term.duration).getTime(), calendar, workingDayEnds);
  if (term.clock === 'calendar') return start + spanMinutes(term) * MINUTE_MS;
  return calendar.addWorkingMinutes(start, spanMinutes(term)).getTime();
}

/**
 * The moment a span before `target` begins. «1 working day before» a term ending with a working
 * day is the end of the working day before it (the target's own day is found one ms before the
 * target, so a midnight end still belongs to the day it closes).
 */
export function beforeSpan(term: SpanTerm, target: number, calendar: WorkCalendar, workingDayEnds: Regulation['workingDayEnds']): number {
  if (term.unit === 'workingDays') return dayEnd(calendar.addWorkingDays(target - 1, -term.duration).getTime(), calendar, workingDayEnds);
  if (term.clock === 'calendar') return target - spanMinutes(term) * MINUTE_MS;
  return calendar.subtractWorkingMinutes(target, spanMinutes(term)).getTime();
}

/**
 * Seed 001 p. 3.3: N calendar hours in which days without working time are not counted, and at
 * least M working hours inside: the later of the two moments.
 */
export function calendarWithMinimumWorking(term: Extract<Term, { kind: 'calendarSkippingNonWorkingDaysWithMinimumWorking' }>, start: number, calendar: WorkCalendar): number {
  const calendarDue = calendar.addCalendarMinutesSkippingNonWorkingDays(start, term.calendarHours * 60).getTime();
  if (term.minimumWorkingHours === 0) return calendarDue;
  return Math.max(calendarDue, calendar.addWorkingMinutes(start, term.minimumWorkingHours * 60).getTime());
}
