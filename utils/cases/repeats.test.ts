import { describe, expect, it } from 'vitest';
import { answerChecklist, REPEAT_ITEM_ID, type RegulationChecklistItem } from './checklist';
import { findRepeatCandidates, significantStems, textSimilarity } from './repeats';
import { capturedComment, newCase, T0 } from './test-fixtures';

const DAY = 86_400_000;

const earlierSameAuthor = newCase(
  { itemKey: 'wall-1_5?reply=6', url: 'https://vk.com/wall-1_5?reply=6', threadUrl: 'https://vk.com/wall-1_5', detectedAt: T0 - 30 * DAY, postedAt: T0 - 30 * DAY, text: 'Фонарь на улице Ленина не горит уже неделю' },
  'old-author',
);
const earlierSameThreadSimilar = newCase(
  { itemKey: 'wall-1_2?reply=1', url: 'https://vk.com/wall-1_2?reply=1', author: { name: 'Ольга', id: '77', url: 'https://vk.com/id77' }, detectedAt: T0 - DAY, postedAt: T0 - DAY, text: 'Не горит фонарь на Ленина, починят?' },
  'old-thread-similar',
);
const earlierSameThreadOther = newCase(
  { itemKey: 'wall-1_2?reply=2', url: 'https://vk.com/wall-1_2?reply=2', author: { name: 'Пётр', id: '88' }, detectedAt: T0 - DAY, postedAt: T0 - DAY, text: 'А когда уберут мусор во дворе школы?' },
  'old-thread-other',
);
const stranger = newCase(
  { itemKey: 'wall-1_9', url: 'https://vk.com/wall-1_9', threadUrl: 'https://vk.com/wall-1_9', author: { id: '99' }, detectedAt: T0 - DAY, text: 'Фонарь на улице Ленина' },
  'stranger',
);

describe('findRepeatCandidates', () => {
  const probe = { ...capturedComment({ text: 'Опять не горит фонарь на улице Ленина!' }), id: 'case-1' };

  it('offers the same author and similar messages in the same thread, best first', () => {
    const found = findRepeatCandidates(probe, [earlierSameThreadOther, stranger, earlierSameThreadSimilar, earlierSameAuthor]);
    expect(found.map((f) => f.case.id)).toEqual(['old-author', 'old-thread-similar']);
    expect(found[0]!.reasons).toEqual(['sameAuthor', 'similarText']);
    expect(found[1]!.reasons).toEqual(['sameThread', 'similarText']);
    expect(found[0]!.score).toBeGreaterThan(found[1]!.score);
  });

  it('recognises the same author through another URL form or by id only in the same network', () => {
    const viaUrl = newCase({ itemKey: 'wall-1_7', author: { url: 'https://m.vk.ru/id42/' }, threadUrl: 'https://vk.com/wall-1_7', detectedAt: T0 - DAY, text: 'Другое' }, 'via-url');
    const okNamesake = newCase({ network: 'ok', itemKey: 'topic/1', author: { id: '42' }, url: 'https://ok.ru/group/1/topic/1', threadUrl: 'https://ok.ru/group/1/topic/1', detectedAt: T0 - DAY, text: 'Фонарь' }, 'ok-42');
    const found = findRepeatCandidates(probe, [viaUrl, okNamesake]);
    expect(found.map((f) => f.case.id)).toEqual(['via-url']);
  });

  it('never offers the item itself, the same item captured before, or a later case', () => {
    const self = newCase({}, 'case-1');
    const sameItem = newCase({ detectedAt: T0 - DAY }, 'same-item');
    const later = newCase({ itemKey: 'wall-1_2?reply=99', detectedAt: T0 + DAY }, 'later');
    expect(findRepeatCandidates(probe, [self, sameItem, later])).toEqual([]);
  });

  it('ties go to the most recent, and the limit holds', () => {
    const older = newCase({ itemKey: 'a', detectedAt: T0 - 2 * DAY, text: 'x' }, 'older');
    const newer = newCase({ itemKey: 'b', detectedAt: T0 - DAY, text: 'x' }, 'newer');
    const found = findRepeatCandidates({ ...probe, text: 'y' }, [older, newer]);
    expect(found.map((f) => f.case.id)).toEqual(['newer', 'older']);
    expect(findRepeatCandidates({ ...probe, text: 'y' }, [older, newer], 1)).toHaveLength(1);
  });
});

describe('text similarity', () => {
  it('ignores case, ё, endings, stop words and markup characters', () => {
    expect([...significantStems('Когда починят ФОНАРИ на улице Ленина, дом 12?')]).toEqual(['почин', 'фонар', 'улиц', 'ленин', 'дом', '12']);
    expect(textSimilarity('фонарь не горит', 'Фонаря не горят')).toBeGreaterThan(0.9);
    expect(textSimilarity('фонарь', 'мусор')).toBe(0);
    expect(textSimilarity('', 'мусор')).toBe(0);
  });
});

describe('answerChecklist', () => {
  const regulation: RegulationChecklistItem[] = [
    { id: 'toThePoint', label: { ru: 'По существу', en: 'To the point' }, clause: 'п. 17', when: 'always' },
    { id: REPEAT_ITEM_ID, label: { ru: 'Что сделано', en: 'What was done' }, clause: 'п. 16', when: 'repeat' },
  ];
  it('shows the regulation items, the repeat one only for a linked case', () => {
    expect(answerChecklist({}, regulation).map((i) => i.id)).toEqual(['toThePoint']);
    expect(answerChecklist({ repeatOf: 'old' }, regulation)).toEqual([
      { id: 'toThePoint', label: { ru: 'По существу', en: 'To the point' }, clause: 'п. 17', forRepeat: false },
      { id: REPEAT_ITEM_ID, label: { ru: 'Что сделано', en: 'What was done' }, clause: 'п. 16', forRepeat: true },
    ]);
  });
  it('adds the seeds\' reminder for a repeat where the regulation has none, and has defaults', () => {
    const withoutRepeat = regulation.slice(0, 1);
    const items = answerChecklist({ repeatOf: 'old' }, withoutRepeat);
    expect(items.at(-1)).toMatchObject({ id: REPEAT_ITEM_ID, clause: '000 п. 12; 002 п. 16', forRepeat: true });
    expect(answerChecklist({}).map((i) => i.id)).toEqual(['toThePoint', 'networkFormat', 'proofAttached']);
    expect(answerChecklist({ repeatOf: 'x' }).at(-1)?.label.ru).toMatch(/принятые меры/);
  });
});
