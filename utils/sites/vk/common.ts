/** Reading helpers shared by VK's markup generations: dates, authors, attachments, item kinds. */
import type { ExtractContext } from '../captured-item';
import { absoluteUrl, vkIdFromHref } from '../urls';
import { textOf } from '../dom';
import { fromUnixSeconds, parseRuDateDetailed, type ParsedRuDate } from '../parse-ru-date';
import type { CapturedAttachment } from '../types';
import * as s from './selectors';

export type VkItemType = 'legacy-post' | 'legacy-comment' | 'react-post' | 'react-comment';

/** Which reader handles an item (from `findItems`): attribute reads only. */
export function vkItemType(item: Element): VkItemType {
  const testid = item.getAttribute('data-testid');
  if (testid === 'post') return 'react-post';
  if (testid) return 'react-comment';
  return item.matches(s.legacyCommentBox) ? 'legacy-comment' : 'legacy-post';
}

export function markupOf(type: VkItemType, item: Element, pageUrl: string): string {
  if (type.startsWith('react')) return /^https?:\/\/m\./i.test(pageUrl) ? 'vk-react-mobile' : 'vk-react';
  const post = type === 'legacy-post' ? item : item.closest(s.legacyPost);
  return post?.classList.contains(s.hybridPostClass) ? 'vk-hybrid' : 'vk-legacy';
}

export interface DateReading {
  postedAtText?: string;
  posted?: ParsedRuDate;
}

/** A date element: `.rel_date[time]` (unix seconds, exact) inside or on it wins over its text. */
export function readVkDate(element: Element | null, context: ExtractContext): DateReading {
  if (!element) return {};
  const stamped = element.matches(s.exactTime) ? element : element.querySelector(s.exactTime);
  const postedAtText = textOf(element);
  const exact = fromUnixSeconds(stamped?.getAttribute('time'));
  if (exact !== undefined) return { postedAtText, posted: { at: exact, precision: 'second' } };
  return { postedAtText, posted: postedAtText ? parseRuDateDetailed(postedAtText, context) : undefined };
}

export function readVkAuthor(link: Element | null, nameElement: Element | null, pageUrl: string): { name?: string; url?: string; id?: string } {
  const href = link?.getAttribute('href');
  const fromId = link?.getAttribute('data-from-id')?.trim();
  return {
    name: textOf(nameElement ?? link),
    url: absoluteUrl(href, pageUrl),
    id: fromId && /^-?\d+$/.test(fromId) ? fromId : vkIdFromHref(href),
  };
}

/** Legacy thumbnails: `data-photo-id` gives the photo page; the preview is the inline background-image. */
export function legacyPhotoAttachment(thumb: Element, origin: string, pageUrl: string, preview: string | undefined): CapturedAttachment | undefined {
  const photoId = thumb.getAttribute('data-photo-id');
  const url = photoId && /^-?\d+_\d+$/.test(photoId) ? `${origin}/photo${photoId}` : absoluteUrl(thumb.getAttribute('href'), pageUrl);
  const previewUrl = absoluteUrl(preview, pageUrl);
  if (!url && !previewUrl) return undefined;
  const attachment: CapturedAttachment = { type: 'photo', url: url ?? previewUrl! };
  if (previewUrl) attachment.preview = previewUrl;
  return attachment;
}

/** React photos: the enclosing `/photo…` link is the photo page; the image itself the preview. */
export function reactPhotoAttachment(image: Element, pageUrl: string): CapturedAttachment | undefined {
  const link = image.closest(s.reactPhotoLink);
  const preview = absoluteUrl(image.getAttribute('src'), pageUrl);
  const url = absoluteUrl(link?.getAttribute('href'), pageUrl) ?? preview;
  if (!url) return undefined;
  const attachment: CapturedAttachment = { type: 'photo', url };
  if (preview) attachment.preview = preview;
  return attachment;
}

export function reactVideoAttachment(video: Element, origin: string, pageUrl: string): CapturedAttachment | undefined {
  const id = video.getAttribute('data-video') ?? video.querySelector(s.reactVideoId)?.getAttribute('data-video');
  const link = video.closest(s.reactVideoLink) ?? video.querySelector(s.reactVideoLink);
  const url = id && /^-?\d+_\d+$/.test(id) ? `${origin}/video${id}` : absoluteUrl(link?.getAttribute('href'), pageUrl);
  if (!url) return undefined;
  const preview = absoluteUrl(video.querySelector('img')?.getAttribute('src'), pageUrl);
  return preview ? { type: 'video', url, preview } : { type: 'video', url };
}

export function uniqueByUrl(attachments: (CapturedAttachment | undefined)[]): CapturedAttachment[] {
  const seen = new Set<string>();
  const out: CapturedAttachment[] = [];
  for (const attachment of attachments) {
    if (!attachment || seen.has(attachment.url)) continue;
    seen.add(attachment.url);
    out.push(attachment);
  }
  return out;
}
