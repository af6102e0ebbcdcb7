/**
 * What the report needs to know about one case, derived from its timeline and its regulation's
 * deadlines (computeDeadlines, evaluated at the report's `now`):
 *
 * - answeredAt: when an answer first reached the thread — the moment the regulation's response
 *   stage (`answer`, or `explain` for an explanation instead of an answer, seed 001 p. 3.7) was
 *   done. An interim answer meets the answer term (seeds 000 p. 11, 002 p. 14, 003 p. 18, 004
 *   p. 10), so it counts as the answer; the final answer then has its own `final` stage.
 * - onTime / overdue: the response stage done by its due minute (exactly on the due minute is on
 *   time), done after it, or still open after it at `now`. A case stopped before its answer (not
 *   subject to an answer, converted to an appeal, closed) is neither.
 * - lateMinutes: working minutes between the due moment and the answer (or `now` while open).
 * - workingMinutesToAnswer: working minutes between detection and the answer, on the case's
 *   calendar (the administration's schedule, production calendar and own overrides).
 * - outcome: the last of answered / interim / notSubject / appeal in the timeline (a `reopened`
 *   event clears it).
 */
import { computeDeadlines, type StageDeadline } from '../cases/deadlines';
import type { Regulation } from '../regulation/schema';
import type { WorkCalendar } from '../worktime/index';
import type { ReportCase } from './types';

export type Outcome = 'answered' | 'interim' | 'notSubject' | 'appeal';

export interface CaseOutcome {
  case: ReportCase;
  outcome?: Outcome;
  /** The stage that measures the whole answer: `answer`, else `explain`; absent without a regulation. */
  response?: StageDeadline;
  answeredAt?: number;
  onTime: boolean;
  overdue: boolean;
  lateMinutes?: number;
  workingMinutesToAnswer?: number;
  /** Every stage with its due moment, done and late flags, evaluated at `now`. */
  stages: StageDeadline[];
}

const ANSWER_EVENTS = new Set(['published', 'interimPublished', 'finalPublished']);

export function outcomeOf(events: ReportCase['events']): Outcome | undefined {
  let outcome: Outcome | undefined;
  for (const event of events) {
    if (event.type === 'published' || event.type === 'finalPublished') outcome = 'answered';
    else if (event.type === 'interimPublished') outcome = 'interim';
    else if (event.type === 'rejected') outcome = 'notSubject';
    else if (event.type === 'convertedToAppeal') outcome = 'appeal';
    else if (event.type === 'reopened') outcome = undefined;
  }
  return outcome;
}

/** The first publication of any answer in the timeline (used when the case's regulation is missing). */
function firstAnswerEvent(events: ReportCase['events']): number | undefined {
  let first: number | undefined;
  for (const event of events) if (ANSWER_EVENTS.has(event.type) && (first === undefined || event.at < first)) first = event.at;
  return first;
}

/** Working minutes from a to b (0 when b is not after a). */
function workingBetween(calendar: WorkCalendar, a: number, b: number): number {
  return b > a ? calendar.workingMinutesBetween(a, b) : 0;
}

export function caseOutcome(c: ReportCase, regulation: Regulation | undefined, calendar: WorkCalendar | undefined, now: number): CaseOutcome {
  const outcome = outcomeOf(c.events);
  if (!regulation || !calendar) {
    const answeredAt = firstAnswerEvent(c.events);
    return { case: c, outcome, answeredAt, onTime: false, overdue: false, stages: [] };
  }
  const stages = computeDeadlines(c, regulation, calendar, now);
  const response = stages.find((s) => s.stage === 'answer' && !s.stopped) ?? stages.find((s) => s.stage === 'explain' && !s.stopped);
  const result: CaseOutcome = { case: c, outcome, response, onTime: false, overdue: false, stages };
  if (!response) {
    const answeredAt = firstAnswerEvent(c.events);
    if (answeredAt !== undefined) {
      result.answeredAt = answeredAt;
      result.workingMinutesToAnswer = workingBetween(calendar, c.detectedAt, answeredAt);
    }
    return result;
  }
  if (response.done !== undefined) {
    result.answeredAt = response.done;
    result.workingMinutesToAnswer = workingBetween(calendar, c.detectedAt, response.done);
    result.onTime = !response.late;
  }
  if (response.late) {
    result.overdue = true;
    result.lateMinutes = workingBetween(calendar, response.due, response.done ?? now);
  }
  return result;
}
