/**
 * Folds a case's timeline into its derived state: status, current executors and lead, the
 * classification (topic, location, importance), the current draft, the latest reply, and the stage
 * markers (interimAt, resolvedAt, closedAt). Pure; the same fold serves `deriveStatus`,
 * `deriveCase` and the guards of workflow.ts, so what is shown and what is allowed never disagree.
 */
import type { CaseEvent, DraftKind, EventType, Importance, Visibility } from './events';
import type { Case, CurrentDraft, Reply } from './schema';
import type { CaseStatus } from './status';

/** Events that annotate a case without being a step of the procedure (they do not move its clock). */
export const annotationTypes: readonly EventType[] = ['note', 'linkedRepeat', 'edited'];

export interface TimelineState {
  status: CaseStatus;
  executors: string[];
  lead?: string;
  topic?: string;
  location?: string;
  importance: Importance;
  repeatOf?: string;
  draft?: CurrentDraft;
  reply?: Reply;
  interimAt?: number;
  resolvedAt?: number;
  closedAt?: number;
  /** Type and time of the latest step (not an annotation): a new step may not be dated earlier. */
  lastStep: { type: EventType; at: number };
  /** The state a `closed` event closed, so reopening an open case restores its work in progress. */
  beforeClose?: Omit<TimelineState, 'beforeClose'>;
}

/** Seed 001 p.3.4: comments are answered publicly, private messages privately. */
export function defaultVisibility(kind: Case['kind']): Visibility {
  return kind === 'message' ? 'private' : 'public';
}

function initialState(first: CaseEvent | undefined): TimelineState {
  return { status: 'new', executors: [], importance: 'normal', lastStep: { type: 'captured', at: first?.at ?? 0 } };
}

function replyOf(state: TimelineState, event: CaseEvent, kind: DraftKind, data: { url?: string; replyAt?: number; text?: string }): Reply {
  const reply: Reply = { eventId: event.id, eventType: event.type as Reply['eventType'], kind, at: event.at };
  if (data.url !== undefined) reply.url = data.url;
  if (data.replyAt !== undefined) reply.replyAt = data.replyAt;
  const text = data.text ?? state.draft?.text;
  if (text !== undefined) reply.text = text;
  return reply;
}

function resolve(state: TimelineState, status: CaseStatus, at: number): TimelineState {
  return { ...state, status, resolvedAt: at, draft: undefined, interimAt: undefined };
}

function reduceStep(s: TimelineState, event: CaseEvent, itemKind: Case['kind']): TimelineState {
  switch (event.type) {
    case 'captured':
      return s;
    case 'routed': {
      const d = event.data;
      return {
        ...s,
        status: s.status === 'new' || s.status === 'notCompetent' ? 'inWork' : s.status,
        executors: [...d.executors],
        lead: d.lead,
        topic: d.topic ?? s.topic,
        location: d.location ?? s.location,
        importance: d.importance ?? s.importance,
      };
    }
    case 'returnedNotCompetent': {
      const who = event.data.executor;
      const executors = who === undefined ? [] : s.executors.filter((e) => e !== who);
      const lead = s.lead !== undefined && executors.includes(s.lead) ? s.lead : undefined;
      if (executors.length > 0) return { ...s, executors, lead };
      return { ...s, executors, lead, status: 'notCompetent', draft: undefined };
    }
    case 'clarificationRequested':
      return { ...s, status: 'awaitingAuthor', reply: replyOf(s, event, 'clarification', event.data), draft: undefined };
    case 'draftSubmitted': {
      const d = event.data;
      const draft: CurrentDraft = {
        eventId: event.id,
        kind: d.kind,
        text: d.text,
        visibility: d.visibility ?? defaultVisibility(itemKind),
        submittedAt: event.at,
        state: 'submitted',
      };
      return { ...s, status: 'onApproval', draft };
    }
    case 'returnedForRevision':
      return s.draft ? { ...s, status: 'returned', draft: { ...s.draft, state: 'returned' } } : s;
    case 'approved':
      return s.draft ? { ...s, status: 'approved', draft: { ...s.draft, state: 'approved' } } : s;
    case 'published': {
      const reply = replyOf(s, event, event.data.kind, event.data);
      return { ...resolve(s, 'answered', event.at), reply };
    }
    case 'interimPublished':
      return { ...s, status: 'interim', reply: replyOf(s, event, 'interim', event.data), draft: undefined, interimAt: event.at };
    case 'finalPublished': {
      const reply = replyOf(s, event, s.draft?.kind ?? 'answer', event.data);
      return { ...resolve(s, 'answered', event.at), reply };
    }
    case 'partSubmitted':
      return s;
    case 'rejected':
      return resolve(s, 'notSubject', event.at);
    case 'convertedToAppeal':
      return resolve(s, 'appeal', event.at);
    case 'closed': {
      const { beforeClose: _ignored, ...snapshot } = s;
      return { ...s, status: 'closed', closedAt: event.at, beforeClose: snapshot };
    }
    case 'reopened': {
      const previous = s.beforeClose;
      if (previous && !['answered', 'notSubject', 'appeal'].includes(previous.status)) {
        return { ...previous, closedAt: undefined, beforeClose: undefined };
      }
      // Reopening an outcome starts a new answer cycle with the same executors.
      return {
        ...s,
        status: s.executors.length > 0 ? 'inWork' : 'new',
        draft: undefined,
        interimAt: undefined,
        resolvedAt: undefined,
        closedAt: undefined,
        beforeClose: undefined,
      };
    }
    case 'note':
      return s;
    case 'linkedRepeat':
      return { ...s, repeatOf: event.data.caseId };
    case 'edited': {
      const { field, to } = event.data;
      if (field === 'topic') return { ...s, topic: typeof to === 'string' ? to : undefined };
      if (field === 'location') return { ...s, location: typeof to === 'string' ? to : undefined };
      if (field === 'importance') return { ...s, importance: to === 'high' ? 'high' : 'normal' };
      return s; // captured fields: applied to the case itself by applyEvent
    }
  }
}

/** Applies one event to a folded state (no checks: workflow.ts guards before calling it). */
export function reduceEvent(state: TimelineState, event: CaseEvent, itemKind: Case['kind'] = 'comment'): TimelineState {
  const next = reduceStep(state, event, itemKind);
  if (annotationTypes.includes(event.type) || event.type === 'captured') return next;
  return { ...next, lastStep: { type: event.type, at: event.at } };
}

export function foldEvents(events: readonly CaseEvent[], itemKind: Case['kind'] = 'comment'): TimelineState {
  let state = initialState(events[0]);
  for (const event of events) state = reduceEvent(state, event, itemKind);
  return state;
}

export function deriveStatus(events: readonly CaseEvent[]): CaseStatus {
  return foldEvents(events).status;
}

type DerivedKey = 'status' | 'executors' | 'lead' | 'topic' | 'location' | 'importance' | 'repeatOf' | 'draft' | 'reply' | 'interimAt' | 'resolvedAt' | 'closedAt';
const optionalDerived = ['lead', 'topic', 'location', 'repeatOf', 'draft', 'reply', 'interimAt', 'resolvedAt', 'closedAt'] as const;

/** Recomputes every derived field from the captured fields and the timeline. Never mutates. */
export function deriveCase(c: Case): Case {
  const s = foldEvents(c.events, c.kind);
  const next: Case = { ...c, status: s.status, executors: s.executors, importance: s.importance };
  for (const key of optionalDerived) {
    const value = s[key];
    if (value === undefined) delete next[key];
    else (next as Record<DerivedKey, unknown>)[key] = value;
  }
  return next;
}
