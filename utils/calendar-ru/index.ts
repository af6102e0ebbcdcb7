/**
 * The Russian federal production calendar as a per-date lookup: only the dates that differ from a
 * plain Monday–Friday week are listed (holidays, transferred days off, working weekend days,
 * shortened days). The working-time engine (utils/worktime) turns them into working intervals.
 */
import { formatRussianDate, parseIsoDate, weekdayOf } from '../worktime/civil-date';
import type { ProductionYear } from './types';
import { year2024 } from './years/2024';
import { year2025 } from './years/2025';
import { year2026 } from './years/2026';
import { year2027 } from './years/2027';

export type { Decree, Holiday, ProductionYear, Transfer } from './types';

export const PRODUCTION_YEARS: readonly ProductionYear[] = [year2024, year2025, year2026, year2027];

/** First and last date with decree data, 'YYYY-MM-DD'. */
export const PRODUCTION_COVERAGE: { readonly from: string; readonly to: string } = {
  from: `${PRODUCTION_YEARS[0]!.year}-01-01`,
  to: `${PRODUCTION_YEARS[PRODUCTION_YEARS.length - 1]!.year}-12-31`,
};

export type ProductionDayKind = 'holiday' | 'transferredDayOff' | 'workingWeekend' | 'shortened';

export interface ProductionDay {
  date: string;
  kind: ProductionDayKind;
  /** One hour shorter (ТК РФ ст. 95); true for every 'shortened' day and for pre-holiday working weekends. */
  shortened: boolean;
  /** Russian, for the options page: the holiday's name or what was moved where. */
  note: string;
}

const SHORTENED_NOTE = 'предпраздничный день, на 1 час короче (ст. 95 ТК РФ)';

function russianDate(iso: string): string {
  return formatRussianDate(parseIsoDate(iso)!);
}

function workingWeekendNote(date: string, movedTo: string | undefined, shortened: boolean): string {
  const day = parseIsoDate(date)!;
  const name = weekdayOf(day.year, day.month, day.day) === 6 ? 'Рабочая суббота' : 'Рабочий выходной день';
  const moved = movedTo ? `: выходной перенесён на ${russianDate(movedTo)}` : '';
  return `${name}${moved}${shortened ? `; ${SHORTENED_NOTE}` : ''}`;
}

function indexYear(data: ProductionYear, into: Map<string, ProductionDay>): void {
  const shortened = new Set(data.shortenedDays);
  for (const { date, name } of data.holidays) into.set(date, { date, kind: 'holiday', shortened: false, note: name });
  for (const { from, to, basis } of data.transfers) {
    const origin = basis === 'art112' ? ' (ст. 112 ТК РФ)' : '';
    into.set(to, { date: to, kind: 'transferredDayOff', shortened: false, note: `Перенос выходного с ${russianDate(from)}${origin}` });
  }
  for (const date of data.workingWeekends) {
    const movedTo = data.transfers.find((t) => t.from === date)?.to;
    into.set(date, { date, kind: 'workingWeekend', shortened: shortened.has(date), note: workingWeekendNote(date, movedTo, shortened.has(date)) });
  }
  for (const date of shortened) {
    if (into.get(date)?.kind === 'workingWeekend') continue;
    const note = SHORTENED_NOTE[0]!.toUpperCase() + SHORTENED_NOTE.slice(1);
    into.set(date, { date, kind: 'shortened', shortened: true, note });
  }
}

const days = new Map<string, ProductionDay>();
for (const data of PRODUCTION_YEARS) indexYear(data, days);

/** The federal calendar's entry for a date, or undefined for an ordinary day (or a year without data). */
export function productionDay(date: string): ProductionDay | undefined {
  return days.get(date);
}

export function productionYear(year: number): ProductionYear | undefined {
  return PRODUCTION_YEARS.find((data) => data.year === year);
}
