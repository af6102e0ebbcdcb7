/**
 * The queue's data for a page: every case (live: any write in any extension context re-renders),
 * the regulations' calendars, people's names — and the functions QueueView asks per row.
 */
import { Dexie } from 'dexie';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useLiveQuery } from '../hooks/useLiveQuery';
import { computeDeadlines, nextDue } from '../../utils/cases/deadlines';
import type { CaseRow } from '../../utils/db/case-row';
import { getDatabase, type OtklikDB } from '../../utils/db/database';
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

/**
 * Every case, re-read whenever any case changes in any extension context. The live query watches
 * only the primary keys (a put of any row touches them); the rows themselves are read outside it,
 * because Dexie deep-clones what a live query returns (its default `cache: 'cloned'`), which for
 * 10,000 cases costs more than reading them. Rows come in the queue index's order (open by due
 * moment, then finished): sorting an already sorted list is cheap.
 */
function useLiveCases(db: OtklikDB): { value: CaseRow[] | undefined; error: unknown } {
  const changed = useLiveQuery(() => db.cases.toCollection().primaryKeys(), []);
  const [state, setState] = useState<{ value: CaseRow[] | undefined; error: unknown }>({ value: undefined, error: undefined });
  useEffect(() => {
    if (changed.value === undefined) return;
    let current = true;
    db.cases
      .where('[queueRank+queueAt]')
      .between([0, Dexie.minKey], [1, Dexie.maxKey], true, true)
      .toArray()
      .then(
        (value) => current && setState({ value, error: undefined }),
        (error: unknown) => current && setState((previous) => ({ value: previous.value, error })),
      );
    return () => {
      current = false;
    };
  }, [changed.value, db]);
  return { value: state.value, error: changed.error ?? state.error };
}

export function useQueueData(): QueueData {
  const db = getDatabase();
  const cases = useLiveCases(db);
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
