/**
 * Normalised keys for finding repeated messages: the same author or thread reached through
 * different URLs (http/https, m./www., vk.ru/vk.com, trailing slash, tracking parameters) must
 * give one key.
 */

/** Query parameters that identify a VK/OK item; everything else (utm_*, from=…) is dropped. */
const MEANINGFUL_PARAMS = ['w', 'z', 'reply', 'thread', 'st.mid', 'st.topicId', 'st.themeId'];

export function normaliseUrl(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  let host = url.hostname.toLowerCase().replace(/^(www|m)\./, '');
  if (host === 'vk.ru') host = 'vk.com';
  const path = url.pathname.replace(/\/+$/, '');
  const params = MEANINGFUL_PARAMS.filter((name) => url.searchParams.has(name)).map(
    (name) => `${name}=${url.searchParams.get(name)}`,
  );
  return `${host}${path}${params.length ? `?${params.join('&')}` : ''}`;
}

/** The author's keys: network + id when the page gave one, and the normalised profile URL. */
export function authorKeysOf(network: string, author: { id?: string; url?: string }): string[] {
  const keys: string[] = [];
  const id = author.id?.trim();
  if (id) keys.push(`${network}:id:${id}`);
  const url = author.url ? normaliseUrl(author.url) : undefined;
  if (url) keys.push(`${network}:url:${url}`);
  return keys;
}

export function threadKeyOf(network: string, threadUrl: string | undefined): string | undefined {
  const url = threadUrl ? normaliseUrl(threadUrl) : undefined;
  return url ? `${network}:${url}` : undefined;
}
