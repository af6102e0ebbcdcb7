/**
 * A captured item built from what any page gives without knowing its markup: the address, the
 * title and the selected text. Used by the background: for the context-menu capture («Взять
 * выделенное в работу») on any site and when a capture button's VK/OK item could not be read
 * (`captureUnrecognised`). Everything the page did not give is named in `missing`; nothing is guessed.
 */
import type { CapturedItem, Network } from '../types';

export interface SelectionSource {
  network: Network;
  pageUrl: string;
  pageTitle?: string;
  /** The selected text (or, for an unrecognised item with nothing selected, its visible text). */
  text: string;
  now: number;
  /** Fields known to be missing besides those this function finds (e.g. 'kind'). */
  missing?: string[];
  markup?: string;
}

const MAX_TEXT = 100_000;
/** The most text a page sends with `captureUnrecognised` (collapsed and cut to MAX_TEXT here). */
export const UNRECOGNISED_TEXT_MAX = 200_000;
const MAX_TITLE = 500;
const TRACKING = /^(utm_|fbclid$|gclid$|yclid$|_openstat$|from$|ref$)/;

/** Telegram Web keeps the chat in the fragment (`/k/#@channel`, `/a/#-100123`). */
export function networkOfPage(url: string): Network {
  try {
    return new URL(url).hostname.toLowerCase() === 'web.telegram.org' ? 'telegram' : 'other';
  } catch {
    return 'other';
  }
}

/** Host without www./m., path without trailing slash, query without tracking parameters, sorted; the fragment only where it names the chat (Telegram). */
export function normalisePageUrl(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const host = url.hostname.toLowerCase().replace(/^(www|m)\./, '');
  const path = url.pathname.replace(/\/+$/, '');
  const params = [...url.searchParams].filter(([name]) => !TRACKING.test(name)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${params.map(([k, v]) => `${k}=${v}`).join('&')}` : '';
  const fragment = host === 'web.telegram.org' && url.hash.length > 1 ? url.hash : '';
  return `${host}${path}${query}${fragment}`;
}

export function collapseText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** 64-bit FNV-1a of the text as 16 hex digits (two 32-bit lanes): a short stable id, not a secret. */
export function textHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code ^ (i & 0xff), 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/** The item, or undefined when the page address is not an http(s) one (a browser page, a file). */
export function selectionItem(source: SelectionSource): CapturedItem | undefined {
  const normalised = normalisePageUrl(source.pageUrl);
  if (!normalised) return undefined;
  const text = collapseText(source.text).slice(0, MAX_TEXT);
  const title = source.pageTitle?.replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE);
  const missing = [...(source.missing ?? []), 'author.name', 'author.url', 'author.id', 'postedAt', 'postedAtText'];
  if (!text) missing.push('text');
  if (!title) missing.push('pageTitle');
  const item: CapturedItem = {
    network: source.network,
    kind: 'message',
    itemKey: `${normalised}#text=${textHash(text)}`,
    ref: {},
    url: source.pageUrl,
    threadUrl: source.pageUrl,
    author: {},
    text,
    attachments: [],
    detectedAt: source.now,
    pageUrl: source.pageUrl,
    missing: [...new Set(missing)],
    markup: source.markup ?? 'selection',
  };
  if (title) item.pageTitle = title;
  return item;
}

/** What a content script sends when it cannot read an item's markup (message `captureUnrecognised`). */
export interface UnrecognisedCapture {
  network: 'vk' | 'ok';
  pageUrl: string;
  pageTitle?: string;
  /** The selected text, or the item's visible text when nothing is selected. */
  text: string;
  detectedAt: number;
}

/** The item the background records for it: a `message` keyed by address and text, markup `<network>-unrecognised`. */
export function unrecognisedItem(source: UnrecognisedCapture): CapturedItem | undefined {
  return selectionItem({
    network: source.network,
    pageUrl: source.pageUrl,
    pageTitle: source.pageTitle,
    text: source.text,
    now: source.detectedAt,
    missing: ['kind', 'ref', 'url', 'threadUrl'],
    markup: `${source.network}-unrecognised`,
  });
}
