/**
 * The facts of a case timeline that stage rules depend on: where each stage starts, what
 * importance and executors the latest routing set, which kinds of drafts exist, whether the case
 * was stopped, and whether a condition of a rule holds.
 */
import type { Anchor, Condition, DraftKind, EventRef } from '../../regulation';
import type { DeadlineCase, DeadlineEvent } from './types';

/** Events that end every stage still open, until a later `reopened`. */
const STOPPING_EVENTS = new Set(['rejected', 'convertedToAppeal', 'closed']);

export interface AnchorPoint {
  at: number;
  /** Index in CaseFacts.events; -1 for the posting, which precedes every event. */
  index: number;
  fallback?: 'captured';
}

export interface CaseFacts {
  /** The timeline sorted by `at` (stable: equal moments keep their order). */
  events: DeadlineEvent[];
  importance: 'normal' | 'high';
  severalExecutors: boolean;
  draftKinds: Set<DraftKind>;
  /** When the case stopped (rejected, converted to an appeal, closed) and was not reopened. */
  stoppedAt?: number;
  postedAt?: number;
  detectedAt: number;
  fallbackExecutors?: readonly string[];
  fallbackExecutorsCount?: number;
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const strings = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.every((item) => typeof item === 'string') ? (value as string[]) : undefined;
const importanceOf = (value: unknown): 'normal' | 'high' | undefined => (value === 'normal' || value === 'high' ? value : undefined);

export function caseFacts(c: DeadlineCase): CaseFacts {
  const events = c.events.map((event, order) => ({ event, order })).sort((a, b) => a.event.at - b.event.at || a.order - b.order).map((x) => x.event);
  let importance = c.importance;
  let executors: string[] | undefined;
  let stoppedAt: number | undefined;
  const draftKinds = new Set<DraftKind>();
  for (const event of events) {
    const data = event.data ?? {};
    if (event.type === 'routed') {
      importance = importanceOf(data.importance) ?? importance;
      executors = strings(data.executors) ?? executors;
    } else if (event.type === 'edited' && data.field === 'importance') {
      importance = importanceOf(data.to) ?? importance;
    } else if (event.type === 'draftSubmitted' || event.type === 'published') {
      const kind = str(data.kind);
      if (kind === 'answer' || kind === 'interim' || kind === 'clarification' || kind === 'explanation') draftKinds.add(kind);
    } else if (STOPPING_EVENTS.has(event.type)) {
      stoppedAt ??= event.at;
    } else if (event.type === 'reopened') {
      stoppedAt = undefined;
    }
  }
  const count = executors?.length ?? c.executors?.length ?? c.executorsCount ?? 1;
  return {
    events,
    importance,
    severalExecutors: count > 1,
    draftKinds,
    stoppedAt,
    postedAt: c.postedAt,
    detectedAt: c.detectedAt,
    fallbackExecutors: c.executors,
    fallbackExecutorsCount: c.executorsCount,
  };
}

/** Where a stage that counts from `anchor` starts: the latest such event, or undefined if none yet. */
export function anchorPoint(facts: CaseFacts, anchor: Anchor): AnchorPoint | undefined {
  if (anchor === 'posted') {
    return facts.postedAt !== undefined ? { at: facts.postedAt, index: -1 } : { at: facts.detectedAt, index: -1, fallback: 'captured' };
  }
  if (anchor === 'captured') {
    const index = facts.events.findIndex((event) => event.type === 'captured');
    return { at: facts.detectedAt, index };
  }
  for (let index = facts.events.length - 1; index >= 0; index--) {
    const event = facts.events[index]!;
    if (event.type === anchor) return { at: event.at, index };
  }
  return undefined;
}

export function matchesRef(event: DeadlineEvent, ref: EventRef): boolean {
  return event.type === ref.type && (ref.kind === undefined || event.data?.kind === ref.kind);
}

/** Whether every given field of the condition holds; `draftKind` is reported apart (it may still come). */
export function evaluateCondition(condition: Condition | undefined, facts: CaseFacts, anchor: AnchorPoint): { holds: boolean; draftKindMissing: boolean } {
  if (!condition) return { holds: true, draftKindMissing: false };
  const afterInterim = facts.events.some((event, index) => event.type === 'interimPublished' && index <= anchor.index);
  const holds =
    (condition.importance === undefined || condition.importance === facts.importance) &&
    (condition.severalExecutors === undefined || condition.severalExecutors === facts.severalExecutors) &&
    (condition.afterInterim === undefined || condition.afterInterim === afterInterim) &&
    (condition.notDraftKind === undefined || condition.notDraftKind.every((kind) => !facts.draftKinds.has(kind)));
  const draftKindMissing = condition.draftKind !== undefined && !condition.draftKind.some((kind) => facts.draftKinds.has(kind));
  return { holds, draftKindMissing };
}

/** The executors a `routed` event asks for a part: all of them but the lead. */
export function partExecutors(facts: CaseFacts, anchor: AnchorPoint): { ids?: string[]; count: number } {
  const routed = facts.events[anchor.index];
  const data = routed?.type === 'routed' ? (routed.data ?? {}) : {};
  const lead = str(data.lead);
  const ids = strings(data.executors) ?? (facts.fallbackExecutors ? [...facts.fallbackExecutors] : undefined);
  if (ids) {
    const required = ids.filter((id) => id !== lead);
    return { ids: required, count: required.length };
  }
  return { count: facts.fallbackExecutorsCount ?? 1 };
}
