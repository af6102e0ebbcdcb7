/**
 * Hints for a draft answer, shown beside the editor (issue 6). They only advise: a draft with
 * hints can still be submitted. Each hint points at a span of the text so the editor can select it.
 *
 * - doubleSpace: two or more spaces inside a line;
 * - capital: a sentence (the text, a line, or after . ! ?) starting with a small letter;
 * - finalPunctuation: the text ends without . ! ? … (a closing link or emoji is fine);
 * - mixedScript: Latin letters inside a Cyrillic word («дорoга» with a Latin o) — or the reverse;
 * - bureaucratese: seed 003 appendix 1 p. 10 (bureaucratese.ts);
 * - url: VK and OK attach a link card to a link in a reply — check it leads where it should;
 * - long / tooLong: longer than reads comfortably in a thread / than the network accepts.
 */
import type { Label } from '../cases/labels';
import type { Case } from '../cases/schema';
import { findBureaucratese } from './bureaucratese';

export type HintKind = 'doubleSpace' | 'capital' | 'finalPunctuation' | 'mixedScript' | 'bureaucratese' | 'url' | 'long' | 'tooLong';

export interface DraftHint {
  kind: HintKind;
  /** The span of the text the hint is about (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
  /** The text of that span. */
  fragment: string;
  /** A replacement to offer, when there is one (the fixed word, a plainer phrase). */
  suggestion?: Label;
}

export interface LengthLimits {
  /** Above this many characters a reply is folded behind «Показать полностью» and reads as a wall. */
  comfortable: number;
  /** The network refuses longer messages (undefined: no limit known). */
  max?: number;
}

/**
 * Comfortable lengths are an editorial choice (a reply a citizen reads on a phone); the maxima are
 * the networks' message limits: VK 16,384 characters, Telegram 4,096. OK states none we rely on.
 */
export const lengthLimits: Record<Case['network'], LengthLimits> = {
  vk: { comfortable: 1_000, max: 16_384 },
  ok: { comfortable: 1_000 },
  telegram: { comfortable: 1_000, max: 4_096 },
  other: { comfortable: 1_500 },
};

const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
const URL_PATTERN = /(?:https?:\/\/|www\.)[^\s<>«»"]+|(?<![\p{L}\p{N}@.-])(?:[\p{L}\p{N}-]+\.)+(?:ru|рф|su|com|org|net|info|gov\.ru)(?:\/[^\s<>«»"]*)?(?![\p{L}\p{N}])/giu;

/** Abbreviations after which a period does not end the sentence («ул. Ленина», «т. е.», «д. 5»). */
const ABBREVIATIONS = new Set([
  'ул', 'гг', 'пр', 'пр-т', 'пер', 'пл', 'наб', 'мкр', 'им', 'др', 'см', 'стр', 'кв', 'корп', 'тел', 'руб', 'коп', 'тыс', 'млн', 'млрд',
  'мин', 'пп', 'ст', 'обл', 'р-н', 'пос', 'п.г.т', 'пгт', 'ст-ца', 'вв', 'каб', 'эт', 'зам', 'нач', 'отд', 'прим', 'напр', 'т.е', 'т.д', 'т.п',
]);

/** Latin letters that look like Cyrillic ones (and back): «дорoга» → «дорога». */
const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', k: 'к',
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У',
};
const CYRILLIC_TO_LATIN: Record<string, string> = Object.fromEntries(Object.entries(LATIN_TO_CYRILLIC).map(([latin, cyrillic]) => [cyrillic, latin]));

function urlSpans(text: string): Array<[number, number]> {
  return [...text.matchAll(URL_PATTERN)].map((m) => [m.index, m.index + m[0].replace(/[.,;:!?)]+$/, '').length] as [number, number]);
}

const inSpans = (spans: ReadonlyArray<[number, number]>, at: number) => spans.some(([from, to]) => at >= from && at < to);

function doubleSpaces(text: string): DraftHint[] {
  const hints: DraftHint[] = [];
  for (const m of text.matchAll(/(?<=\S)[^\S\n]{2,}(?=\S)/g)) {
    hints.push({ kind: 'doubleSpace', start: m.index, end: m.index + m[0].length, fragment: m[0], suggestion: { ru: 'один пробел', en: 'one space' } });
  }
  return hints;
}

/** The word that ends right before `at` (letters, digits, hyphens and inner dots: «т.е»). */
function wordBefore(text: string, at: number): string {
  let start = at;
  while (start > 0 && /[\p{L}\p{N}.-]/u.test(text[start - 1]!)) start--;
  return text.slice(start, at);
}

function isSentenceEnd(text: string, index: number): boolean {
  const mark = text[index]!;
  if (mark === '!' || mark === '?') return true;
  if (mark !== '.') return false;
  if (text[index - 1] === '.' || text[index + 1] === '.') return false; // «...» continues the sentence
  const word = wordBefore(text, index);
  if (word === '') return true;
  if (/^\p{L}$/u.test(word)) return false; // an initial or a one-letter abbreviation
  return !ABBREVIATIONS.has(word.toLowerCase());
}

/** The line break at `index` ends an empty line (a paragraph break). */
function followsBlankLine(text: string, index: number): boolean {
  let j = index - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
  return j >= 0 && text[j] === '\n';
}

function capitals(text: string, urls: ReadonlyArray<[number, number]>): DraftHint[] {
  const starts = new Set<number>();
  const firstLetterAfter = (from: number, crossLines: boolean): number | undefined => {
    let i = from;
    while (i < text.length && /[\s«"„(]/u.test(text[i]!) && (crossLines || text[i] !== '\n')) i++;
    return i < text.length && LETTER.test(text[i]!) ? i : undefined;
  };
  const first = firstLetterAfter(0, true);
  if (first !== undefined) starts.add(first);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n' && followsBlankLine(text, i)) {
      // A paragraph (after a blank line) starts a sentence; a line break inside one may not.
      const at = firstLetterAfter(i + 1, false);
      if (at !== undefined) starts.add(at);
    } else if (/[.!?]/.test(ch) && /\s/.test(text[i + 1] ?? '') && !inSpans(urls, i) && isSentenceEnd(text, i)) {
      const at = firstLetterAfter(i + 1, true);
      if (at !== undefined) starts.add(at);
    }
  }
  const hints: DraftHint[] = [];
  for (const at of [...starts].sort((a, b) => a - b)) {
    if (!LOWER.test(text[at]!) || inSpans(urls, at)) continue;
    const word = /^[\p{L}\p{N}-]+/u.exec(text.slice(at))![0];
    const fixed = text[at]!.toLocaleUpperCase('ru-RU') + word.slice(1);
    hints.push({ kind: 'capital', start: at, end: at + word.length, fragment: word, suggestion: { ru: fixed, en: fixed } });
  }
  return hints;
}

/** A short last line after a finished sentence: «С уважением, администрация поселения». */
function isSignature(trimmed: string): boolean {
  const lines = trimmed.split('\n').map((line) => line.trim()).filter(Boolean);
  if (lines.length < 2) return false;
  const last = lines[lines.length - 1]!;
  const previous = lines[lines.length - 2]!;
  return /[.!?…]$/.test(previous) && !/[.!?]/.test(last) && last.split(/\s+/).length <= 8;
}

function finalPunctuation(text: string, urls: ReadonlyArray<[number, number]>): DraftHint[] {
  const trimmed = text.trimEnd();
  if (trimmed === '') return [];
  const lastIndex = trimmed.length - 1;
  const last = trimmed[lastIndex]!;
  if (!/[\p{L}\p{N}]/u.test(last)) return []; // . ! ? … ) » an emoji — all fine
  if (inSpans(urls, lastIndex)) return []; // a closing link: a period would stick to it
  if (isSignature(trimmed)) return [];
  const word = wordBefore(trimmed, trimmed.length);
  return [{ kind: 'finalPunctuation', start: trimmed.length - word.length, end: trimmed.length, fragment: word, suggestion: { ru: `${word}.`, en: `${word}.` } }];
}

function mixedScripts(text: string, urls: ReadonlyArray<[number, number]>): DraftHint[] {
  const hints: DraftHint[] = [];
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const word = m[0];
    if (inSpans(urls, m.index) || !CYRILLIC.test(word) || !LATIN.test(word)) continue;
    const letters = [...word];
    const cyrillicCount = letters.filter((ch) => CYRILLIC.test(ch)).length;
    const toCyrillic = cyrillicCount * 2 >= letters.length;
    const map = toCyrillic ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN;
    const foreign = toCyrillic ? LATIN : CYRILLIC;
    const fixed = letters.map((ch) => (foreign.test(ch) ? (map[ch] ?? null) : ch));
    const hint: DraftHint = { kind: 'mixedScript', start: m.index, end: m.index + word.length, fragment: word };
    if (fixed.every((ch) => ch !== null)) hint.suggestion = { ru: fixed.join(''), en: fixed.join('') };
    hints.push(hint);
  }
  return hints;
}

function urlHints(text: string, urls: ReadonlyArray<[number, number]>): DraftHint[] {
  return urls.map(([start, end]) => ({ kind: 'url' as const, start, end, fragment: text.slice(start, end) }));
}

function lengthHints(text: string, network: Case['network']): DraftHint[] {
  const limits = lengthLimits[network];
  const length = text.trim().length;
  if (limits.max !== undefined && length > limits.max) {
    return [{ kind: 'tooLong', start: limits.max, end: text.length, fragment: text.slice(limits.max) }];
  }
  if (length > limits.comfortable) return [{ kind: 'long', start: 0, end: text.length, fragment: '' }];
  return [];
}

/** Every hint for `text` as an answer in `network`, ordered by position (length hints last). */
export function draftHints(text: string, network: Case['network']): DraftHint[] {
  const urls = urlSpans(text);
  const bureaucratic: DraftHint[] = findBureaucratese(text).map((m) => ({
    kind: 'bureaucratese',
    start: m.start,
    end: m.end,
    fragment: text.slice(m.start, m.end),
    suggestion: m.phrase.suggestion,
  }));
  const positioned = [
    ...doubleSpaces(text),
    ...capitals(text, urls),
    ...finalPunctuation(text, urls),
    ...mixedScripts(text, urls),
    ...bureaucratic,
    ...urlHints(text, urls),
  ].sort((a, b) => a.start - b.start || a.end - b.end);
  return [...positioned, ...lengthHints(text, network)];
}
