/** The VK adapter: one dispatcher over the legacy/hybrid and React readers. */
import type { ButtonSlot, SiteAdapter } from '../adapter';
import { completeItem, type ExtractContext } from '../captured-item';
import { isElement, ownFirst } from '../dom';
import { parseVkWall, vkItemKey } from '../urls';
import { vkItemType, type VkItemType } from './common';
import { legacyRef, legacyReplies, legacySendButton, legacySlot, openLegacyReply, readLegacyComment, readLegacyPost } from './legacy';
import { openReactReply, reactRef, reactReplies, reactSendButton, reactSlot, readReactComment, readReactPost } from './react';
import * as s from './selectors';

function isNestedCopy(item: Element): boolean {
  const level = item.getAttribute('data-post-nesting-lvl');
  return level !== null && level !== '0';
}

/** A React comment without its own author is a "Комментарий удалён" placeholder (INFERRED markup). */
function isDeletedReactComment(item: Element): boolean {
  return !ownFirst(item, s.reactCommentOwner, s.reactComment);
}

/** Filters `itemCandidates`: attribute reads and one `matches`, plus one query for React comments. */
function isCapturable(element: Element): boolean {
  const testid = element.getAttribute('data-testid');
  if (testid === 'post') return element.hasAttribute('data-post-id') && !isNestedCopy(element);
  if (testid !== null) return s.reactCommentTestIds.includes(testid) && !isDeletedReactComment(element);
  return element.matches(s.legacyItem);
}

function keyOfType(item: Element, type: VkItemType, pageUrl: string): string | null {
  const ref =
    type === 'legacy-post' || type === 'legacy-comment'
      ? legacyRef(item, type === 'legacy-comment')
      : reactRef(item, type === 'react-comment', pageUrl);
  return ref ? vkItemKey(ref) : null;
}

function keyOf(item: Element, pageUrl: string): string | null {
  return keyOfType(item, vkItemType(item), pageUrl);
}

function slotOfType(item: Element, type: VkItemType): ButtonSlot {
  if (type === 'legacy-post' || type === 'legacy-comment') return legacySlot(item, type === 'legacy-comment');
  return reactSlot(item, type === 'react-comment');
}

function extract(item: Element, context: ExtractContext) {
  const readers = {
    'legacy-post': readLegacyPost,
    'legacy-comment': readLegacyComment,
    'react-post': readReactPost,
    'react-comment': readReactComment,
  };
  return completeItem(readers[vkItemType(item)](item, context), context);
}

export const vkAdapter: SiteAdapter = {
  network: 'vk',
  keyAttributes: ['data-post-id', 'id'],

  findItems(root) {
    const found: Element[] = [];
    if (isElement(root) && root.matches(s.itemCandidates) && isCapturable(root)) found.push(root);
    const candidates = root.querySelectorAll(s.itemCandidates);
    for (let i = 0; i < candidates.length; i++) if (isCapturable(candidates[i]!)) found.push(candidates[i]!);
    return found;
  },

  keyOf,

  buttonSlot: (item) => slotOfType(item, vkItemType(item)),

  extract,

  findByKey(root, itemKey, pageUrl) {
    const ref = parseVkWall(itemKey);
    if (!ref) return null;
    const id = ref.commentId ?? ref.postId;
    // The id ends every attribute form the markup uses (data-post-id="-1_3", id="-1_3", id="comment-1_3");
    // a React comment without an id is found through its date link (…?reply=3).
    const candidates = Array.from(root.querySelectorAll(`[data-post-id$="_${id}"], [id$="_${id}"]`));
    if (ref.commentId) {
      for (const link of Array.from(root.querySelectorAll(`a[href*="reply=${id}"]`))) {
        const comment = link.closest(s.reactComment);
        if (comment) candidates.push(comment);
      }
    }
    const matches = candidates.filter((item) => isCapturable(item) && keyOf(item, pageUrl) === itemKey);
    return matches.find((item) => item.closest(s.postLayer)) ?? matches[0] ?? null;
  },

  openReply(item) {
    const type = vkItemType(item);
    if (type === 'legacy-post' || type === 'legacy-comment') return openLegacyReply(item, type === 'legacy-comment');
    return openReactReply(item, type === 'react-comment');
  },

  sendButton(editor) {
    return legacySendButton(editor) ?? reactSendButton(editor);
  },

  repliesOf(item, context) {
    const type = vkItemType(item);
    const replies =
      type === 'legacy-post' || type === 'legacy-comment'
        ? legacyReplies(item, type === 'legacy-comment')
        : reactReplies(item, type === 'react-comment');
    return replies.filter(isCapturable).map((reply) => extract(reply, context));
  },
};
