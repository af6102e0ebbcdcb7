/**
 * Counting: the figures of a set of case outcomes, the mean and the 90th percentile of working
 * time to answer, and the change against the previous period.
 */
import type { CaseOutcome } from './outcome';
import type { Change, Figures } from './types';

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/**
 * The nearest-rank percentile: the smallest value such that at least p % of the values are not
 * greater (p90 of 10 values is the 9th smallest, of 4 values the 4th). No interpolation, so the
 * figure is always a time some answer actually took.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export function figuresOf(outcomes: readonly CaseOutcome[]): Figures {
  let answered = 0;
  let answeredOnTime = 0;
  let overdue = 0;
  let overdueOpen = 0;
  let open = 0;
  let notSubject = 0;
  let appeal = 0;
  const minutes: number[] = [];
  for (const o of outcomes) {
    if (o.answeredAt !== undefined) {
      answered += 1;
      if (o.onTime) answeredOnTime += 1;
      if (o.workingMinutesToAnswer !== undefined) minutes.push(o.workingMinutesToAnswer);
    }
    if (o.overdue) {
      overdue += 1;
      if (o.answeredAt === undefined) overdueOpen += 1;
    }
    if (o.outcome === 'notSubject') notSubject += 1;
    else if (o.outcome === 'appeal') appeal += 1;
    else if (o.outcome === undefined && o.answeredAt === undefined) open += 1;
  }
  return {
    captured: outcomes.length,
    answered,
    answeredOnTime,
    overdue,
    overdueOpen,
    open,
    notSubject,
    appeal,
    onTimeShare: answered > 0 ? answeredOnTime / answered : null,
    averageMinutes: mean(minutes),
    p90Minutes: percentile(minutes, 90),
  };
}

export function changeOf(current: number | null, previous: number | null): Change {
  const delta = current === null || previous === null ? null : current - previous;
  const relative = delta === null || previous === null || previous === 0 ? null : delta / previous;
  return { current, previous, delta, relative };
}

export function dynamicsOf(current: Figures, previous: Figures): Record<keyof Figures, Change> {
  const keys = Object.keys(current) as (keyof Figures)[];
  return Object.fromEntries(keys.map((key) => [key, changeOf(current[key], previous[key])])) as Record<keyof Figures, Change>;
}
