import { describe, expect, it } from 'vitest';
import { compareQueue, overdueHeadLength, sortQueue } from './sort';
import type { QueueCase } from './types';

const T0 = Date.UTC(2026, 10, 25, 7, 0); // Wed 10:00 Moscow

function c(id: string, over: Partial<QueueCase> = {}): QueueCase {
  return {
    id,
    network: 'vk',
    author: { name: id },
    text: '',
    status: 'inWork',
    executors: [],
    importance: 'normal',
    detectedAt: T0 - 3_600_000,
    updatedAt: T0 - 3_600_000,
    ...over,
  };
}

describe('sortQueue', () => {
  it('puts the most overdue first, then the soonest, then open cases with nothing due, then finished', () => {
    const cases = [
      c('closed-old', { status: 'closed', closedAt: T0 - 9e6, nextDueAt: undefined }),
      c('later', { nextDueAt: T0 + 7_200_000 }),
      c('no-due', { status: 'new' }),
      c('late-a-little', { nextDueAt: T0 - 60_000 }),
      c('answered-recent', { status: 'answered', resolvedAt: T0 - 1000 }),
      c('soon', { nextDueAt: T0 + 600_000 }),
      c('late-a-lot', { nextDueAt: T0 - 86_400_000 }),
    ];
    expect(sortQueue(cases).map((x) => x.id)).toEqual([
      'late-a-lot',
      'late-a-little',
      'soon',
      'later',
      'no-due',
      'answered-recent',
      'closed-old',
    ]);
  });

  it('breaks ties on the same due moment by importance, then detection time, then id — whatever the input order', () => {
    const due = T0 + 3_600_000;
    const cases = [
      c('b', { nextDueAt: due, detectedAt: T0 - 100 }),
      c('a', { nextDueAt: due, detectedAt: T0 - 100 }),
      c('older', { nextDueAt: due, detectedAt: T0 - 5000 }),
      c('high', { nextDueAt: due, importance: 'high', detectedAt: T0 }),
    ];
    const expected = ['high', 'older', 'a', 'b'];
    expect(sortQueue(cases).map((x) => x.id)).toEqual(expected);
    expect(sortQueue([...cases].reverse()).map((x) => x.id)).toEqual(expected);
    expect(compareQueue(cases[0]!, cases[0]!)).toBe(0);
  });

  it('does not change its input', () => {
    const cases = [c('2', { nextDueAt: 2 }), c('1', { nextDueAt: 1 })];
    sortQueue(cases);
    expect(cases.map((x) => x.id)).toEqual(['2', '1']);
  });
});

describe('overdueHeadLength', () => {
  it('counts the overdue head of a sorted queue, the due moment itself included', () => {
    const sorted = sortQueue([c('x', { nextDueAt: T0 - 5 }), c('y', { nextDueAt: T0 }), c('z', { nextDueAt: T0 + 1 }), c('w', { status: 'closed', closedAt: 1 })]);
    expect(overdueHeadLength(sorted, T0)).toBe(2);
    expect(overdueHeadLength(sorted, T0 - 10)).toBe(0);
    expect(overdueHeadLength([], T0)).toBe(0);
  });
});

describe('pendingDeadlines', () => {
  it('keeps only stages that can still fall due', async () => {
    const { pendingDeadlines } = await import('./deadlines');
    expect(
      pendingDeadlines([
        { stage: 'route', due: 1, provisional: false, done: 1 },
        { stage: 'return', due: 2, provisional: false, optional: true },
        { stage: 'draft', due: 3, provisional: false, stopped: 2 },
        { stage: 'answer', due: 4, provisional: true },
      ]),
    ).toEqual([{ stage: 'answer', due: 4, provisional: true }]);
  });
});

describe('sortQueue = sort by compareQueue', () => {
  it('agrees with the comparator on random queues with many ties', async () => {
    const fc = await import('fast-check');
    const { caseStatuses } = await import('../cases/status');
    const arbCase = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
      status: fc.constantFrom(...caseStatuses),
      nextDueAt: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
      importance: fc.constantFrom('normal' as const, 'high' as const),
      detectedAt: fc.integer({ min: 0, max: 3 }),
      updatedAt: fc.integer({ min: 0, max: 3 }),
      resolvedAt: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
      closedAt: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(arbCase, { maxLength: 40 }), (list) => {
        const cases = list.map((x) => c(x.id, x));
        const expected = [...cases].sort(compareQueue);
        const actual = sortQueue(cases);
        return actual.every((x, i) => compareQueue(x, expected[i]!) === 0);
      }),
      { numRuns: 300 },
    );
  });
});
