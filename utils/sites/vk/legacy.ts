/**
 * VK legacy ("al") and hybrid (`Post--redesign`) markup: posts `.post`, comments `.reply`, the reply
 * box `#reply_field{K}` with the hidden target `#reply_to{K}` set by `Wall.replyClick`.
 */
import type { ButtonSlot } from '../adapter';
import type { ExtractContext, ItemReading } from '../captured-item';
import { backgroundImageUrl, click, ownAll, ownFirst, waitFor } from '../dom';
import { readText } from '../read-text';
import { parseVkDataPostId, parseVkWall, siteOrigin, vkItemKey, vkPermalink, type VkWallRef } from '../urls';
import { legacyPhotoAttachment, markupOf, readVkAuthor, readVkDate, uniqueByUrl } from './common';
import * as s from './selectors';

/** Owner, post and (for comments) comment id, from attributes and the closest post: no text reads. */
export function legacyRef(item: Element, isComment: boolean): VkWallRef | undefined {
  const own = parseVkDataPostId(item.getAttribute('data-post-id'));
  if (!own) return undefined;
  if (!isComment) return { ownerId: own.ownerId, postId: own.id };
  const post = parseVkDataPostId(item.closest(s.legacyPost)?.getAttribute('data-post-id'));
  const ref: VkWallRef = post
    ? { ownerId: own.ownerId, postId: post.id, commentId: own.id }
    : { ...(parseVkWall(ownFirst(item, s.legacyCommentDateLink, s.anyItemBox)?.getAttribute('href')) ?? { ownerId: '', postId: '' }), commentId: own.id };
  return ref.postId ? ref : undefined;
}

/** Top-level comment the reply belongs to: the deep thread around it, or `&thread=` of its date link. */
function legacyThreadId(item: Element, dateHref: string | null | undefined): string | undefined {
  const deep = parseVkDataPostId(item.closest(s.legacyDeepThread)?.getAttribute('data-post-id'));
  return deep?.id ?? parseVkWall(dateHref)?.threadId;
}

export function readLegacyPost(item: Element, context: ExtractContext): ItemReading {
  const ref = legacyRef(item, false);
  const origin = siteOrigin(context.pageUrl, 'vk');
  const hybridLink = ownFirst(item, s.hybridAuthorLink, s.anyItemBox);
  const authorLink = ownFirst(item, s.legacyPostAuthor, s.anyItemBox) ?? hybridLink;
  const nameElement = hybridLink ? ownFirst(item, s.hybridAuthorName, s.anyItemBox) : null;
  const textElement = ownFirst(item, s.legacyPostText, s.anyItemBox);
  const thumbs = ownAll(item, s.legacyPhoto, s.anyItemBox);
  const url = ref ? vkPermalink(origin, ref) : undefined;
  return {
    network: 'vk',
    kind: 'post',
    markup: markupOf('legacy-post', item, context.pageUrl),
    itemKey: ref ? vkItemKey(ref) : '',
    ref: { ...ref },
    expectedRef: ['ownerId', 'postId'],
    url,
    threadUrl: url,
    author: readVkAuthor(authorLink, nameElement, context.pageUrl),
    text: textElement ? readText(textElement, { skip: s.legacyShowMore }) : undefined,
    attachments: uniqueByUrl(thumbs.map((thumb) => legacyPhotoAttachment(thumb, origin, context.pageUrl, backgroundImageUrl(thumb) ?? thumb.querySelector('img')?.getAttribute('src') ?? undefined))),
    ...readVkDate(ownFirst(item, s.legacyPostDate, s.anyItemBox), context),
  };
}

export function readLegacyComment(item: Element, context: ExtractContext): ItemReading {
  const ref = legacyRef(item, true);
  const origin = siteOrigin(context.pageUrl, 'vk');
  const dateLink = ownFirst(item, s.legacyCommentDateLink, s.anyItemBox);
  const threadId = legacyThreadId(item, dateLink?.getAttribute('href'));
  const fullRef = ref ? { ...ref, ...(threadId && threadId !== ref.commentId ? { threadId } : {}) } : undefined;
  const textElement = ownFirst(item, s.legacyCommentText, s.anyItemBox);
  const thumbs = ownAll(item, s.legacyPhoto, s.anyItemBox);
  return {
    network: 'vk',
    kind: 'comment',
    markup: markupOf('legacy-comment', item, context.pageUrl),
    itemKey: ref ? vkItemKey(ref) : '',
    ref: { ...fullRef },
    expectedRef: ['ownerId', 'postId', 'commentId'],
    url: fullRef ? vkPermalink(origin, fullRef) : undefined,
    threadUrl: ref ? vkPermalink(origin, { ownerId: ref.ownerId, postId: ref.postId }) : undefined,
    author: readVkAuthor(ownFirst(item, s.legacyCommentAuthor, s.anyItemBox), null, context.pageUrl),
    text: textElement ? readText(textElement.querySelector(s.legacyCommentInnerText) ?? textElement, { skip: `${s.legacyShowMore}, ${s.legacyPhoto}` }) : undefined,
    attachments: uniqueByUrl(thumbs.map((thumb) => legacyPhotoAttachment(thumb, origin, context.pageUrl, backgroundImageUrl(thumb)))),
    ...readVkDate(dateLink, context),
  };
}

export function legacySlot(item: Element, isComment: boolean): ButtonSlot {
  const bar = ownFirst(item, isComment ? s.legacyCommentFooter : s.legacyPostActions, s.legacyItemBox);
  return { parent: bar ?? item, before: null };
}

function byId(doc: Document, prefix: string, key: string): HTMLElement | null {
  return doc.getElementById(prefix + key);
}

/** Key K of the reply field a comment answers into: its onclick's `Wall.replyClick('K', …)`, else its deep thread, else its post. */
function replyFieldKey(item: Element): string | undefined {
  const fromClick = s.legacyReplyClickKey.exec(item.getAttribute('onclick') ?? '')?.[1];
  if (fromClick) return fromClick;
  const deep = parseVkDataPostId(item.closest(s.legacyDeepThread)?.getAttribute('data-post-id'));
  const post = parseVkDataPostId(item.closest(s.legacyPost)?.getAttribute('data-post-id'));
  const owner = deep ?? post;
  return owner ? `${owner.ownerId}_${owner.id}` : undefined;
}

export async function openLegacyReply(item: Element, isComment: boolean): Promise<HTMLElement | null> {
  const doc = item.ownerDocument;
  const own = parseVkDataPostId(item.getAttribute('data-post-id'));
  const key = isComment ? replyFieldKey(item) : own && `${own.ownerId}_${own.id}`;
  if (!own || !key) return null;
  const target = () => byId(doc, s.legacyReplyIds.target, key) as HTMLInputElement | null;
  if (isComment) {
    click(ownFirst(item, s.legacyReplyLink, s.anyItemBox) ?? item);
  } else {
    if (target()?.value) {
      const cancel = byId(doc, s.legacyReplyIds.targetTitle, key)?.querySelector(s.legacyReplyTargetCancel);
      if (cancel) click(cancel);
    }
    const fakebox = byId(doc, s.legacyReplyIds.fakebox, key);
    if (fakebox && fakebox.style.display !== 'none') click(fakebox);
  }
  const wanted = isComment ? own.id : '';
  const field = await waitFor(() => {
    const editor = byId(doc, s.legacyReplyIds.field, key);
    return editor && (target()?.value ?? '') === wanted ? editor : null;
  });
  field?.focus();
  return field;
}

export function legacySendButton(editor: Element): HTMLElement | null {
  const id = editor.id;
  if (!id.startsWith(s.legacyReplyIds.field)) return null;
  return byId(editor.ownerDocument, s.legacyReplyIds.send, id.slice(s.legacyReplyIds.field.length));
}

/** Post → all its comments; top-level comment → its deep thread; comment in a thread → later comments there. */
export function legacyReplies(item: Element, isComment: boolean): Element[] {
  if (!isComment) return Array.from(item.querySelectorAll(s.legacyComment));
  const wrap = item.closest(s.legacyDeepThread);
  if (wrap) {
    const all = Array.from(wrap.querySelectorAll(s.legacyComment));
    return all.slice(all.indexOf(item) + 1);
  }
  const own = parseVkDataPostId(item.getAttribute('data-post-id'));
  const scope = item.closest(s.legacyPost) ?? item.ownerDocument;
  const deep = own ? scope.querySelector(`${s.legacyDeepThread}[data-post-id="${own.ownerId}_${own.id}"]`) : null;
  return deep ? Array.from(deep.querySelectorAll(s.legacyComment)) : [];
}
