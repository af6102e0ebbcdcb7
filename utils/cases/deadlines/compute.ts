/**
 * computeDeadlines: every stage of a case's regulation that applies, with its due moment, whether
 * it is done and whether it was (or is) late — derived from the timeline alone, so it can be
 * recomputed and proved at any time.
 *
 * Semantics (each has a test):
 * - A stage counts from the LATEST event its rule names (`from`): a repeated return for revision
 *   counts from the latest return, a re-routing restarts every stage that counts from routing.
 *   `posted` is the case's postedAt; when unknown, detection is used and `fallback` says so.
 * - A stage not started yet (no such event) is not listed.
 * - Done = the first `doneBy` event after the stage's start (after the last `reopenedBy` event if
 *   the rule has one). A co-executors' stage is done when every executor but the lead has sent a part.
 * - A stage that counts from a routing stops when the message is returned as outside competence
 *   (until it is routed again). `rejected`, `convertedToAppeal` and `closed` stop every open stage
 *   until a later `reopened`. Stopped stages are never late.
 * - A clarification request does not pause the answer term: no seed provides such a pause.
 */
import type { Regulation, StageId, StageRule, Term } from '../../regulation';
import type { WorkCalendar } from '../../worktime';
import { calendarFor } from './calendar';
import { anchorPoint, caseFacts, evaluateCondition, matchesRef, partExecutors, type AnchorPoint, type CaseFacts } from './case-facts';
import { afterSpan, beforeSpan, calendarWithMinimumWorking, type Due } from './terms';
import type { DeadlineCase, StageDeadline } from './types';

function effectiveTerm(rule: StageRule, facts: CaseFacts, anchor: AnchorPoint): Term {
  for (const variant of rule.variants ?? []) {
    const { holds, draftKindMissing } = evaluateCondition(variant.when, facts, anchor);
    if (holds && !draftKindMissing) return variant.term;
  }
  return rule.term;
}

function completion(rule: StageRule, facts: CaseFacts, anchor: AnchorPoint): { done?: number; pendingExecutors?: string[] } {
  const parts = rule.doneBy.some((ref) => ref.everyExecutor) ? partExecutors(facts, anchor) : undefined;
  const submitted = new Set<string>();
  let anonymousParts = 0;
  let done: number | undefined;
  for (let index = anchor.index + 1; index < facts.events.length; index++) {
    const event = facts.events[index]!;
    if (rule.reopenedBy?.some((ref) => matchesRef(event, ref))) {
      done = undefined;
      continue;
    }
    if (done !== undefined) continue;
    const ref = rule.doneBy.find((candidate) => matchesRef(event, candidate));
    if (!ref) continue;
    if (!ref.everyExecutor || !parts) {
      done = event.at;
      continue;
    }
    const executor = event.data?.executor;
    if (typeof executor === 'string') submitted.add(executor);
    else anonymousParts++;
    const complete = parts.ids ? parts.ids.every((id) => submitted.has(id)) : submitted.size + anonymousParts >= parts.count;
    if (complete) done = event.at;
  }
  const pendingExecutors = parts?.ids?.filter((id) => !submitted.has(id));
  return pendingExecutors && pendingExecutors.length > 0 ? { done, pendingExecutors } : { done };
}

/** When a stage that counts from a routing was cut short by a return as outside competence. */
function returnedAt(rule: StageRule, facts: CaseFacts, anchor: AnchorPoint): number | undefined {
  if (rule.from !== 'routed') return undefined;
  return facts.events.find((event, index) => index > anchor.index && event.type === 'returnedNotCompetent')?.at;
}

export function computeDeadlines(c: DeadlineCase, regulation: Regulation, calendar: WorkCalendar = calendarFor(regulation), now?: number): StageDeadline[] {
  const facts = caseFacts(c);
  const rules = new Map(regulation.stages.map((rule) => [rule.id, rule]));
  const dues = new Map<StageId, Due | null>();
  const isProvisional = (at: number) => calendar.isProvisional(at);

  function dueOf(id: StageId): Due | null {
    if (dues.has(id)) return dues.get(id)!;
    dues.set(id, null); // a cycle (refused by the schema) resolves to "no due" instead of recursing
    const rule = rules.get(id);
    const anchor = rule && anchorPoint(facts, rule.from);
    let result: Due | null = null;
    if (rule && anchor) {
      const term = effectiveTerm(rule, facts, anchor);
      if (term.kind === 'after') {
        const due = afterSpan(term, anchor.at, calendar, regulation.workingDayEnds);
        result = { due, provisional: isProvisional(due) };
      } else if (term.kind === 'before') {
        const target = dueOf(term.stage);
        if (target) {
          const due = beforeSpan(term, target.due, calendar, regulation.workingDayEnds);
          result = { due, provisional: target.provisional || isProvisional(due) };
        }
      } else {
        const due = calendarWithMinimumWorking(term, anchor.at, calendar);
        result = { due, provisional: isProvisional(due) };
      }
    }
    dues.set(id, result);
    return result;
  }

  const deadlines: StageDeadline[] = [];
  for (const rule of regulation.stages) {
    const anchor = anchorPoint(facts, rule.from);
    if (!anchor) continue;
    const { holds, draftKindMissing } = evaluateCondition(rule.appliesWhen, facts, anchor);
    if (!holds || (draftKindMissing && !rule.optional)) continue;
    const due = dueOf(rule.id);
    if (!due) continue;

    const progress = completion(rule, facts, anchor);
    let done = progress.done;
    let stopped: number | undefined;
    for (const stop of [returnedAt(rule, facts, anchor), facts.stoppedAt]) {
      if (stop === undefined || (done !== undefined && done <= stop)) continue;
      done = undefined;
      stopped = Math.min(stopped ?? stop, stop);
    }
    const optional = rule.optional === true && (rule.appliesWhen?.draftKind === undefined || draftKindMissing);

    const deadline: StageDeadline = {
      stage: rule.id,
      label: rule.label,
      actor: rule.actor,
      from: rule.from,
      startedAt: anchor.at,
      due: due.due,
      provisional: due.provisional,
      clause: rule.clause,
    };
    if (anchor.fallback) deadline.fallback = anchor.fallback;
    if (optional) deadline.optional = true;
    if (done !== undefined) {
      deadline.done = done;
      deadline.late = done > due.due;
    } else if (stopped !== undefined) {
      deadline.stopped = stopped;
    } else if (now !== undefined && !optional) {
      deadline.late = now > due.due;
    }
    if (progress.pendingExecutors && stopped === undefined && done === undefined) deadline.pendingExecutors = progress.pendingExecutors;
    deadlines.push(deadline);
  }
  return deadlines;
}

/** The nearest stage still to be done (not done, not stopped, not optional): the queue's sort key. */
export function nextDue(deadlines: readonly StageDeadline[]): StageDeadline | undefined {
  let next: StageDeadline | undefined;
  for (const deadline of deadlines) {
    if (deadline.done !== undefined || deadline.stopped !== undefined || deadline.optional) continue;
    if (!next || deadline.due < next.due) next = deadline;
  }
  return next;
}
