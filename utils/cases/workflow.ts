/**
 * The workflow of the five regulations: appending an event to a case, listing the actions allowed
 * now, and re-checking a whole timeline. Pure: no clock, no storage; refusals are UserFacingErrors
 * with a Russian sentence the side panel shows as is.
 */
import { parseOrThrow, UserFacingError } from '../validation/index';
import { applyCapturedEdit, editRefusal } from './edits';
import { caseEventSchema, eventLabels, eventTypes, type CaseEvent, type CaseEventInput, type DraftKind, type EventType } from './events';
import { refusalOf, stateGuards, type WorkflowPolicy } from './guards';
import type { Case } from './schema';
import { annotationTypes, deriveCase, foldEvents, type TimelineState } from './timeline';

export type { WorkflowPolicy } from './guards';
export { deriveCase, deriveStatus } from './timeline';

/** Tolerated difference between clocks (the page's reply time, a second window). */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

function timingRefusal(c: Case, s: TimelineState, event: CaseEvent, now: number): string | null {
  if (c.events.some((e) => e.id === event.id)) return 'Это событие уже записано.';
  const last = c.events[c.events.length - 1];
  if (last && event.recordedAt < last.recordedAt) {
    return 'Событие записано раньше последнего в деле: обновите дело и повторите.';
  }
  if (event.recordedAt > now + MAX_CLOCK_SKEW_MS) return 'Время записи события — в будущем.';
  if (event.at > event.recordedAt + MAX_CLOCK_SKEW_MS) return 'Событие не может произойти позже, чем его записали.';
  if (event.at < c.detectedAt) return 'Событие не может произойти раньше, чем сообщение выявлено.';
  if (!annotationTypes.includes(event.type) && event.at < s.lastStep.at) {
    return `Шаг не может произойти раньше предыдущего шага («${eventLabels[s.lastStep.type].ru}»).`;
  }
  return null;
}

/** Why the event may not be appended now (null when it may). */
export function refusalFor(c: Case, event: CaseEvent, policy: WorkflowPolicy, now: number): string | null {
  const s = foldEvents(c.events, c.kind);
  return (
    refusalOf(s, event, c, policy) ??
    (event.type === 'edited' ? editRefusal(c, s, event.data) : null) ??
    timingRefusal(c, s, event, now)
  );
}

/**
 * Appends one event to a case and recomputes everything derived. Throws a UserFacingError (code
 * 'invalid' for a malformed event, 'refused' for one the procedure does not allow); the given case
 * is never mutated.
 */
export function applyEvent(c: Case, input: CaseEventInput | CaseEvent, policy: WorkflowPolicy, now: number): Case {
  const event = parseOrThrow(caseEventSchema, input, 'Событие');
  const refusal = refusalFor(c, event, policy, now);
  if (refusal) throw new UserFacingError(refusal, 'refused');
  let next: Case = { ...c, events: [...c.events, event], version: c.version + 1, updatedAt: now };
  if (event.type === 'edited') next = applyCapturedEdit(next, event.data);
  return deriveCase(next);
}

/** The event types the procedure allows now (what the side panel offers as actions). */
export function allowedEvents(c: Case, policy: WorkflowPolicy): EventType[] {
  const s = foldEvents(c.events, c.kind);
  return eventTypes.filter((type) => stateGuards[type](s, policy) === null);
}

export type PublicationType = 'published' | 'interimPublished' | 'finalPublished' | 'clarificationRequested';

/**
 * Which event marks the reply that goes into the thread now («Вставить в ветку», «Отметить
 * опубликованным», the reply seen on the page): from the current draft's kind and the interim
 * stage. Undefined when nothing may be published yet.
 */
export function publicationFor(c: Case, policy: WorkflowPolicy): { type: PublicationType; kind: DraftKind } | undefined {
  const s = foldEvents(c.events, c.kind);
  const kind: DraftKind = s.draft?.kind ?? 'answer';
  const type: PublicationType =
    kind === 'clarification'
      ? 'clarificationRequested'
      : kind === 'interim'
        ? 'interimPublished'
        : s.interimAt !== undefined
          ? 'finalPublished'
          : 'published';
  return stateGuards[type](s, policy) === null ? { type, kind } : undefined;
}

/**
 * Replays a stored timeline through the guards (for an imported or migrated case). Returns the
 * first refusal with the index of the offending event, or null when every step was allowed.
 * Captured-field edits are not replayed: the case holds their result already.
 */
export function checkTimeline(c: Case, policy: WorkflowPolicy): { index: number; message: string } | null {
  const [first, ...rest] = c.events;
  if (!first) return { index: 0, message: 'В деле нет событий.' };
  let replay: Case = deriveCase({ ...c, events: [first], version: 1 });
  for (const [offset, event] of rest.entries()) {
    const s = foldEvents(replay.events, c.kind);
    const refusal =
      refusalOf(s, event, replay, policy) ?? timingRefusal(replay, s, event, event.recordedAt);
    if (refusal) return { index: offset + 1, message: refusal };
    replay = deriveCase({ ...replay, events: [...replay.events, event], version: replay.version + 1 });
  }
  return null;
}
