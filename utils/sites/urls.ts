/**
 * VK and OK addresses: which network a page belongs to, ids from links and paths, item keys and
 * permalinks. Formats: ../shared/research/vk-ok-dom.md §4.
 */
import type { Network } from './types';

const VK_HOST = /^(?:www\.|m\.)?vk\.(?:com|ru)$/;
const OK_HOST = /^(?:www\.|m\.)?ok\.ru$/;

export function networkOfUrl(url: string): Extract<Network, 'vk' | 'ok'> | null {
  const host = hostOf(url);
  if (!host) return null;
  if (VK_HOST.test(host)) return 'vk';
  if (OK_HOST.test(host)) return 'ok';
  return null;
}

function hostOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) ? parsed.hostname.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/** Origin permalinks are written with: the page's own (vk.ru stays vk.ru) or the network's default. */
export function siteOrigin(pageUrl: string, network: 'vk' | 'ok'): string {
  if (networkOfUrl(pageUrl) === network) return new URL(pageUrl).origin;
  return network === 'vk' ? 'https://vk.com' : 'https://ok.ru';
}

/** An href resolved against the page, only for http(s) targets (never javascript: or data:). */
export function absoluteUrl(href: string | null | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------- VK

export interface VkWallRef {
  ownerId: string;
  postId: string;
  commentId?: string;
  threadId?: string;
}

const VK_WALL = /(?:^|\/|=)wall(-?\d+)_(\d+)(?:$|[?&#/])/;
const VK_DATA_POST_ID = /^(?:wall)?(-?\d+)_(\d+)$/;

/**
 * A wall post (and comment) from a path, URL, layer parameter (`?w=wall-1_2`) or item key:
 * `/wall-1_2?reply=3&thread=4`, `https://vk.com/club1?w=wall-1_2`, `wall-1_2?reply=3`.
 */
export function parseVkWall(text: string | null | undefined): VkWallRef | undefined {
  if (!text) return undefined;
  let decoded = text;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    // keep the raw text
  }
  const match = VK_WALL.exec(decoded);
  if (!match?.[1] || !match[2]) return undefined;
  const ref: VkWallRef = { ownerId: match[1], postId: match[2] };
  const reply = /[?&]reply=(\d+)/.exec(decoded)?.[1];
  const thread = /[?&]thread=(\d+)/.exec(decoded)?.[1];
  if (reply) ref.commentId = reply;
  if (thread) ref.threadId = thread;
  return ref;
}

type DataPostId = Readonly<{ ownerId: string; id: string }>;
/** The last value read: a scan asks for the same post's id once per comment. */
let lastDataPostId: { value: string; parsed: DataPostId | undefined } | undefined;

/** `data-post-id="-123_456"` (an optional `wall` prefix is accepted, one 2026 note shows it). */
export function parseVkDataPostId(value: string | null | undefined): DataPostId | undefined {
  if (!value) return undefined;
  if (lastDataPostId?.value === value) return lastDataPostId.parsed;
  const match = VK_DATA_POST_ID.exec(value.trim());
  const parsed = match?.[1] && match[2] ? { ownerId: match[1], id: match[2] } : undefined;
  lastDataPostId = { value, parsed };
  return parsed;
}

export function vkItemKey(ref: VkWallRef): string {
  return ref.commentId ? `wall${ref.ownerId}_${ref.postId}?reply=${ref.commentId}` : `wall${ref.ownerId}_${ref.postId}`;
}

export function vkPermalink(origin: string, ref: VkWallRef): string {
  const post = `${origin}/wall${ref.ownerId}_${ref.postId}`;
  if (!ref.commentId) return post;
  return ref.threadId ? `${post}?reply=${ref.commentId}&thread=${ref.threadId}` : `${post}?reply=${ref.commentId}`;
}

/** Numeric VK id from a profile or community link: `/id123` → 123, `/club123` or `/public123` → -123. */
export function vkIdFromHref(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  const path = href.replace(/^https?:\/\/[^/]+/i, '');
  const user = /^\/id(\d+)(?:$|[?#/])/.exec(path);
  if (user?.[1]) return user[1];
  const community = /^\/(?:club|public|event)(\d+)(?:$|[?#/])/.exec(path);
  return community?.[1] ? `-${community[1]}` : undefined;
}

// ---------------------------------------------------------------- OK

export interface OkTopicRef {
  topicId: string;
  kind: 'topic' | 'status';
  /** Numeric group id when the path has one (`/group/{gid}/topic/{tid}`). */
  groupId?: string;
  /** The topic's canonical path on ok.ru. */
  path: string;
}

const OK_TOPIC = /^\/(?:group\/?(\d+)|(?!group\/|profile\/)[\w.-]+)\/topic\/(\d+)/;
const OK_STATUS = /^\/(?:profile\/\d+|[\w.-]+)\/statuses\/(\d+)/;

/** `/path` of a plain root-relative link as it is (no dot segments, escapes, `//`): what URL would give, without parsing one per feed post. */
const PLAIN_PATH = /^(\/(?!\/)[\w.\-/]*)(?:[?#]|$)/;
const DOT_SEGMENT = /\/\.\.?(?:\/|$)/;

function pathOf(url: string, base: string): string | undefined {
  const plain = PLAIN_PATH.exec(url)?.[1];
  if (plain && !DOT_SEGMENT.test(plain)) return plain;
  try {
    return new URL(url, base).pathname;
  } catch {
    return undefined;
  }
}

export function parseOkTopic(url: string | null | undefined, base = 'https://ok.ru/'): OkTopicRef | undefined {
  if (!url) return undefined;
  const path = pathOf(url, base);
  if (path === undefined) return undefined;
  const topic = OK_TOPIC.exec(path);
  if (topic?.[2]) {
    const ref: OkTopicRef = { topicId: topic[2], kind: 'topic', path: topic[0] };
    if (topic[1]) ref.groupId = topic[1];
    return ref;
  }
  const status = OK_STATUS.exec(path);
  return status?.[1] ? { topicId: status[1], kind: 'status', path: status[0] } : undefined;
}

export function okItemKey(topic: Pick<OkTopicRef, 'topicId' | 'kind'>, commentId?: string): string {
  const base = `${topic.kind}/${topic.topicId}`;
  return commentId ? `${base}#comment=${commentId}` : base;
}

export function parseOkItemKey(key: string): { topicId: string; kind: 'topic' | 'status'; commentId?: string } | undefined {
  const match = /^(topic|status)\/(\d+)(?:#comment=(\d+))?$/.exec(key);
  if (!match?.[1] || !match[2]) return undefined;
  const parsed: { topicId: string; kind: 'topic' | 'status'; commentId?: string } = { kind: match[1] as 'topic' | 'status', topicId: match[2] };
  if (match[3]) parsed.commentId = match[3];
  return parsed;
}

/** Numeric OK id from `/profile/{uid}` or `/group/{gid}`; vanity links have none. */
export function okIdFromHref(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  const path = href.replace(/^https?:\/\/[^/]+/i, '');
  return /^\/(?:profile|group)\/(\d+)(?:$|[?#/])/.exec(path)?.[1];
}
