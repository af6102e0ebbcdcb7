/**
 * The queue's data for a page: every case (live: any write in any extension context re-renders),
 * the regulations' calendars, people's names — and the functions QueueView asks per row.
 */
import { useMemo } from 'preact/hooks';
import { useLiveQuery } from '../hooks/useLiveQuery';
import { computeDeadlines, nextDue } from '../../utils/cases/deadlines';
import type { CaseRow } from '../../utils/db/case-row';
import { getDatabase } from '../../utils/db/database';
import { loadDueContext, type DueContext } from '../../utils/db/due';
import { getLocale, resolveLocale, setLocale } from '../../utils/i18n/index';
import { clockOf } from '../../utils/queue/clock';
import type { WorkClock } from '../../utils/queue/types';
import type { RowDeadline } from './QueueRow';

export interface QueueData {
  cases: CaseRow[] | undefined;
  error: unknown;
  deadlineOf: (c: CaseRow) => RowDeadline | undefined;
  clockFor: (c: CaseRow) => WorkClock | undefined;
  personName: (id: string) => string;
}

/** The next due stage of a case with its regulation's clock; undefined when nothing is pending or the regulation is missing. */
export function rowDeadline(ctx: DueContext, c: CaseRow): RowDeadline | undefined {
  const regulation = ctx.regulation(c.regulationId);
  if (!regulation) return undefined;
  const calendar = ctx.calendar(regulation);
  const next = nextDue(computeDeadlines(c, regulation, calendar));
  if (!next) return undefined;
  return { stageLabel: next.label[getLocale()], due: next.due, provisional: next.provisional, clock: clockOf(calendar) };
}

export function useQueueData(): QueueData {
  const db = getDatabase();
  const cases = useLiveQuery(() => db.cases.toArray(), []);
  const due = useLiveQuery(() => loadDueContext(db), []);
  const people = useLiveQuery(() => db.people.toArray(), []);
  const ctx = due.value;
  if (ctx) setLocale(resolveLocale(ctx.settings.locale, typeof navigator === 'undefined' ? [] : navigator.languages));

  const deadlineOf = useMemo(() => {
    // Deadlines of a case object are computed once (only rows in view ask); a write replaces the object.
    const cache = new WeakMap<CaseRow, RowDeadline | undefined>();
    return (c: CaseRow) => {
      if (!ctx) return undefined;
      if (!cache.has(c)) cache.set(c, rowDeadline(ctx, c));
      return cache.get(c);
    };
  }, [ctx]);

  const clockFor = useMemo(() => {
    const byRegulation = new Map<string, WorkClock | undefined>();
    return (c: CaseRow) => {
      if (!ctx) return undefined;
      if (!byRegulation.has(c.regulationId)) {
        const regulation = ctx.regulation(c.regulationId);
        byRegulation.set(c.regulationId, regulation ? clockOf(ctx.calendar(regulation)) : undefined);
      }
      return byRegulation.get(c.regulationId);
    };
  }, [ctx]);

  const personName = useMemo(() => {
    const names = new Map((people.value ?? []).map((p) => [p.id, p.name]));
    return (id: string) => names.get(id) ?? id;
  }, [people.value]);

  return {
    // Rows wait for the regulations, so a countdown never shows without its calendar.
    cases: ctx ? cases.value : undefined,
    error: cases.error ?? due.error ?? people.error,
    deadlineOf,
    clockFor,
    personName,
  };
}
