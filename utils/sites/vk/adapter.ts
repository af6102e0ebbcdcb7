/** The VK adapter: one dispatcher over the legacy/hybrid and React readers. */
import type { SiteAdapter } from '../adapter';
import { completeItem, type ExtractContext } from '../captured-item';
import { isElement, ownFirst } from '../dom';
import { vkItemKey } from '../urls';
import { vkItemType } from './common';
import { legacyRef, legacyReplies, legacySendButton, legacySlot, openLegacyReply, readLegacyComment, readLegacyPost } from './legacy';
import { openReactReply, reactRef, reactReplies, reactSendButton, reactSlot, readReactComment, readReactPost } from './react';
import * as s from './selectors';

function isNestedCopy(item: Element): boolean {
  const level = item.getAttribute('data-post-nesting-lvl');
  return level !== null && level !== '0';
}

/** A React comment whose author and text are gone is a "Комментарий удалён" placeholder. */
function isDeletedReactComment(item: Element): boolean {
  return !ownFirst(item, s.reactCommentOwner, s.anyItemBox) && !ownFirst(item, s.reactCommentText, s.anyItemBox);
}

function isCapturable(item: Element): boolean {
  const type = vkItemType(item);
  if (type === 'react-post') return !isNestedCopy(item);
  if (type === 'react-comment') return !isDeletedReactComment(item);
  return true;
}

function keyOf(item: Element, pageUrl: string): string | null {
  const type = vkItemType(item);
  const ref =
    type === 'legacy-post' || type === 'legacy-comment'
      ? legacyRef(item, type === 'legacy-comment')
      : reactRef(item, type === 'react-comment', pageUrl);
  return ref ? vkItemKey(ref) : null;
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

  findItems(root) {
    const found = Array.from(root.querySelectorAll(s.anyItem));
    if (isElement(root) && root.matches(s.anyItem)) found.unshift(root);
    return found.filter(isCapturable);
  },

  keyOf,

  buttonSlot(item) {
    const type = vkItemType(item);
    if (type === 'legacy-post' || type === 'legacy-comment') return legacySlot(item, type === 'legacy-comment');
    return reactSlot(item, type === 'react-comment');
  },

  extract,

  findByKey(root, itemKey, pageUrl) {
    const matches = vkAdapter.findItems(root).filter((item) => keyOf(item, pageUrl) === itemKey);
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
