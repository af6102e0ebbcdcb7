/**
 * Repeated messages (seed 000 p.12, 002 p.16: «повторное сообщение по ранее рассмотренному
 * вопросу»). The database hands over the earlier cases of the same author or thread (found by the
 * keys of utils/db/lookup-keys.ts); this ranks the ones worth offering for linking.
 *
 * Reading: the same author is always offered (a person writing again is the usual repeat); another
 * author in the same thread is offered only when the texts share enough words, because a busy
 * post collects comments on unrelated matters.
 */
import { authorKeysOf, threadKeyOf } from '../db/lookup-keys';
import type { CapturedItem } from '../sites/types';
import type { Case } from './schema';

export type RepeatReason = 'sameAuthor' | 'sameThread' | 'similarText';

export interface RepeatCandidate {
  case: Case;
  /** Higher first: same author 2, same thread 1, plus twice the text similarity. */
  score: number;
  reasons: RepeatReason[];
  /** Share of significant words in common, 0..1 (Dice coefficient over crude stems). */
  similarity: number;
}

export type RepeatProbe = Pick<CapturedItem, 'network' | 'itemKey' | 'author' | 'threadUrl' | 'text' | 'detectedAt'> & { id?: string };

/** Minimum similarity for a case of another author in the same thread, and to name 'similarText'. */
export const MIN_SIMILARITY = 0.2;

const STOP_WORDS = new Set([
  'когда', 'почему', 'будет', 'будут', 'этот', 'этом', 'этой', 'которые', 'который', 'опять', 'снова', 'уже',
  'еще', 'очень', 'только', 'здесь', 'тоже', 'также', 'можно', 'нужно', 'сколько', 'where', 'when', 'what', 'this',
  'that', 'with', 'есть', 'нет', 'для', 'как', 'что', 'кто', 'все', 'всех', 'наш', 'нашей', 'нашем', 'вас', 'нас',
  'они', 'она', 'оно', 'его', 'её', 'ее', 'мне', 'меня', 'вам', 'при', 'без', 'или', 'так', 'там', 'тут', 'уважаемые',
  'здравствуйте', 'подскажите', 'пожалуйста', 'спасибо', 'администрация', 'администрации',
]);

/** Common Russian endings, longest first: «фонарь/фонаря/фонари» and «горит/горят» meet. */
const ENDINGS = [
  'ами', 'ями', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ах', 'ях', 'ой', 'ей', 'ий', 'ый', 'ая', 'яя', 'ое', 'ее',
  'ые', 'ие', 'ом', 'ем', 'ам', 'ям', 'ов', 'ев', 'ит', 'ят', 'ат', 'ут', 'ют', 'ет', 'ть',
  'а', 'я', 'о', 'е', 'ы', 'и', 'у', 'ю', 'ь', 'й',
];

function stem(word: string): string {
  const ending = ENDINGS.find((e) => word.endsWith(e) && word.length - e.length >= 3);
  return (ending ? word.slice(0, -ending.length) : word).slice(0, 5);
}

/** Significant word stems: lower case, ё→е, words of 3+ letters without their ending, numbers kept. */
export function significantStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const raw of text.toLowerCase().replace(/ё/g, 'е').split(/[^\p{L}\p{N}]+/u)) {
    if (!raw) continue;
    if (/^\p{N}+$/u.test(raw)) {
      stems.add(raw);
      continue;
    }
    if (raw.length < 3 || STOP_WORDS.has(raw)) continue;
    stems.add(stem(raw));
  }
  return stems;
}

export function textSimilarity(a: string, b: string): number {
  const left = significantStems(a);
  const right = significantStems(b);
  if (left.size === 0 || right.size === 0) return 0;
  let common = 0;
  for (const stem of left) if (right.has(stem)) common += 1;
  return (2 * common) / (left.size + right.size);
}

function sharesKey(a: readonly string[], b: readonly string[]): boolean {
  return a.some((key) => b.includes(key));
}

/**
 * Earlier cases to offer for linking to a new capture (or case), best first. Excludes the item
 * itself and cases detected after it.
 */
export function findRepeatCandidates(probe: RepeatProbe, earlier: readonly Case[], limit = 10): RepeatCandidate[] {
  const authorKeys = authorKeysOf(probe.network, probe.author);
  const threadKey = threadKeyOf(probe.network, probe.threadUrl);
  const candidates: RepeatCandidate[] = [];
  for (const c of earlier) {
    if (c.id === probe.id || (c.network === probe.network && c.itemKey === probe.itemKey)) continue;
    if (c.detectedAt > probe.detectedAt) continue;
    const sameAuthor = authorKeys.length > 0 && sharesKey(authorKeys, authorKeysOf(c.network, c.author));
    const sameThread = threadKey !== undefined && threadKey === threadKeyOf(c.network, c.threadUrl);
    const similarity = textSimilarity(probe.text, c.text);
    if (!sameAuthor && !(sameThread && similarity >= MIN_SIMILARITY)) continue;
    const reasons: RepeatReason[] = [];
    if (sameAuthor) reasons.push('sameAuthor');
    if (sameThread) reasons.push('sameThread');
    if (similarity >= MIN_SIMILARITY) reasons.push('similarText');
    const score = (sameAuthor ? 2 : 0) + (sameThread ? 1 : 0) + 2 * similarity;
    candidates.push({ case: c, score, reasons, similarity });
  }
  candidates.sort((a, b) => b.score - a.score || b.case.detectedAt - a.case.detectedAt || a.case.id.localeCompare(b.case.id));
  return candidates.slice(0, Math.max(0, limit));
}

export const repeatReasonLabels: Record<RepeatReason, { ru: string; en: string }> = {
  sameAuthor: { ru: 'тот же автор', en: 'same author' },
  sameThread: { ru: 'та же ветка', en: 'same thread' },
  similarText: { ru: 'похожий текст', en: 'similar text' },
};
