/**
 * Property: no sequence of events, valid or not, drives a case into an inconsistent state.
 *
 * Invariants checked after every attempted event:
 *  I1  the case passes caseSchema (limits, enums, structural timeline rules);
 *  I2  version === events.length;
 *  I3  status === deriveStatus(events) and deriveCase(c) equals c (stored derived fields are fresh);
 *  I4  events are append-only: the previous events are kept as they were, one new event at the end;
 *      recordedAt never decreases; steps (not annotations) never go back in `at`;
 *  I5  a refused event throws a UserFacingError and leaves the case unchanged (deep-frozen input);
 *  I6  an accepted event was among allowedEvents(previous case);
 *  I7  approved ⇒ a current draft in state approved, with no return after its approval;
 *      onApproval ⇒ draft submitted; returned ⇒ draft returned;
 *  I8  every publication (published, interimPublished, finalPublished, clarificationRequested)
 *      followed an approved draft of the matching kind, or the policy lets the operator approve;
 *  I9  finalPublished only while an interim answer is pending; status interim ⇒ interimAt set;
 *  I10 nothing but reopened and note is accepted on a closed case;
 *  I11 resolved status ⇔ resolvedAt set (closed keeps whatever it closed); open ⇒ no resolvedAt;
 *  I12 the lead is one of the executors; a part comes from a routed co-executor who is not the lead;
 *      a draft without executors only when the operator may approve;
 *  I13 replaying the final timeline through the guards (checkTimeline) accepts every step;
 *  I14 the publication publicationFor offers is accepted by applyEvent.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../validation/index';
import { eventTypes, type DraftKind } from './events';
import { caseSchema, type Case } from './schema';
import { isOpenStatus, isResolvedStatus } from './status';
import { MINUTE, newCase, T0 } from './test-fixtures';
import { annotationTypes, deriveCase, deriveStatus } from './timeline';
import { allowedEvents, applyEvent, checkTimeline, publicationFor, type WorkflowPolicy } from './workflow';

const URL_REPLY = 'https://vk.com/wall-1_2?reply=5';
const dataPool: Record<string, unknown[]> = {
  captured: [{}],
  routed: [
    { executors: ['a'] },
    { executors: ['a', 'b'], lead: 'a' },
    { executors: ['b', 'c'], importance: 'high', topic: 'Дороги' },
    { executors: [] },
    { executors: ['a'], lead: 'z' },
  ],
  returnedNotCompetent: [{ reason: 'не наше' }, { reason: 'не наше', executor: 'b' }, { reason: ' ' }, { reason: 'x', executor: 'z' }],
  clarificationRequested: [{}, { url: URL_REPLY }, { url: 'javascript:alert(1)' }],
  draftSubmitted: [
    ...(['answer', 'interim', 'clarification', 'explanation'] as DraftKind[]).map((kind) => ({ kind, text: `Проект: ${kind}` })),
    { kind: 'answer', text: '' },
    { kind: 'answer', text: '<b>x</b>', visibility: 'private' },
  ],
  returnedForRevision: [{ reason: 'spelling' }, { reason: 'other' }, { reason: 'other', comment: 'Добавьте фото' }, { reason: 'late' }],
  approved: [{}],
  published: [{ kind: 'answer' }, { kind: 'explanation', url: URL_REPLY }, { kind: 'interim' }],
  interimPublished: [{}, { url: URL_REPLY, replyAt: T0 }],
  finalPublished: [{}, { url: URL_REPLY }],
  partSubmitted: ['a', 'b', 'c', 'z'].map((executor) => ({ executor, text: 'Моя часть' })),
  rejected: [{ reason: 'harm' }, { reason: 'alreadyAnswered' }, { reason: 'alreadyAnswered', siteUrl: 'https://adm.ru/a' }, { reason: 'unreadable' }],
  convertedToAppeal: [{ consent: true, name: 'Иванов И. И.', email: 'i@example.ru' }, { consent: true, name: 'Иванов' }, { consent: false, name: 'x', email: 'i@example.ru' }],
  closed: [{}, { reason: 'Автор удалил сообщение' }],
  reopened: [{ reason: 'Снова пишет' }, { reason: '' }],
  note: [{ text: '<script>alert(1)</script>' }],
  linkedRepeat: [{ caseId: 'case-0' }, { caseId: 'case-1' }, { caseId: 'case-2' }],
  edited: [
    { field: 'topic', from: null, to: 'Свет' },
    { field: 'importance', from: 'normal', to: 'high' },
    { field: 'importance', from: 'high', to: 'normal' },
    { field: 'author.name', from: 'Иван Петров', to: 'И. Петров' },
  ],
  bogus: [{}],
};

const stepArb = fc.record({
  fromAllowed: fc.boolean(),
  typePick: fc.noBias(fc.nat(1_000)),
  dataPick: fc.noBias(fc.nat(1_000)),
  atDelta: fc.integer({ min: -10, max: 90 }),
  recordLag: fc.constantFrom(0, 0, 0, 20, -1),
  nowLag: fc.constantFrom(0, 0, 0, -30),
  actor: fc.constantFrom('curator', 'a', 'b'),
});

const policyArb = fc.record({
  operatorMayApprove: fc.boolean(),
  rejectionReasons: fc.option(fc.constant(['harm', 'obscene', 'threats'] as const), { nil: undefined }),
});

/** Picks an event type; exits (reject, appeal, close) are rarer so sequences go deeper. */
function pickType(pool: readonly string[], n: number): string {
  const weight = (t: string) => (['rejected', 'convertedToAppeal', 'closed'].includes(t) ? 1 : 5);
  let rest = n % pool.reduce((sum, t) => sum + weight(t), 0);
  for (const t of pool) {
    rest -= weight(t);
    if (rest < 0) return t;
  }
  return pool[0]!;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

const PUBLICATION_KINDS: Record<string, DraftKind[]> = {
  published: ['answer', 'explanation'],
  interimPublished: ['interim'],
  finalPublished: ['answer', 'explanation'],
  clarificationRequested: ['clarification'],
};

function checkState(c: Case): void {
  expect(caseSchema.safeParse(c).success).toBe(true); // I1
  expect(c.version).toBe(c.events.length); // I2
  expect(c.status).toBe(deriveStatus(c.events)); // I3
  expect(deriveCase(c)).toEqual(c);
  if (c.status === 'approved') {
    expect(c.draft?.state).toBe('approved'); // I7
    const lastDraft = c.events.findLastIndex((e) => e.type === 'draftSubmitted');
    const lastApproval = c.events.findLastIndex((e) => e.type === 'approved');
    const lastReturn = c.events.findLastIndex((e) => e.type === 'returnedForRevision');
    expect(lastApproval).toBeGreaterThan(lastDraft);
    expect(lastReturn).toBeLessThan(lastApproval);
  }
  if (c.status === 'onApproval') expect(c.draft?.state).toBe('submitted');
  if (c.status === 'returned') expect(c.draft?.state).toBe('returned');
  if (c.status === 'interim') expect(c.interimAt).toBeDefined(); // I9
  if (isResolvedStatus(c.status)) expect(c.resolvedAt).toBeDefined(); // I11
  if (isOpenStatus(c.status)) expect(c.resolvedAt).toBeUndefined();
  if (c.lead !== undefined) expect(c.executors).toContain(c.lead); // I12
  let lastStepAt = -Infinity;
  c.events.forEach((e, i) => {
    if (i > 0) expect(e.recordedAt).toBeGreaterThanOrEqual(c.events[i - 1]!.recordedAt); // I4
    if (!annotationTypes.includes(e.type)) {
      expect(e.at).toBeGreaterThanOrEqual(lastStepAt);
      lastStepAt = e.at;
    }
  });
}

function checkTransition(prev: Case, next: Case, policy: WorkflowPolicy): void {
  const event = next.events.at(-1)!;
  expect(next.events.slice(0, -1)).toEqual(prev.events); // I4
  expect(next.events.length).toBe(prev.events.length + 1);
  expect(allowedEvents(prev, policy)).toContain(event.type); // I6
  const kinds = PUBLICATION_KINDS[event.type];
  if (kinds) {
    // I8
    if (!policy.operatorMayApprove) expect(prev.draft?.state).toBe('approved');
    if (prev.draft) {
      expect(kinds).toContain(prev.draft.kind);
      expect(prev.draft.state).not.toBe('returned');
    }
  }
  if (event.type === 'finalPublished') expect(prev.interimAt).toBeDefined(); // I9
  if (event.type === 'published' || event.type === 'interimPublished') expect(prev.interimAt).toBeUndefined();
  if (prev.status === 'closed') expect(['note', 'reopened']).toContain(event.type); // I10
  if (event.type === 'partSubmitted') {
    expect(prev.executors).toContain(event.data.executor); // I12
    expect(event.data.executor).not.toBe(prev.lead);
  }
  if (event.type === 'draftSubmitted' && prev.executors.length === 0) expect(policy.operatorMayApprove).toBe(true);
}

describe('workflow under random event sequences', () => {
  it('never reaches an inconsistent state', () => {
    fc.assert(
      fc.property(policyArb, fc.array(stepArb, { minLength: 1, maxLength: 45 }), (policy, steps) => {
        let c = deepFreeze(newCase());
        let n = 0;
        for (const step of steps) {
          const allowed = allowedEvents(c, policy);
          const pool = step.fromAllowed && allowed.length > 0 ? allowed : [...eventTypes, 'bogus'];
          const type = pickType(pool, step.typePick);
          const variants = dataPool[type]!;
          const last = c.events.at(-1)!;
          const at = last.at + step.atDelta * MINUTE;
          const recordedAt = Math.max(at, last.recordedAt + step.recordLag * MINUTE);
          const event = { id: `p-${n++}`, type, at, recordedAt, actor: step.actor, data: variants[step.dataPick % variants.length] };
          const snapshot = structuredClone(c);
          let next: Case | undefined;
          try {
            next = applyEvent(c, event as never, policy, recordedAt + step.nowLag * MINUTE);
          } catch (error) {
            expect(error).toBeInstanceOf(UserFacingError); // I5
            expect((error as Error).message).toMatch(/[А-Яа-яЁё]/);
          }
          expect(c).toEqual(snapshot); // I5: input untouched, refused or not
          if (next) {
            checkState(next);
            checkTransition(c, next, policy);
            c = deepFreeze(next);
          }
          const offered = publicationFor(c, policy); // I14
          if (offered) {
            const t = c.events.at(-1)!.recordedAt + MINUTE;
            const data = offered.type === 'published' ? { kind: offered.kind } : {};
            const published = applyEvent(c, { id: `pub-${n}`, type: offered.type, at: t, recordedAt: t, actor: 'a', data } as never, policy, t);
            expect(published.events.at(-1)?.type).toBe(offered.type);
          }
        }
        checkState(c);
        expect(checkTimeline(c, policy)).toBeNull(); // I13
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('reaches the interesting states (the generator is not vacuous)', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 10, maxLength: 45 }), (steps) => {
        let c = newCase();
        let n = 0;
        for (const step of steps) {
          const allowed = allowedEvents(c, { operatorMayApprove: false });
          const type = pickType(allowed, step.typePick);
          const variants = dataPool[type]!;
          const last = c.events.at(-1)!;
          const at = last.at + Math.abs(step.atDelta) * MINUTE;
          const event = { id: `s-${n++}`, type, at, recordedAt: at, actor: 'curator', data: variants[step.dataPick % variants.length] };
          try {
            c = applyEvent(c, event as never, { operatorMayApprove: false }, at);
            seen.add(c.status);
          } catch {
            // invalid data variants are expected to be refused
          }
        }
      }),
      { numRuns: 300, seed: 42 },
    );
    for (const status of ['inWork', 'onApproval', 'returned', 'approved', 'interim', 'awaitingAuthor', 'answered', 'notSubject', 'appeal', 'closed', 'notCompetent']) {
      expect(seen).toContain(status);
    }
  }, 60_000);
});
