/**
 * Which open tab shows a case's thread, across vk.com / vk.ru / m.vk.com and the post opened as a
 * layer (`?w=wall-1_2`), or OK's topic page and topic layer. Pure: the background passes tab URLs.
 */
import { normaliseUrl } from '../../db/lookup-keys';
import { parseOkTopic, parseVkWall } from '../urls';

export interface CaseLocation {
  network: string;
  url: string;
  threadUrl: string;
  ref: { ownerId?: string; postId?: string; topicId?: string };
}

/** Match patterns of the tabs that may show a case of the network (the content scripts' hosts). */
export function tabPatterns(network: string): string[] {
  if (network === 'vk') return ['*://vk.com/*', '*://*.vk.com/*', '*://vk.ru/*', '*://*.vk.ru/*'];
  if (network === 'ok') return ['*://ok.ru/*', '*://*.ok.ru/*'];
  return [];
}

export function tabShowsThread(tabUrl: string | undefined, c: CaseLocation): boolean {
  if (!tabUrl) return false;
  if (c.network === 'vk') {
    const shown = parseVkWall(tabUrl);
    const wanted = c.ref.ownerId && c.ref.postId ? { ownerId: c.ref.ownerId, postId: c.ref.postId } : parseVkWall(c.threadUrl);
    if (shown && wanted) return shown.ownerId === wanted.ownerId && shown.postId === wanted.postId;
  } else if (c.network === 'ok') {
    const shown = parseOkTopic(tabUrl);
    const wanted = c.ref.topicId ?? parseOkTopic(c.threadUrl)?.topicId;
    if (shown && wanted) return shown.topicId === wanted;
  }
  const tab = normaliseUrl(tabUrl);
  return tab !== undefined && (tab === normaliseUrl(c.threadUrl) || tab === normaliseUrl(c.url));
}
