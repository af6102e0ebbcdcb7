import { describe, expect, it } from 'vitest';
import { jointAnswerParts, jointDraftText } from './parts';
import type { Case } from './schema';
import { ev, MINUTE, newCase, T0 } from './test-fixtures';
import { applyEvent } from './workflow';

const policy = { operatorMayApprove: false };
const at = (m: number) => T0 + m * MINUTE;
const run = (c: Case, ...events: ReturnType<typeof ev>[]) => events.reduce((acc, e) => applyEvent(acc, e, policy, e.recordedAt), c);

describe('joint answer parts (002 p.15, 003 p.19)', () => {
  const routed = run(newCase(), ev('routed', { executors: ['lead', 'light', 'roads'], lead: 'lead' }, at(5)));

  it('collects the latest part of each co-executor and names who is pending', () => {
    const c = run(
      routed,
      ev('partSubmitted', { executor: 'light', text: 'Лампу заменим.' }, at(10)),
      ev('partSubmitted', { executor: 'light', text: 'Лампу заменим 28.11.' }, at(20)),
    );
    const { parts, pending } = jointAnswerParts(c);
    expect(parts.map((p) => [p.executor, p.text])).toEqual([['light', 'Лампу заменим 28.11.']]);
    expect(pending).toEqual(['roads']);
    const all = run(c, ev('partSubmitted', { executor: 'roads', text: '  Яму засыплем.  ' }, at(30)));
    expect(jointAnswerParts(all).pending).toEqual([]);
    expect(jointDraftText(jointAnswerParts(all).parts)).toBe('Лампу заменим 28.11.\n\nЯму засыплем.');
  });

  it('forgets parts of executors no longer assigned and parts before a reopening', () => {
    const c = run(routed, ev('partSubmitted', { executor: 'roads', text: 'Яма' }, at(10)), ev('routed', { executors: ['lead', 'light'], lead: 'lead' }, at(20)));
    expect(jointAnswerParts(c)).toEqual({ parts: [], pending: ['light'] });
    const reopened = run(
      routed,
      ev('partSubmitted', { executor: 'roads', text: 'Яма' }, at(10)),
      ev('rejected', { reason: 'obscene' }, at(20)),
      ev('reopened', { reason: 'Ошибка' }, at(30)),
    );
    expect(jointAnswerParts(reopened).pending).toEqual(['light', 'roads']);
    expect(jointAnswerParts(newCase())).toEqual({ parts: [], pending: [] });
  });
});
