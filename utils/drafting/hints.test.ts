import { describe, expect, it } from 'vitest';
import { setLocale } from '../i18n/index';
import { findBureaucratese } from './bureaucratese';
import { applyHint, describeHint, describeSuggestion } from './hint-messages';
import { draftHints, lengthLimits, type HintKind } from './hints';

const kinds = (text: string, network: 'vk' | 'ok' | 'telegram' | 'other' = 'vk') => draftHints(text, network).map((h) => h.kind);
const only = (text: string, kind: HintKind) => draftHints(text, 'vk').filter((h) => h.kind === kind);

const CLEAN = 'Здравствуйте, Иван! Фонарь на ул. Ленина заменим до пятницы. Спасибо, что написали.';

describe('draftHints', () => {
  it('finds nothing in a clean answer', () => {
    expect(draftHints(CLEAN, 'vk')).toEqual([]);
  });

  it('finds a double space inside a line, with its span, and applies the fix', () => {
    const text = 'Фонарь  заменим.';
    const [hint] = only(text, 'doubleSpace');
    expect(hint).toMatchObject({ start: 6, end: 8, fragment: '  ' });
    expect(applyHint(text, hint!)).toBe('Фонарь заменим.');
    // Line breaks and indentation of a new paragraph are not double spaces.
    expect(only('Первое.\n\nВторое.', 'doubleSpace')).toEqual([]);
  });

  it('finds a sentence that starts with a small letter: the text, after . ! ?, and after a blank line', () => {
    expect(only('здравствуйте! Спасибо.', 'capital').map((h) => h.fragment)).toEqual(['здравствуйте']);
    expect(only('Спасибо. мы заменим фонарь. Ждите!  а потом?', 'capital').map((h) => h.fragment)).toEqual(['мы', 'а']);
    expect(only('Спасибо.\n\nмы приедем.', 'capital').map((h) => h.fragment)).toEqual(['мы']);
    expect(only('Ответ: «да». «нет» — не ответ.', 'capital').map((h) => h.fragment)).toEqual(['нет']);
    const [hint] = only('Спасибо. мы заменим.', 'capital');
    expect(hint!.suggestion?.ru).toBe('Мы');
    expect(applyHint('Спасибо. мы заменим.', hint!)).toBe('Спасибо. Мы заменим.');
  });

  it('does not take abbreviations, initials, ellipses, links or line breaks inside a sentence for a sentence end', () => {
    expect(only('Фонарь на ул. Ленина, д. 5 заменим, т. е. до пятницы.', 'capital')).toEqual([]);
    expect(only('Ответит И. И. иванов… или нет.', 'capital')).toEqual([]);
    expect(only('Подождите... мы уточним.', 'capital')).toEqual([]);
    expect(only('Смотрите https://korenovsk.ru/news. там всё.', 'capital').map((h) => h.fragment)).toEqual(['там']);
    expect(only('Адрес приёма:\nул. Ленина, 5.', 'capital')).toEqual([]);
  });

  it('finds a missing final punctuation mark, but not after a link, an emoji or a signature line', () => {
    const [hint] = only('Фонарь заменим до пятницы', 'finalPunctuation');
    expect(hint).toMatchObject({ fragment: 'пятницы', suggestion: { ru: 'пятницы.' } });
    expect(applyHint('Фонарь заменим до пятницы', hint!)).toBe('Фонарь заменим до пятницы.');
    expect(only('Фонарь заменим до 5', 'finalPunctuation')).toHaveLength(1);
    for (const fine of ['Заменим!', 'Заменим?', 'Заменим…', 'Заменим (до пятницы)', 'Подробнее: https://vk.com/wall-1_2', 'Заменим 👍', 'Заменим.\nС уважением, администрация поселения']) {
      expect(only(fine, 'finalPunctuation'), fine).toEqual([]);
    }
  });

  it('finds Latin letters inside a Cyrillic word and offers the all-Cyrillic word', () => {
    const text = 'Дорoгу отремонтируют.'; // Latin o
    const [hint] = only(text, 'mixedScript');
    expect(hint).toMatchObject({ start: 0, end: 6, fragment: 'Дорoгу', suggestion: { ru: 'Дорогу' } });
    expect(applyHint(text, hint!)).toBe('Дорогу отремонтируют.');
    expect(only('Пишите на Сity@mail.ru.', 'mixedScript')[0]?.suggestion?.ru).toBe('City'); // Cyrillic С in a Latin word
    expect(only('Улица Лeнинa.', 'mixedScript')[0]?.suggestion?.ru).toBe('Ленина');
    // A foreign letter without a look-alike: still a hint, no automatic fix.
    const odd = only('Фонарьz горит.', 'mixedScript');
    expect(odd).toHaveLength(1);
    expect(odd[0]!.suggestion).toBeUndefined();
    expect(applyHint('Фонарьz горит.', odd[0]!)).toBeUndefined();
    // Whole Latin words next to Russian ones are fine.
    expect(only('Напишите в Telegram или на e-mail.', 'mixedScript')).toEqual([]);
  });

  it('finds bureaucratese in any case and word form, with a plainer suggestion (seed 003 app. 1 p. 10)', () => {
    const text = 'Доводим до Вашего сведения, что в целях ремонта данной дороги осуществляется закупка. В связи с вышеизложенным ждите.';
    const found = only(text, 'bureaucratese');
    expect(found.map((h) => h.fragment)).toEqual(['Доводим до Вашего сведения', 'в целях', 'данной', 'осуществляется', 'В связи с вышеизложенным']);
    expect(found[1]!.suggestion?.ru).toBe('чтобы, для');
    expect(applyHint(text, found[1]!)).toBeUndefined(); // style needs a person, not a replacement
  });

  it('matches bureaucratese only as whole words and prefers the longer overlapping phrase', () => {
    expect(findBureaucratese('Поданный заявителем документ, заданные вопросы')).toEqual([]);
    expect(findBureaucratese('в связи с вышеизложенным').map((m) => m.phrase.id)).toEqual(['vSvyaziSVysheizlozhennym']);
    expect(findBureaucratese('В рамках\nпроекта').map((m) => m.phrase.id)).toEqual(['vRamkah']);
    expect(findBureaucratese('вышеуказанного адреса на предмет протечки').map((m) => m.phrase.id)).toEqual(['vysheukazannyj', 'naPredmet']);
  });

  it('notes every link: VK attaches a link card; an e-mail address is not a link', () => {
    const text = 'Подробности на сайте korenovsk.ru и тут: https://vk.com/wall-1_2. Пишите на adm@korenovsk.ru.';
    expect(only(text, 'url').map((h) => h.fragment)).toEqual(['korenovsk.ru', 'https://vk.com/wall-1_2']);
    setLocale('ru');
    expect(describeHint(only(text, 'url')[1]!, text, 'vk')).toContain('ВКонтакте прикрепит');
    expect(describeHint(only(text, 'url')[1]!, text, 'ok')).toContain('Одноклассники');
  });

  it('warns of a long answer and of one too long for the network', () => {
    const sentence = 'Фонарь заменим до пятницы. ';
    const long = sentence.repeat(Math.ceil(lengthLimits.vk.comfortable / sentence.length) + 1).trim();
    expect(kinds(long)).toEqual(['long']);
    const huge = sentence.repeat(Math.ceil(4_096 / sentence.length) + 1).trim();
    expect(kinds(huge, 'telegram')).toEqual(['tooLong']);
    expect(kinds(huge, 'vk')).toEqual(['long']);
    setLocale('ru');
    expect(describeHint(draftHints(huge, 'telegram')[0]!, huge, 'telegram')).toContain('пределе 4096');
  });

  it('orders hints by position and describes each in Russian and in English', () => {
    const text = 'здравствуйте!  Данный фонарь дорoга';
    const hints = draftHints(text, 'vk');
    expect(hints.map((h) => h.kind)).toEqual(['capital', 'doubleSpace', 'bureaucratese', 'finalPunctuation', 'mixedScript']);
    setLocale('ru');
    expect(hints.map((h) => describeHint(h, text, 'vk'))).toEqual([
      'Предложение начинается со строчной буквы: «здравствуйте»',
      'Двойной пробел',
      'Канцелярит: «Данный». В соцсети пишут проще (Кореновск, прил. 1 п. 10)',
      'В конце нет точки (или ! ?)',
      'Латинские буквы в русском слове (или наоборот): «дорoга» — поиск и проверка орфографии его не узнают',
    ]);
    expect(describeSuggestion(hints[2]!)).toBe('Лучше: этот');
    setLocale('en');
    expect(describeHint(hints[1]!, text, 'vk')).toBe('Double space');
    expect(describeSuggestion(hints[2]!)).toBe('Better: “this”');
    setLocale('ru');
  });

  it('does not apply a hint to a text that changed since', () => {
    const [hint] = only('Фонарь  заменим.', 'doubleSpace');
    expect(applyHint('Фонарь заменим.', hint!)).toBeUndefined();
  });
});
