/**
 * Assembles a CapturedItem from what an adapter could read and lists, by name, every field the
 * page did not provide. Nothing here guesses: an absent value stays absent and is named in `missing`.
 */
import type { ParsedRuDate } from './parse-ru-date';
import type { CapturedAttachment, CapturedItem, ItemKind, ItemRef, Network } from './types';

export interface ExtractContext {
  pageUrl: string;
  pageTitle?: string;
  /** Epoch ms of the click; becomes `detectedAt` and the base of relative times. */
  now: number;
  /** IANA zone the page writes its times in (the browser's own zone). */
  timeZone: string;
}

export interface ItemReading {
  network: Network;
  kind: ItemKind;
  markup: string;
  itemKey: string;
  ref: ItemRef;
  /** The ref fields this kind of item must have; those not read are reported missing. */
  expectedRef: (keyof ItemRef)[];
  url?: string;
  threadUrl?: string;
  author: { name?: string; url?: string; id?: string };
  /** undefined when the text element was not found; '' when it is there and empty (a photo post). */
  text?: string;
  attachments: CapturedAttachment[];
  postedAtText?: string;
  posted?: ParsedRuDate;
}

function clean<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T;
}

export function completeItem(reading: ItemReading, context: ExtractContext): CapturedItem {
  const missing: string[] = [];
  for (const field of reading.expectedRef) if (!reading.ref[field]) missing.push(`ref.${field}`);
  if (!reading.url) missing.push('url');
  if (!reading.threadUrl) missing.push('threadUrl');
  for (const field of ['name', 'url', 'id'] as const) if (!reading.author[field]) missing.push(`author.${field}`);
  if (reading.text === undefined) missing.push('text');
  if (!reading.postedAtText) missing.push('postedAtText');
  if (!reading.posted) missing.push('postedAt');

  const item: CapturedItem = {
    network: reading.network,
    kind: reading.kind,
    itemKey: reading.itemKey,
    ref: clean(reading.ref),
    url: reading.url ?? context.pageUrl,
    threadUrl: reading.threadUrl ?? reading.url ?? context.pageUrl,
    author: clean(reading.author),
    text: reading.text ?? '',
    attachments: reading.attachments,
    detectedAt: context.now,
    pageUrl: context.pageUrl,
    missing,
    markup: reading.markup,
  };
  if (reading.posted) {
    item.postedAt = reading.posted.at;
    item.postedAtPrecision = reading.posted.precision;
  }
  if (reading.postedAtText) item.postedAtText = reading.postedAtText;
  if (context.pageTitle) item.pageTitle = context.pageTitle;
  return item;
}
