/**
 * The live preview of a regulation being edited: for a sample message detected at a chosen moment,
 * each stage's due moment as computeDeadlines gives it when the event the stage counts from happens
 * at the moment of detection (routing, a draft, an approval, an interim answer — whichever the
 * stage needs; the sample is routed at once to one or two executors with the chosen importance).
 */
import { computeDeadlines } from '../../../utils/cases/deadlines';
import type { DeadlineEvent } from '../../../utils/cases/deadlines';
import type { Regulation, StageRule, Term } from '../../../utils/regulation/schema';
import type { WorkCalendar } from '../../../utils/worktime/index';

export interface PreviewSample {
  detectedAt: number;
  importance: 'normal' | 'high';
  severalExecutors: boolean;
}

export interface PreviewRow {
  rule: StageRule;
  /** The term that applies to the sample (a special term for high importance, say). */
  term: Term;
  due?: number;
  provisional?: boolean;
}

const ANCHOR_DATA: Partial<Record<string, Record<string, unknown>>> = {
  returnedNotCompetent: { reason: 'пример' },
  returnedForRevision: { reason: 'other', comment: 'пример' },
  published: { kind: 'answer' },
};

function sampleEvents(rule: StageRule, sample: PreviewSample): DeadlineEvent[] {
  const at = sample.detectedAt;
  const events: DeadlineEvent[] = [
    { type: 'captured', at },
    { type: 'routed', at, data: { executors: sample.severalExecutors ? ['a', 'b'] : ['a'], lead: 'a', importance: sample.importance } },
  ];
  const when = rule.appliesWhen;
  if (when?.afterInterim || rule.from === 'interimPublished') events.push({ type: 'interimPublished', at });
  if (rule.from === 'draftSubmitted' || when?.draftKind) events.push({ type: 'draftSubmitted', at, data: { kind: when?.draftKind?.[0] ?? 'answer' } });
  if (!events.some((e) => e.type === rule.from) && rule.from !== 'posted') events.push({ type: rule.from, at, data: ANCHOR_DATA[rule.from] ?? {} });
  return events;
}

function termFor(rule: StageRule, sample: PreviewSample): Term {
  const variant = rule.variants?.find(
    (v) =>
      (v.when.importance === undefined || v.when.importance === sample.importance) &&
      (v.when.severalExecutors === undefined || v.when.severalExecutors === sample.severalExecutors),
  );
  return variant?.term ?? rule.term;
}

export function previewDeadlines(regulation: Regulation, sample: PreviewSample, calendar: WorkCalendar): PreviewRow[] {
  return regulation.stages.map((rule) => {
    const deadlines = computeDeadlines(
      { importance: sample.importance, postedAt: sample.detectedAt, detectedAt: sample.detectedAt, events: sampleEvents(rule, sample) },
      regulation,
      calendar,
    );
    const found = deadlines.find((d) => d.stage === rule.id);
    const row: PreviewRow = { rule, term: termFor(rule, sample) };
    if (found) {
      row.due = found.due;
      row.provisional = found.provisional;
    }
    return row;
  });
}
