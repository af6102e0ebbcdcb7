/** OK readers: keys and extraction for feed posts, topics (layer or page) and comments. */
import type { ExtractContext, ItemReading } from '../captured-item';
import { ownAll, ownFirst, textOf } from '../dom';
import { fromEpochAttribute, fromIsoWithZone, parseRuDateDetailed, type ParsedRuDate } from '../parse-ru-date';
import { readText } from '../read-text';
import { absoluteUrl, okIdFromHref, okItemKey, parseOkTopic, siteOrigin, type OkTopicRef } from '../urls';
import type { CapturedAttachment } from '../types';
import * as s from './selectors';

export type OkItemType = 'feed' | 'topic' | 'comment';

export function okItemType(item: Element): OkItemType {
  if (item.matches(s.commentBox)) return 'comment';
  return item.matches(s.topic) ? 'topic' : 'feed';
}

function seenId(item: Element, pattern: RegExp): string | undefined {
  const own = item.getAttribute(s.seenParams);
  const params = own ?? ownFirst(item, `[${s.seenParams}]`, s.anyItemBox)?.getAttribute(s.seenParams);
  return params ? pattern.exec(params)?.[1] : undefined;
}

let lastPage: { url: string; topic: OkTopicRef | undefined } | undefined;

/** parseOkTopic of the page URL, remembered for the last URL (a scan asks once per item). */
function pageTopic(pageUrl: string): OkTopicRef | undefined {
  if (lastPage?.url !== pageUrl) lastPage = { url: pageUrl, topic: parseOkTopic(pageUrl) };
  return lastPage.topic;
}

/** A feed post's topic: its own link to the topic, else the topic id in its seen-params. */
function feedTopic(post: Element, pageUrl: string): OkTopicRef | undefined {
  const fromLink = parseOkTopic(ownFirst(post, s.feedTopicLink, s.anyItemBox)?.getAttribute('href'), pageUrl);
  if (fromLink) return fromLink;
  const fromParams = seenId(post, s.seenTopicId);
  return fromParams ? { topicId: fromParams, kind: 'topic', path: '' } : undefined;
}

function topicOfType(item: Element, type: OkItemType, pageUrl: string): OkTopicRef | undefined {
  if (type === 'topic') return pageTopic(pageUrl);
  if (type === 'feed') return feedTopic(item, pageUrl);
  // A comment belongs to the topic (layer or page) around it, else to the feed post showing it.
  if (item.closest(s.topic)) return pageTopic(pageUrl);
  const post = item.closest(s.feedPost);
  return post ? feedTopic(post, pageUrl) : pageTopic(pageUrl);
}

/** The topic an item belongs to: a feed post by its own link, a topic (and its comments) by the page URL. */
export function okTopicOf(item: Element, pageUrl: string): OkTopicRef | undefined {
  return topicOfType(item, okItemType(item), pageUrl);
}

export function okCommentId(item: Element): string | undefined {
  return seenId(item, s.seenCommentId);
}

export function okKey(item: Element, pageUrl: string, type = okItemType(item)): string | null {
  const commentId = type === 'comment' ? okCommentId(item) : undefined;
  if (type === 'comment' && !commentId) return null;
  const topic = topicOfType(item, type, pageUrl);
  return topic ? okItemKey(topic, commentId) : null;
}

function topicUrl(topic: OkTopicRef | undefined, pageUrl: string): string | undefined {
  return topic?.path ? `${siteOrigin(pageUrl, 'ok')}${topic.path}` : undefined;
}

function author(link: Element | null, pageUrl: string, name?: string): ItemReading['author'] {
  const href = link?.getAttribute('href');
  return { name: name ?? textOf(link), url: absoluteUrl(href, pageUrl), id: okIdFromHref(href) };
}

function parsedText(text: string | undefined, context: ExtractContext): ParsedRuDate | undefined {
  return text ? parseRuDateDetailed(text, context) : undefined;
}

function photos(item: Element, pageUrl: string): CapturedAttachment[] {
  const out: CapturedAttachment[] = [];
  for (const image of ownAll(item, s.photoImage, s.anyItemBox)) {
    const preview = absoluteUrl(image.getAttribute('src'), pageUrl);
    const url = absoluteUrl(image.closest('a[href]')?.getAttribute('href'), pageUrl) ?? preview;
    if (url) out.push(preview ? { type: 'photo', url, preview } : { type: 'photo', url });
  }
  for (const link of ownAll(item, s.videoLink, s.anyItemBox)) {
    const url = absoluteUrl(link.getAttribute('href'), pageUrl);
    if (url) out.push({ type: 'video', url });
  }
  return out;
}

function textIn(element: Element | null): string | undefined {
  return element ? readText(element, { skip: s.mediaTextMore }) : undefined;
}

export function readFeedPost(item: Element, context: ExtractContext): ItemReading {
  const topic = okTopicOf(item, context.pageUrl);
  const authorLink = ownFirst(item, s.feedAuthor, s.anyItemBox);
  const dateText = textOf(ownFirst(item, s.feedDate, s.anyItemBox));
  const url = topicUrl(topic, context.pageUrl);
  return {
    network: 'ok',
    kind: 'post',
    markup: 'ok-feed',
    itemKey: topic ? okItemKey(topic) : '',
    ref: { topicId: topic?.topicId, ownerId: topic?.groupId ?? okIdFromHref(authorLink?.getAttribute('href')) },
    expectedRef: ['topicId', 'ownerId'],
    url,
    threadUrl: url,
    author: author(authorLink, context.pageUrl),
    text: textIn(ownFirst(item, s.mediaText, s.anyItemBox)),
    attachments: photos(item, context.pageUrl),
    postedAtText: dateText,
    posted: parsedText(dateText, context),
  };
}

interface GroupAuthorData {
  group?: { name?: unknown; href?: unknown };
  timeInfo?: { createTime?: unknown };
}

function groupAuthorData(item: Element): GroupAuthorData {
  const raw = ownFirst(item, s.topicAuthorData, s.anyItemBox)?.getAttribute('data');
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : undefined;
    return parsed && typeof parsed === 'object' ? (parsed as GroupAuthorData) : {};
  } catch {
    return {};
  }
}

/** The topic's author (a group, or a user for a status) link: group-author JSON, else the header link. */
function topicAuthorHref(topic: Element, data = groupAuthorData(topic)): string | undefined {
  return typeof data.group?.href === 'string' ? data.group.href : (ownFirst(topic, s.topicAuthorLink, s.anyItemBox)?.getAttribute('href') ?? undefined);
}

/**
 * Numeric owner (group or user) of the topic a comment belongs to: the topic URL's group id, else
 * the link to the author of the topic (layer or page) or feed post around the comment.
 */
function commentOwnerId(item: Element, topic: OkTopicRef | undefined): string | undefined {
  if (topic?.groupId) return topic.groupId;
  const host = item.closest(s.topic);
  if (host) return okIdFromHref(topicAuthorHref(host));
  const post = item.closest(s.feedPost);
  return post ? okIdFromHref(ownFirst(post, s.feedAuthor, s.anyItemBox)?.getAttribute('href')) : undefined;
}

function topicTime(item: Element, data: GroupAuthorData, context: ExtractContext): { text?: string; posted?: ParsedRuDate } {
  const visible = textOf(ownFirst(item, s.topicDate, s.anyItemBox));
  const created = data.timeInfo?.createTime;
  const published = fromIsoWithZone(ownFirst(item, s.topicPublished, s.anyItemBox)?.getAttribute('content'));
  if (published !== undefined) return { text: visible, posted: { at: published, precision: 'second' } };
  if (typeof created === 'number' || (typeof created === 'string' && /^\d+$/.test(created))) {
    const at = fromEpochAttribute(String(created));
    if (at !== undefined) return { text: visible, posted: { at, precision: 'second' } };
  }
  const text = visible ?? (typeof created === 'string' ? created : undefined);
  return { text, posted: parsedText(text, context) };
}

export function readTopic(item: Element, context: ExtractContext): ItemReading {
  const topic = okTopicOf(item, context.pageUrl);
  const data = groupAuthorData(item);
  // The header has an avatar link and a name link to the same page; the name is the one with text.
  const links = ownAll(item, s.topicAuthorLink, s.anyItemBox);
  const href = topicAuthorHref(item, data);
  const name = typeof data.group?.name === 'string' ? data.group.name : links.map((link) => textOf(link)).find(Boolean);
  const time = topicTime(item, data, context);
  const url = topicUrl(topic, context.pageUrl);
  return {
    network: 'ok',
    kind: 'post',
    markup: item.closest(s.topicLayer) ? 'ok-topic-layer' : 'ok-topic',
    itemKey: topic ? okItemKey(topic) : '',
    ref: { topicId: topic?.topicId, ownerId: topic?.groupId ?? okIdFromHref(href) },
    expectedRef: ['topicId', 'ownerId'],
    url,
    threadUrl: url,
    author: { name, url: absoluteUrl(href, context.pageUrl), id: okIdFromHref(href) },
    text: textIn(ownFirst(item, s.mediaText, s.anyItemBox)),
    attachments: photos(item, context.pageUrl),
    postedAtText: time.text,
    posted: time.posted,
  };
}

export function readComment(item: Element, context: ExtractContext): ItemReading {
  const topic = okTopicOf(item, context.pageUrl);
  const commentId = okCommentId(item);
  const threadUrl = topicUrl(topic, context.pageUrl);
  const dateText = textOf(ownFirst(item, s.commentDate, s.anyItemBox));
  const stamped = item.hasAttribute(s.commentTime) ? item : ownFirst(item, `[${s.commentTime}]`, s.anyItemBox);
  const exact = fromEpochAttribute(stamped?.getAttribute(s.commentTime));
  const replyTo = ownFirst(item, s.commentReplyTo, s.anyItemBox)?.getAttribute('data-rid') ?? undefined;
  return {
    network: 'ok',
    kind: 'comment',
    markup: item.closest(s.topicLayer) ? 'ok-topic-layer' : 'ok-topic',
    itemKey: topic && commentId ? okItemKey(topic, commentId) : '',
    ref: { topicId: topic?.topicId, ownerId: commentOwnerId(item, topic), commentId, threadId: replyTo && /^\d+$/.test(replyTo) ? replyTo : undefined },
    expectedRef: ['topicId', 'ownerId', 'commentId'],
    url: threadUrl && commentId ? `${threadUrl}#comment=${commentId}` : undefined,
    threadUrl,
    author: author(ownFirst(item, s.commentAuthor, s.anyItemBox), context.pageUrl),
    text: textIn(ownFirst(item, s.commentTextFull, s.anyItemBox) ?? ownFirst(item, s.commentTextOlder, s.anyItemBox)),
    attachments: photos(item, context.pageUrl),
    postedAtText: dateText,
    posted: exact !== undefined ? { at: exact, precision: 'second' } : parsedText(dateText, context),
  };
}
