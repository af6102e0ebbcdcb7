import { describe, expect, it } from 'vitest';
import type { CaseEventInput } from '../cases/events';
import type { Case } from '../cases/schema';
import { ev, MINUTE, newCase, T0 } from '../cases/test-fixtures';
import { applyEvent } from '../cases/workflow';
import { publicationEvent } from './publication';

const strict = { operatorMayApprove: false };
const operator = { operatorMayApprove: true };

function run(c: Case, policy: typeof strict, ...events: CaseEventInput[]): Case {
  return events.reduce((acc, e) => applyEvent(acc, e, policy, e.recordedAt), c);
}
const routed = (p = strict) => run(newCase(), p, ev('routed', { executors: ['ex'] }, T0 + MINUTE));
const draft = (kind: 'answer' | 'interim' | 'clarification' | 'explanation', at: number) => ev('draftSubmitted', { kind, text: 'Текст.' }, T0 + at * MINUTE);
const approve = (at: number) => ev('approved', {}, T0 + at * MINUTE);

describe('publicationEvent', () => {
  it('is nothing until the draft is approved (where the operator does not approve himself)', () => {
    expect(publicationEvent(routed(), strict, {})).toBeUndefined();
    expect(publicationEvent(run(routed(), strict, draft('answer', 2)), strict, {})).toBeUndefined();
  });

  it('carries the reply link and time, and dates the event at the reply', () => {
    const c = run(routed(), strict, draft('explanation', 2), approve(3));
    const replyAt = T0 + 4 * MINUTE;
    expect(publicationEvent(c, strict, { url: ' https://vk.com/wall-1_2?reply=9 ', replyAt })).toEqual({
      type: 'published',
      data: { kind: 'explanation', url: 'https://vk.com/wall-1_2?reply=9', replyAt },
      at: replyAt,
    });
    const published = applyEvent(c, { id: 'p', recordedAt: replyAt, actor: 'me', ...publicationEvent(c, strict, { url: 'https://vk.com/wall-1_2?reply=9', replyAt })! } as CaseEventInput, strict, replyAt);
    expect(published).toMatchObject({ status: 'answered', reply: { url: 'https://vk.com/wall-1_2?reply=9', replyAt } });
  });

  it('marks an interim answer, a clarification request and the final answer with their own events', () => {
    expect(publicationEvent(run(routed(), strict, draft('interim', 2), approve(3)), strict, { url: '' })).toEqual({ type: 'interimPublished', data: {} });
    expect(publicationEvent(run(routed(), strict, draft('clarification', 2), approve(3)), strict, { url: 'https://vk.com/x', replyAt: 7 })).toEqual({
      type: 'clarificationRequested',
      data: { url: 'https://vk.com/x' },
      at: 7,
    });
    const interim = run(routed(), strict, draft('interim', 2), approve(3), ev('interimPublished', {}, T0 + 4 * MINUTE));
    const final = run(interim, strict, draft('answer', 5), approve(6));
    expect(publicationEvent(final, strict, {})?.type).toBe('finalPublished');
  });

  it('records the published text only when there is no draft (the operator approves himself)', () => {
    expect(publicationEvent(newCase(), operator, { text: ' Ответ. ' })).toEqual({ type: 'published', data: { kind: 'answer', text: 'Ответ.' } });
    const c = run(routed(operator), operator, draft('answer', 2));
    expect(publicationEvent(c, operator, { text: 'Другое' })?.data).toEqual({ kind: 'answer' });
  });
});
