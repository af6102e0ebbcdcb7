import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../i18n/index';
import { captureNotice, describeMissing, insertTexts } from './notices';
import { isInsertReply, isPageCommand } from './commands';
import { normaliseReplyText, replyMatches } from './reply-match';
import { normalisePageUrl, selectionItem, textHash } from './selection-item';
import { tabShowsThread } from './thread-tab';

describe('replyMatches: the published reply is the approved answer', () => {
  const approved = 'Здравствуйте! Яму заделают\nдо пятницы 🙂';
  it.each([
    ['the same text', 'Здравствуйте! Яму заделают\nдо пятницы 🙂', true],
    ['nbsp and spaces changed by the editor', 'Здравствуйте!\u00a0Яму  заделают до\u00a0пятницы', true],
    ['emoji lost or turned into another', 'Здравствуйте! Яму заделают до пятницы 😀', true],
    ['VK greeting first', 'Иван, здравствуйте! Яму заделают до пятницы 🙂', true],
    ['a two-word greeting', 'Иван Петров, здравствуйте! Яму заделают до пятницы', true],
    ['a longer prefix is another text', 'Уважаемый житель Иван, здравствуйте! Яму заделают до пятницы', false],
    ['a shorter text', 'Яму заделают до пятницы', false],
    ['another answer', 'Здравствуйте! Яму заделают в понедельник', false],
  ])('%s', (_, reply, expected) => {
    expect(replyMatches(reply, approved)).toBe(expected);
  });

  it('never matches an empty approved text', () => {
    expect(replyMatches('', '')).toBe(false);
    expect(normaliseReplyText(' A\u00a0 B , c ')).toBe('a b, c');
  });
});

describe('selectionItem: what any page gives', () => {
  it('keys by the normalised address and a hash of the text; lists what is missing', () => {
    const item = selectionItem({ network: 'other', pageUrl: 'https://www.Forum.example.org/t/5/?utm_source=vk&b=2&a=1#post3', text: ' Текст \u00a0 обращения ', now: 10 })!;
    expect(item).toMatchObject({ network: 'other', kind: 'message', text: 'Текст обращения', detectedAt: 10, ref: {}, author: {}, markup: 'selection' });
    expect(item.itemKey).toBe(`forum.example.org/t/5?a=1&b=2#text=${textHash('Текст обращения')}`);
    expect(item.missing).toEqual(['author.name', 'author.url', 'author.id', 'postedAt', 'postedAtText', 'pageTitle']);
    expect(selectionItem({ network: 'other', pageUrl: 'file:///etc/passwd', text: 'x', now: 1 })).toBeUndefined();
    expect(selectionItem({ network: 'other', pageUrl: 'https://a.example/', text: '', now: 1, pageTitle: 'A' })!.missing).toContain('text');
  });

  it('keeps the chat of Telegram Web, which lives in the fragment', () => {
    expect(normalisePageUrl('https://web.telegram.org/k/#@chat')).toBe('web.telegram.org/k#@chat');
    expect(normalisePageUrl('https://m.example.org/x#y')).toBe('example.org/x');
    expect(textHash('a')).not.toBe(textHash('b'));
    expect(textHash('привет')).toMatch(/^[0-9a-f]{16}$/);
  });

  it('names missing fields in Russian, once each', () => {
    expect(describeMissing(['author.id', 'ref.postId', 'ref.commentId', 'postedAt', 'postedAtText', 'weird'])).toBe('id автора, номера поста и комментария, время публикации, weird');
    expect(describeMissing(['ref.ownerId', 'author.id'])).toBe('номер группы или автора записи, id автора');
  });
});

describe('captureNotice: what the page says after a capture (composed by the background)', () => {
  afterEach(() => setLocale('ru'));

  it('warns about unrecognised markup, else says a case existed or which fields are missing', () => {
    const missing = ['author.name', 'postedAt', 'postedAtText'];
    expect(captureNotice({ markup: 'vk-unrecognised', missing }, true)).toEqual({
      text: 'Вёрстка не распознана: записаны адрес и выделенный текст. Нет: имя автора, время публикации.',
      warning: true,
    });
    expect(captureNotice({ markup: 'ok-unrecognised', missing }, false)!.warning).toBe(true);
    expect(captureNotice({ markup: 'vk-react', missing }, false)).toEqual({ text: 'Это сообщение уже в работе.', warning: false });
    expect(captureNotice({ markup: 'vk-react', missing }, true)).toEqual({ text: 'Записано. Страница не показала: имя автора, время публикации.', warning: false });
    expect(captureNotice({ markup: 'vk-react', missing: ['postedAtText'] }, true)).toBeUndefined();
    setLocale('en');
    expect(captureNotice({ markup: 'vk-react', missing }, true)!.text).toBe('Saved. The page did not show: author name, time posted.');
  });
});

describe('tabShowsThread: the open tab with the case’s thread', () => {
  const vkCase = { network: 'vk', url: 'https://vk.com/wall-123456_789?reply=1002&thread=1001', threadUrl: 'https://vk.com/wall-123456_789', ref: { ownerId: '-123456', postId: '789' } };
  it.each([
    ['https://vk.com/wall-123456_789', true],
    ['https://m.vk.com/wall-123456_789?reply=5', true],
    ['https://vk.ru/club123456?w=wall-123456_789', true],
    ['https://vk.com/club123456?w=wall-123456_790', false],
    ['https://vk.com/club123456', false],
    [undefined, false],
  ])('VK %s → %s', (url, expected) => {
    expect(tabShowsThread(url, vkCase)).toBe(expected);
  });

  it('matches OK topics by id on the page and in a layer', () => {
    const okCase = { network: 'ok', url: 'https://ok.ru/group/70000001234567/topic/156795562550671', threadUrl: 'https://ok.ru/group/70000001234567/topic/156795562550671', ref: { topicId: '156795562550671' } };
    expect(tabShowsThread('https://m.ok.ru/group/70000001234567/topic/156795562550671', okCase)).toBe(true);
    expect(tabShowsThread('https://ok.ru/group/70000001234567/topic/1', okCase)).toBe(false);
  });
});

describe('commands between the background and the page', () => {
  it('accepts only well-formed commands and replies', () => {
    const texts = insertTexts();
    expect(isPageCommand({ otklikPage: 1, type: 'insertAnswer', caseId: 'c', itemKey: 'k', text: 't', texts })).toBe(true);
    expect(isPageCommand({ otklikPage: 1, type: 'insertAnswer', caseId: 'c', itemKey: 'k', text: 'x'.repeat(20_001), texts })).toBe(false);
    expect(isPageCommand({ otklikPage: 1, type: 'insertAnswer', caseId: 'c', itemKey: 'k', texts })).toBe(false);
    // The words it shows come with the command, all of them.
    expect(isPageCommand({ otklikPage: 1, type: 'insertAnswer', caseId: 'c', itemKey: 'k', text: 't' })).toBe(false);
    expect(isPageCommand({ otklikPage: 1, type: 'insertAnswer', caseId: 'c', itemKey: 'k', text: 't', texts: { ...texts, copied: undefined } })).toBe(false);
    expect(isPageCommand({ otklikPage: 1, type: 'insertAnswer', caseId: 'c', itemKey: 'k', text: 't', texts: { ...texts, inserted: 'x'.repeat(501) } })).toBe(false);
    expect(isPageCommand({ otklik: 1, type: 'ping' })).toBe(false);
    expect(isPageCommand({ otklikPage: 1, type: 'eval' })).toBe(false);
    expect(isInsertReply({ outcome: 'inserted', copied: false, message: 'ok' })).toBe(true);
    expect(isInsertReply({ outcome: 'sent', copied: false, message: 'ok' })).toBe(false);
  });
});
