/** What each draft hint says to the operator (Russian first, English second). */
import { defineMessages, getLocale } from '../i18n/index';
import type { Case } from '../cases/schema';
import { lengthLimits, type DraftHint } from './hints';

const { t } = defineMessages({
  ru: {
    doubleSpace: 'Двойной пробел',
    capital: (p: { word: string }) => `Предложение начинается со строчной буквы: «${p.word}»`,
    finalPunctuation: 'В конце нет точки (или ! ?)',
    mixedScript: (p: { word: string }) => `Латинские буквы в русском слове (или наоборот): «${p.word}» — поиск и проверка орфографии его не узнают`,
    bureaucratese: (p: { phrase: string }) => `Канцелярит: «${p.phrase}». В соцсети пишут проще (Кореновск, прил. 1 п. 10)`,
    urlVk: (p: { url: string }) => `Ссылка ${p.url}: ВКонтакте прикрепит к ответу её карточку — проверьте, что она ведёт на нужную страницу`,
    urlOk: (p: { url: string }) => `Ссылка ${p.url}: Одноклассники покажут её превью — проверьте, что она ведёт на нужную страницу`,
    urlOther: (p: { url: string }) => `Ссылка ${p.url}: проверьте, что она открывается и ведёт на нужную страницу`,
    long: (p: { length: number; limit: number }) => `Длинный ответ: ${p.length} знаков. Больше ${p.limit} соцсеть свернёт под «Показать полностью» — сократите, если можно`,
    tooLong: (p: { length: number; limit: number }) => `Слишком длинно для этой сети: ${p.length} знаков при пределе ${p.limit}`,
    suggestion: (p: { text: string }) => `Лучше: ${p.text}`,
  },
  en: {
    doubleSpace: 'Double space',
    capital: (p: { word: string }) => `A sentence starts with a small letter: “${p.word}”`,
    finalPunctuation: 'No period (or ! ?) at the end',
    mixedScript: (p: { word: string }) => `Latin letters inside a Cyrillic word (or the reverse): “${p.word}” — search and spelling check will miss it`,
    bureaucratese: (p: { phrase: string }) => `Bureaucratese: “${p.phrase}”. Write plainly in a social network (Korenovsk, app. 1 p. 10)`,
    urlVk: (p: { url: string }) => `Link ${p.url}: VK attaches its card to the reply — check it leads to the right page`,
    urlOk: (p: { url: string }) => `Link ${p.url}: OK shows its preview — check it leads to the right page`,
    urlOther: (p: { url: string }) => `Link ${p.url}: check it opens the right page`,
    long: (p: { length: number; limit: number }) => `A long answer: ${p.length} characters. Above ${p.limit} the network folds it behind “Show more” — shorten it if you can`,
    tooLong: (p: { length: number; limit: number }) => `Too long for this network: ${p.length} characters, the limit is ${p.limit}`,
    suggestion: (p: { text: string }) => `Better: ${p.text}`,
  },
});

/** One sentence for the hint, in the current locale. */
export function describeHint(hint: DraftHint, text: string, network: Case['network']): string {
  const length = text.trim().length;
  switch (hint.kind) {
    case 'doubleSpace':
      return t('doubleSpace');
    case 'capital':
      return t('capital', { word: hint.fragment });
    case 'finalPunctuation':
      return t('finalPunctuation');
    case 'mixedScript':
      return t('mixedScript', { word: hint.fragment });
    case 'bureaucratese':
      return t('bureaucratese', { phrase: hint.fragment });
    case 'url':
      return network === 'vk' ? t('urlVk', { url: hint.fragment }) : network === 'ok' ? t('urlOk', { url: hint.fragment }) : t('urlOther', { url: hint.fragment });
    case 'long':
      return t('long', { length, limit: lengthLimits[network].comfortable });
    case 'tooLong':
      return t('tooLong', { length, limit: lengthLimits[network].max ?? length });
  }
}

/** «Лучше: …» for a hint with a suggestion, in the current locale. */
export function describeSuggestion(hint: DraftHint): string | undefined {
  return hint.suggestion ? t('suggestion', { text: hint.suggestion[getLocale()] }) : undefined;
}

/**
 * The text with the hint's suggestion applied, where the suggestion is a literal replacement
 * (double space, capital, punctuation, mixed letters); undefined for advice that needs a person.
 */
export function applyHint(text: string, hint: DraftHint): string | undefined {
  if (!hint.suggestion) return undefined;
  if (text.slice(hint.start, hint.end) !== hint.fragment) return undefined; // the text changed since
  const replacement =
    hint.kind === 'doubleSpace' ? ' ' : hint.kind === 'capital' || hint.kind === 'finalPunctuation' || hint.kind === 'mixedScript' ? hint.suggestion.ru : undefined;
  if (replacement === undefined) return undefined;
  return text.slice(0, hint.start) + replacement + text.slice(hint.end);
}
