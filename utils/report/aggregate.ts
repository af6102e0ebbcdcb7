/**
 * The quarterly report of seed 000 p. 17 («ежеквартально … о своевременности работы специалистов
 * …, о качестве этой работы и динамике сообщений»), for any period.
 *
 * WHICH PERIOD A CASE BELONGS TO: the period in which it was DETECTED (detectedAt, in the
 * administration's zone). Its outcome is counted there whenever it happened, as known at the
 * report's `now`: a message detected on 31 March and answered on 2 April belongs to the first
 * quarter, answered (on time or late) — so every message is counted exactly once, captured =
 * answered + open + not subject + appeals, and a quarter compares with the previous one like for
 * like. Answers published in the period to messages of earlier periods are shown apart
 * (`answeredFromEarlier`), and the weekly chart counts answers in the week they were published.
 * Open cases are judged at `now`: one past its due moment is overdue.
 */
import type { Regulation } from '../regulation/schema';
import { STAGE_IDS } from '../regulation/vocabulary';
import type { WorkCalendar } from '../worktime/index';
import { dynamicsOf, figuresOf } from './figures';
import { caseOutcome, type CaseOutcome } from './outcome';
import { inPeriod, periodWeeks, previousPeriod, type ReportPeriod } from './period';
import type { GroupRow, LateCaseRow, Report, ReportCase, StageRow, WeekPoint } from './types';

export interface ReportDirectory {
  people: ReadonlyArray<{ id: string; name: string; department: string }>;
  topics: ReadonlyArray<{ id: string; name: string }>;
  locations: ReadonlyArray<{ id: string; name: string }>;
}

export interface ReportInput {
  cases: readonly ReportCase[];
  period: ReportPeriod;
  /** The moment the report is made: open cases are judged at it. */
  now: number;
  regulationOf(id: string): Regulation | undefined;
  calendarOf(regulation: Regulation): WorkCalendar;
  directory: ReportDirectory;
}

const ANSWER_EVENTS = new Set(['published', 'interimPublished', 'finalPublished']);
const EXCERPT_LENGTH = 120;

function answeredIn(c: ReportCase, period: ReportPeriod): boolean {
  return c.events.some((event) => ANSWER_EVENTS.has(event.type) && inPeriod(event.at, period));
}

function groupBy(outcomes: readonly CaseOutcome[], keysOf: (o: CaseOutcome) => string[], labelOf: (key: string) => string): GroupRow[] {
  const groups = new Map<string, CaseOutcome[]>();
  for (const o of outcomes) {
    for (const key of new Set(keysOf(o))) {
      const list = groups.get(key);
      if (list) list.push(o);
      else groups.set(key, [o]);
    }
  }
  const rows = [...groups].map(([key, list]) => ({ key, label: key === '' ? '' : labelOf(key), ...figuresOf(list) }));
  return rows.sort((a, b) => {
    if ((a.key === '') !== (b.key === '')) return a.key === '' ? 1 : -1;
    return b.captured - a.captured || a.label.localeCompare(b.label, 'ru');
  });
}

function stageRows(outcomes: readonly CaseOutcome[]): StageRow[] {
  const rows = new Map<string, StageRow>();
  for (const o of outcomes) {
    for (const s of o.stages) {
      if (s.stopped !== undefined || (s.optional && s.done === undefined)) continue;
      let row = rows.get(s.stage);
      if (!row) {
        row = { stage: s.stage, label: s.label, clause: s.clause, total: 0, done: 0, doneOnTime: 0, late: 0, pending: 0, onTimeShare: null };
        rows.set(s.stage, row);
      }
      row.total += 1;
      if (s.done !== undefined) {
        row.done += 1;
        if (!s.late) row.doneOnTime += 1;
      }
      if (s.late) row.late += 1;
      else if (s.done === undefined) row.pending += 1;
    }
  }
  // In the order of the procedure (the vocabulary lists stages so), whatever case came first.
  return [...rows.values()]
    .sort((a, b) => STAGE_IDS.indexOf(a.stage) - STAGE_IDS.indexOf(b.stage))
    .map((row) => ({ ...row, onTimeShare: row.done > 0 ? row.doneOnTime / row.done : null }));
}

function lateRow(o: CaseOutcome, input: ReportInput, personName: (id: string) => string, topicName: (v: string) => string, locationName: (v: string) => string): LateCaseRow | undefined {
  const finalLate = o.stages.find((s) => s.stage === 'final' && s.late);
  const primary = o.overdue ? o.response : finalLate;
  if (!primary) return undefined;
  const c = o.case;
  const regulation = input.regulationOf(c.regulationId);
  const calendar = regulation ? input.calendarOf(regulation) : undefined;
  const end = primary.done ?? input.now;
  const lateMinutes = o.overdue && o.lateMinutes !== undefined ? o.lateMinutes : calendar && end > primary.due ? calendar.workingMinutesBetween(primary.due, end) : 0;
  const text = c.text.replace(/\s+/g, ' ').trim();
  const row: LateCaseRow = {
    caseId: c.id,
    detectedAt: c.detectedAt,
    network: c.network,
    url: c.url,
    author: c.author.name ?? '',
    excerpt: text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1)}…` : text,
    executors: c.executors.map(personName),
    topic: c.topic ? topicName(c.topic) : '',
    location: c.location ? locationName(c.location) : '',
    stage: primary.label,
    due: primary.due,
    lateMinutes,
    otherLateStages: o.stages.filter((s) => s.late && s.stage !== primary.stage).map((s) => s.label),
  };
  if (primary.done !== undefined) row.answeredAt = primary.done;
  return row;
}

export function buildReport(input: ReportInput): Report {
  const { period, now, directory } = input;
  const previous = previousPeriod(period);
  const people = new Map(directory.people.map((p) => [p.id, p]));
  const topics = new Map(directory.topics.map((t) => [t.id, t.name]));
  const locations = new Map(directory.locations.map((l) => [l.id, l.name]));
  const personName = (id: string) => people.get(id)?.name ?? id;
  const topicName = (value: string) => topics.get(value) ?? value;
  const locationName = (value: string) => locations.get(value) ?? value;

  const current: CaseOutcome[] = [];
  const before: CaseOutcome[] = [];
  const earlier: CaseOutcome[] = [];
  let withoutRegulation = 0;
  for (const c of input.cases) {
    const inCurrent = inPeriod(c.detectedAt, period);
    const inPrevious = inPeriod(c.detectedAt, previous);
    const answeredNow = !inCurrent && !inPrevious && c.detectedAt < period.from && answeredIn(c, period);
    if (!inCurrent && !inPrevious && !answeredNow) continue;
    const regulation = input.regulationOf(c.regulationId);
    const outcome = caseOutcome(c, regulation, regulation ? input.calendarOf(regulation) : undefined, now);
    if (inCurrent) {
      current.push(outcome);
      if (!regulation) withoutRegulation += 1;
    } else if (inPrevious) before.push(outcome);
    else if (outcome.answeredAt !== undefined && inPeriod(outcome.answeredAt, period)) earlier.push(outcome);
  }

  const summary = figuresOf(current);
  const previousFigures = figuresOf(before);
  const weeks: WeekPoint[] = periodWeeks(period).map((week) => ({
    ...week,
    captured: current.filter((o) => inPeriod(o.case.detectedAt, week)).length,
    answered: [...current, ...before, ...earlier].filter((o) => o.answeredAt !== undefined && inPeriod(o.answeredAt, week)).length,
  }));
  const departmentsOf = (o: CaseOutcome) => (o.case.executors.length === 0 ? [''] : o.case.executors.map((id) => people.get(id)?.department ?? ''));

  return {
    period,
    previousPeriod: previous,
    generatedAt: now,
    summary,
    previous: previousFigures,
    dynamics: dynamicsOf(summary, previousFigures),
    answeredFromEarlier: [...before, ...earlier].filter((o) => o.answeredAt !== undefined && inPeriod(o.answeredAt, period)).length,
    stages: stageRows(current),
    byExecutor: groupBy(current, (o) => (o.case.executors.length === 0 ? [''] : [...o.case.executors]), personName),
    byDepartment: groupBy(current, departmentsOf, (name) => name),
    byTopic: groupBy(current, (o) => [o.case.topic ?? ''], topicName),
    byLocation: groupBy(current, (o) => [o.case.location ?? ''], locationName),
    byNetwork: groupBy(current, (o) => [o.case.network], (network) => network),
    late: current
      .map((o) => lateRow(o, input, personName, topicName, locationName))
      .filter((row): row is LateCaseRow => row !== undefined)
      .sort((a, b) => b.lateMinutes - a.lateMinutes || a.detectedAt - b.detectedAt),
    weeks,
    withoutRegulation,
  };
}
