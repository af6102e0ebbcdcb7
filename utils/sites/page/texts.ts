/**
 * Words Otklik shows on VK and OK pages (the capture button, the badge, toasts), Russian first.
 * Kept short and free of zod/Preact: every byte here is in each content script.
 */
import { defineMessages, getLocale } from '../../i18n/index';

export const { t: pageText } = defineMessages({
  ru: {
    capture: 'Взять в работу',
    badgeLabel: (p: { status: string }) => `Дело: ${p.status}. Открыть в боковой панели`,
    capturedBefore: 'Это сообщение уже в работе.',
    missing: (p: { fields: string }) => `Записано. Страница не показала: ${p.fields}.`,
    unrecognised: (p: { fields: string }) => `Вёрстка не распознана: записаны адрес и выделенный текст. Нет: ${p.fields}.`,
    failed: (p: { error: string }) => `Не получилось: ${p.error}`,
    inserted: 'Ответ вставлен. Проверьте его и нажмите «Отправить» сами.',
    notFound: 'Сообщение не найдено на странице: возможно, оно удалено.',
    noEditor: 'Не удалось открыть поле ответа.',
    notTaken: 'Поле ответа не приняло текст.',
    copied: 'Текст скопирован — вставьте его вручную (Ctrl+V).',
    notCopied: 'Скопируйте текст из карточки дела.',
    published: 'Ответ появился в ветке: дело отмечено.',
  },
  en: {
    capture: 'Take into work',
    badgeLabel: (p: { status: string }) => `Case: ${p.status}. Open in the side panel`,
    capturedBefore: 'This message is a case already.',
    missing: (p: { fields: string }) => `Saved. The page did not show: ${p.fields}.`,
    unrecognised: (p: { fields: string }) => `Unknown markup: the address and the selection were saved. Missing: ${p.fields}.`,
    failed: (p: { error: string }) => `Failed: ${p.error}`,
    inserted: 'The answer is in. Check it and press «Send» yourself.',
    notFound: 'The message is not on this page: it may be deleted.',
    noEditor: 'Could not open the reply box.',
    notTaken: 'The reply box did not take the text.',
    copied: 'The text is copied: paste it by hand (Ctrl+V).',
    notCopied: 'Copy the text from the case card.',
    published: 'The answer is in the thread: the case is marked.',
  },
});

/** ru|en names of captured fields; `ref.*` share one. */
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
  pageTitle: 'заголовок|title',
};

/** «имя автора, время публикации» for a capture's `missing` list. */
export function describeMissing(missing: readonly string[]): string {
  const names = new Set<string>();
  for (const field of missing) {
    const known = FIELD_NAMES[field.startsWith('ref.') ? 'ref' : field];
    if (field !== 'postedAtText') names.add(known ? known.split('|')[getLocale() === 'en' ? 1 : 0]! : field);
  }
  return [...names].join(', ');
}
