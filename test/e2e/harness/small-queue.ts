/**
 * A small queue seeded through the background exactly as the UI does (`capture`, `appendEvent`,
 * `directoryPut` messages), every moment placed relative to `now` in the working time of the
 * default regulation (Korenovsk: route in 30 working minutes, answer in 8 working hours, 4 when
 * important, the draft 3 hours before the answer, approval 30 minutes after the draft):
 * overdue, due within the hour, calm, provisional beyond 2027, answered, not subject; four
 * networks, two executors, two topics, one important case.
 */
import type { Page } from 'playwright-core';
import { calendarFor } from '../../../utils/cases/deadlines';
import { regulationPresets } from '../../../utils/regulation/index';
import type { RequestOf } from '../../../utils/messaging/protocol';
import type { CapturedItem } from '../../../utils/sites/types';
import { send } from './messages';

const regulation = regulationPresets.korenovsk; // the default regulation of a new database
export const queueCalendar = calendarFor(regulation);

type Step = { type: string; data: unknown; after: number };

export interface SmallCase {
  key: string;
  network: CapturedItem['network'];
  author: string;
  text: string;
  /** Working minutes before `now` it was detected, or the moment itself. */
  detected: { workingMinutesAgo: number } | { at: number };
  /** Events after the capture, each `after` working minutes after the detection (before `now`). */
  steps?: Step[];
}

const routed = (executor: string, topic: string, extra: Record<string, unknown> = {}): Step => ({
  type: 'routed',
  data: { executors: [executor], topic, ...extra },
  after: 5,
});

/** The dozen cases (a key each; the test finds them by it). */
export function smallQueue(): SmallCase[] {
  const answer = 'Спасибо за обращение. Ремонт запланирован на следующую неделю.';
  return [
    { key: 'late-new', network: 'vk', author: 'Алёна Ёлкина', text: 'Третий день не вывозят мусор во дворе на Красной, 12', detected: { workingMinutesAgo: 180 } },
    {
      key: 'late-routed',
      network: 'ok',
      author: 'Пётр Семёнов',
      text: 'Яма на дороге у школы № 2, машины объезжают по тротуару',
      detected: { workingMinutesAgo: 7 * 60 },
      steps: [routed('ivanova', 'Дороги')],
    },
    { key: 'soon-new', network: 'vk', author: 'Ольга Маркова', text: 'Когда включат отопление в доме по ул. Мира, 5?', detected: { workingMinutesAgo: 0 } },
    {
      key: 'soon-important',
      network: 'vk',
      author: 'Игорь Власов',
      text: 'Упало дерево на провода у остановки «Рынок», искрит',
      detected: { workingMinutesAgo: 30 },
      steps: [routed('ivanova', 'Дороги', { importance: 'high' })],
    },
    {
      key: 'on-approval',
      network: 'telegram',
      author: 'Наталья Ким',
      text: 'Просим установить скамейки в сквере на Октябрьской',
      detected: { workingMinutesAgo: 60 },
      steps: [routed('petrov', 'Благоустройство'), { type: 'draftSubmitted', data: { kind: 'answer', text: answer }, after: 50 }],
    },
    {
      key: 'calm-routed',
      network: 'vk',
      author: 'Сергей Белов',
      text: 'Не горят фонари вдоль улицы Садовой',
      detected: { workingMinutesAgo: 10 },
      steps: [routed('petrov', 'Благоустройство')],
    },
    {
      key: 'calm-other',
      network: 'other',
      author: 'Житель микрорайона Южный',
      text: 'Спасибо за новую детскую площадку! Когда установят освещение?',
      detected: { workingMinutesAgo: 60 },
      steps: [routed('petrov', 'Благоустройство')],
    },
    {
      key: 'provisional',
      network: 'vk',
      author: 'Анна Ершова',
      text: 'Будет ли праздничная ярмарка в январе 2028 года?',
      // 17:45 on the last day of 2027: the 30 working minutes of routing fall beyond the calendar's data.
      detected: { at: Date.UTC(2027, 11, 31, 14, 45) },
    },
    {
      key: 'answered',
      network: 'ok',
      author: 'Виктор Лебедев',
      text: 'Во дворе дома № 7 разбит асфальт',
      detected: { workingMinutesAgo: 120 },
      steps: [
        routed('ivanova', 'Дороги'),
        { type: 'draftSubmitted', data: { kind: 'answer', text: answer }, after: 30 },
        { type: 'approved', data: {}, after: 40 },
        { type: 'published', data: { kind: 'answer', url: 'https://ok.ru/group/1/topic/2?reply=3' }, after: 50 },
      ],
    },
    {
      key: 'not-subject',
      network: 'vk',
      author: 'Аноним',
      text: 'Нецензурное сообщение',
      detected: { workingMinutesAgo: 90 },
      steps: [{ type: 'rejected', data: { reason: 'obscene' }, after: 10 }],
    },
  ];
}

/** When a case of the small queue was detected, for a given `now`. */
export function detectedAt(c: SmallCase, now: number): number {
  return 'at' in c.detected ? c.detected.at : queueCalendar.subtractWorkingMinutes(now, c.detected.workingMinutesAgo).getTime();
}

/** Seeds the directory and the cases; returns the case id of each key. */
export async function seedSmallQueue(page: Page, now: number): Promise<Map<string, string>> {
  await send(page, 'directoryPut', { table: 'people', record: { id: 'ivanova', name: 'Мария Иванова', roles: ['executor'] } });
  await send(page, 'directoryPut', { table: 'people', record: { id: 'petrov', name: 'Пётр Петров', roles: ['executor'] } });
  const ids = new Map<string, string>();
  for (const [i, c] of smallQueue().entries()) {
    const detected = detectedAt(c, now);
    const item: CapturedItem = {
      network: c.network,
      kind: 'comment',
      itemKey: `queue-${c.key}`,
      ref: { ownerId: '-1', postId: '100', commentId: String(i + 1) },
      url: `https://vk.com/wall-1_100?reply=${i + 1}`,
      threadUrl: 'https://vk.com/wall-1_100',
      author: { name: c.author, id: String(2000 + i) },
      text: c.text,
      attachments: [],
      detectedAt: detected,
      pageUrl: 'https://vk.com/wall-1_100',
      missing: [],
      markup: 'e2e',
    };
    const captured = await send(page, 'capture', item);
    let version = captured.version;
    for (const step of c.steps ?? []) {
      const at = queueCalendar.addWorkingMinutes(detected, step.after).getTime();
      const event = { type: step.type, data: step.data, at } as RequestOf<'appendEvent'>['event'];
      version = (await send(page, 'appendEvent', { caseId: captured.caseId, event, expectedVersion: version })).version;
    }
    ids.set(c.key, captured.caseId);
  }
  return ids;
}
