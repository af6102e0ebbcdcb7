/**
 * (background) The words a VK/OK page shows about cases, composed by the background in its locale
 * (the one of the badges' status labels) and sent with the data they belong to: the spoken name of
 * a case badge (`caseBadges`, `capture`), what a capture amounted to (`capture`), the outcome of
 * answer in place (the `insertAnswer` command) and a recorded publication (`replyDetected`). Every
 * byte of text in a content script is loaded with each VK and OK page; these are not.
 */
import { defineMessages, getLocale } from '../../i18n/index';
import type { CapturedItem } from '../types';
import type { InsertTexts } from './commands';

const { t } = defineMessages({
  ru: {
    badge: (p: { status: string }) => `Дело: ${p.status}. Открыть в боковой панели`,
    capturedBefore: 'Это сообщение уже в работе.',
    missing: (p: { fields: string }) => `Записано. Страница не показала: ${p.fields}.`,
    unrecognised: (p: { fields: string }) => `Вёрстка не распознана: записаны адрес и выделенный текст. Нет: ${p.fields}.`,
    inserted: 'Ответ вставлен. Проверьте его и нажмите «Отправить» сами.',
    notFound: 'Сообщение не найдено на странице: возможно, оно удалено.',
    noEditor: 'Не удалось открыть поле ответа.',
    notTaken: 'Поле ответа не приняло текст.',
    copied: 'Текст скопирован — вставьте его вручную (Ctrl+V).',
    notCopied: 'Скопируйте текст из карточки дела.',
    published: 'Ответ появился в ветке: дело отмечено.',
  },
  en: {
    badge: (p: { status: string }) => `Case: ${p.status}. Open in the side panel`,
    capturedBefore: 'This message is a case already.',
    missing: (p: { fields: string }) => `Saved. The page did not show: ${p.fields}.`,
    unrecognised: (p: { fields: string }) => `Unknown markup: the address and the selection were saved. Missing: ${p.fields}.`,
    inserted: 'The answer is in. Check it and press «Send» yourself.',
    notFound: 'The message is not on this page: it may be deleted.',
    noEditor: 'Could not open the reply box.',
    notTaken: 'The reply box did not take the text.',
    copied: 'The text is copied: paste it by hand (Ctrl+V).',
    notCopied: 'Copy the text from the case card.',
    published: 'The answer is in the thread: the case is marked.',
  },
});

/** «Дело: Новое, Ответ: осталось 2 часа 15 минут рабочего времени, до 17:30, пт. Открыть в боковой панели». */
export function badgeLabel(parts: readonly (string | undefined)[]): string {
  return t('badge', { status: parts.filter(Boolean).join(', ') });
}

/** ru|en names of captured fields; `ref.*` share one, except the owner. */
const FIELD_NAMES: Record<string, string> = {
  'author.name': 'имя автора|author name',
  'author.url': 'ссылка на автора|author link',
  'author.id': 'id автора|author id',
  postedAt: 'время публикации|time posted',
  text: 'текст|text',
  url: 'ссылка|link',
  threadUrl: 'ссылка на ветку|thread link',
  kind: 'пост или комментарий|post or comment',
  ref: 'номера поста и комментария|ids',
  'ref.ownerId': 'номер группы или автора записи|owner id',
  pageTitle: 'заголовок|title',
};

/** «имя автора, время публикации» for a capture's `missing` list. */
export function describeMissing(missing: readonly string[]): string {
  const names = new Set<string>();
  for (const field of missing) {
    const known = FIELD_NAMES[field] ?? FIELD_NAMES[field.startsWith('ref.') ? 'ref' : field];
    if (field !== 'postedAtText') names.add(known ? known.split('|')[getLocale() === 'en' ? 1 : 0]! : field);
  }
  return [...names].join(', ');
}

export interface CaptureNotice {
  text: string;
  /** Shown longer and marked as a warning. */
  warning: boolean;
}

/**
 * The notice for a capture of `item` (as recorded): an unrecognised item (markup
 * `<network>-unrecognised`, the page's fallback) always warns; otherwise a case captured before,
 * or the fields the page did not show; nothing when all went well.
 */
export function captureNotice(item: Pick<CapturedItem, 'markup' | 'missing'>, created: boolean): CaptureNotice | undefined {
  const fields = describeMissing(item.missing);
  if (item.markup.endsWith('-unrecognised')) return { text: t('unrecognised', { fields }), warning: true };
  if (!created) return { text: t('capturedBefore'), warning: false };
  return fields ? { text: t('missing', { fields }), warning: false } : undefined;
}

/** What the page says after answer in place, for each outcome (sent with the command). */
export function insertTexts(): InsertTexts {
  return {
    inserted: t('inserted'),
    notFound: t('notFound'),
    noEditor: t('noEditor'),
    notTaken: t('notTaken'),
    copied: t('copied'),
    notCopied: t('notCopied'),
  };
}

/** The page saw the answer published and the case was marked. */
export function publishedNotice(): string {
  return t('published');
}
