/**
 * The report's inputs, live from the database: every case, the regulations with the settings'
 * time zone and calendar overrides, the directory; and the report built from them for a period.
 */
import { useMemo } from 'preact/hooks';
import { useLiveQuery } from '../hooks/useLiveQuery';
import { getDatabase } from '../../utils/db/database';
import { loadDueContext } from '../../utils/db/due';
import { getLocale } from '../../utils/i18n/index';
import { buildReport } from '../../utils/report/aggregate';
import type { ReportPeriod } from '../../utils/report/period';
import { reportDocument, type ReportDocument } from '../../utils/report/tables';
import type { Report } from '../../utils/report/types';

export interface ReportSource {
  ready: boolean;
  error: unknown;
  timeZone: string;
  municipality: string;
}

export function useReportSource() {
  const db = getDatabase();
  const cases = useLiveQuery(() => db.cases.toArray(), []);
  const due = useLiveQuery(() => loadDueContext(db), []);
  const directory = useLiveQuery(async () => ({ people: await db.people.toArray(), topics: await db.topics.toArray(), locations: await db.locations.toArray() }), []);
  const ctx = due.value;
  const active = ctx?.regulation(ctx.settings.activeRegulationId);
  return {
    cases: cases.value,
    ctx,
    directory: directory.value,
    ready: cases.value !== undefined && ctx !== undefined && directory.value !== undefined,
    error: cases.error ?? due.error ?? directory.error,
    timeZone: active?.timeZone ?? ctx?.settings.timeZone ?? 'Europe/Moscow',
    municipality: active?.municipality[getLocale()] ?? '',
  };
}

export function useReport(source: ReturnType<typeof useReportSource>, period: ReportPeriod | undefined, now: number): { report?: Report; doc?: ReportDocument } {
  const { cases, ctx, directory, municipality } = source;
  return useMemo(() => {
    if (!cases || !ctx || !directory || !period) return {};
    const report = buildReport({
      cases,
      period,
      now,
      regulationOf: (id) => ctx.regulation(id),
      calendarOf: (regulation) => ctx.calendar(regulation),
      directory: {
        people: directory.people.map((p) => ({ id: p.id, name: p.name, department: p.department })),
        topics: directory.topics,
        locations: directory.locations,
      },
    });
    return { report, doc: reportDocument(report, municipality) };
  }, [cases, ctx, directory, period?.from, period?.to, period?.kind, now, municipality, getLocale()]);
}
