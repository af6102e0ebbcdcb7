/**
 * Builders shared by the tests of utils/cases: a captured VK comment and events with sensible
 * defaults. Test-only (imported from *.test.ts files).
 */
import type { CapturedItem } from '../sites/types';
import type { CaseEventInput } from './events';
import { createCaseFromCapture, type Case } from './schema';

/** 2025-11-27 09:00 Moscow time (a Thursday). */
export const T0 = Date.UTC(2025, 10, 27, 6, 0);
export const MINUTE = 60_000;

export function capturedComment(overrides: Partial<CapturedItem> = {}): CapturedItem {
  return {
    network: 'vk',
    kind: 'comment',
    itemKey: 'wall-1_2?reply=3',
    ref: { ownerId: '-1', postId: '2', commentId: '3' },
    url: 'https://vk.com/wall-1_2?reply=3',
    threadUrl: 'https://vk.com/wall-1_2',
    author: { name: 'Иван Петров', url: 'https://vk.com/id42', id: '42' },
    text: 'Когда починят фонарь на улице Ленина?',
    attachments: [],
    postedAt: T0 - 30 * MINUTE,
    postedAtText: 'сегодня в 8:30',
    detectedAt: T0,
    pageUrl: 'https://vk.com/wall-1_2',
    missing: [],
    markup: 'vk-react',
    ...overrides,
  };
}

export function newCase(overrides: Partial<CapturedItem> = {}, id = 'case-1'): Case {
  return createCaseFromCapture(capturedComment(overrides), {
    id,
    eventId: `${id}-e0`,
    actor: 'operator',
    regulationId: 'korenovsk',
    now: T0,
  });
}

let counter = 0;

/** An event input at `at` (recorded at the same moment unless given). */
export function ev<T extends CaseEventInput['type']>(
  type: T,
  data: Extract<CaseEventInput, { type: T }>['data'],
  at: number,
  extra: Partial<Pick<CaseEventInput, 'actor' | 'recordedAt' | 'note' | 'id'>> = {},
): CaseEventInput {
  counter += 1;
  return { id: `ev-${counter}`, type, at, recordedAt: at, actor: 'curator', data, ...extra } as CaseEventInput;
}
