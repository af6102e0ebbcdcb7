/**
 * VK React/VKUI markup (2025–2026, desktop and m.vk.com): everything by `data-testid`; the reply
 * target of the comment composer is component state, set by clicking the comment's `comment-reply`.
 */
import type { ButtonSlot } from '../adapter';
import type { ExtractContext, ItemReading } from '../captured-item';
import { click, ownAll, ownFirst, waitFor } from '../dom';
import { readText } from '../read-text';
import { parseVkDataPostId, parseVkWall, siteOrigin, vkItemKey, vkPermalink, type VkWallRef } from '../urls';
import { markupOf, reactPhotoAttachment, reactVideoAttachment, readVkAuthor, readVkDate, uniqueByUrl } from './common';
import * as s from './selectors';

const ID_SUFFIX = /_(\d+)$/;

function commentIdOf(comment: Element): string | undefined {
  return ID_SUFFIX.exec(comment.id)?.[1];
}

/** Ids from attributes first (data-post-id, id suffix, closest post); the date link and the page URL only when those are absent. */
export function reactRef(item: Element, isComment: boolean, pageUrl: string): VkWallRef | undefined {
  if (!isComment) {
    const own = parseVkDataPostId(item.getAttribute('data-post-id'));
    return own ? { ownerId: own.ownerId, postId: own.id } : undefined;
  }
  const post = parseVkDataPostId(item.closest(s.reactPost)?.getAttribute('data-post-id'));
  const commentId = commentIdOf(item);
  if (post && commentId) return { ownerId: post.ownerId, postId: post.id, commentId };
  const fromDate = parseVkWall(ownFirst(item, s.reactCommentDate, s.anyItemBox)?.getAttribute('href'));
  const fromPage = parseVkWall(pageUrl);
  const base = post ? { ownerId: post.ownerId, postId: post.id } : (fromDate ?? fromPage);
  const id = commentId ?? fromDate?.commentId;
  return base && id ? { ownerId: base.ownerId, postId: base.postId, commentId: id } : undefined;
}

function threadIdOf(item: Element, dateHref: string | null | undefined): string | undefined {
  const fromDate = parseVkWall(dateHref)?.threadId;
  if (fromDate) return fromDate;
  const root = item.parentElement?.closest(s.reactComment);
  return root ? commentIdOf(root) : undefined;
}

function textIn(container: Element | null): string | undefined {
  if (!container) return undefined;
  const text = container.querySelector(s.reactTextExpanded) ?? container.querySelector(s.reactTextClamped) ?? container;
  return readText(text, { skip: s.reactShowMore });
}

export function readReactPost(item: Element, context: ExtractContext): ItemReading {
  const ref = reactRef(item, false, context.pageUrl);
  const origin = siteOrigin(context.pageUrl, 'vk');
  const content = ownFirst(item, s.reactPostContent, s.anyItemBox);
  const url = ref ? vkPermalink(origin, ref) : undefined;
  return {
    network: 'vk',
    kind: 'post',
    markup: markupOf('react-post', item, context.pageUrl),
    itemKey: ref ? vkItemKey(ref) : '',
    ref: { ...ref },
    expectedRef: ['ownerId', 'postId'],
    url,
    threadUrl: url,
    author: readVkAuthor(ownFirst(item, s.reactPostAuthorLink, s.anyItemBox), ownFirst(item, s.reactPostAuthorName, s.anyItemBox), context.pageUrl),
    text: textIn(content),
    attachments: uniqueByUrl([
      ...ownAll(item, s.reactPhotoImage, s.anyItemBox).map((image) => reactPhotoAttachment(image, context.pageUrl)),
      ...ownAll(item, s.reactVideo, s.anyItemBox).map((video) => reactVideoAttachment(video, origin, context.pageUrl)),
    ]),
    ...readVkDate(ownFirst(item, s.reactPostDate, s.anyItemBox), context),
  };
}

export function readReactComment(item: Element, context: ExtractContext): ItemReading {
  const ref = reactRef(item, true, context.pageUrl);
  const origin = siteOrigin(context.pageUrl, 'vk');
  const dateLink = ownFirst(item, s.reactCommentDate, s.anyItemBox);
  const threadId = threadIdOf(item, dateLink?.getAttribute('href'));
  const fullRef = ref ? { ...ref, ...(threadId && threadId !== ref.commentId ? { threadId } : {}) } : undefined;
  const owner = ownFirst(item, s.reactCommentOwner, s.anyItemBox);
  const ownerLink = owner?.hasAttribute('href') ? owner : ownFirst(item, s.reactCommentAvatar, s.anyItemBox);
  const textElement = ownFirst(item, s.reactCommentText, s.anyItemBox);
  return {
    network: 'vk',
    kind: 'comment',
    markup: markupOf('react-comment', item, context.pageUrl),
    itemKey: ref ? vkItemKey(ref) : '',
    ref: { ...fullRef },
    expectedRef: ['ownerId', 'postId', 'commentId'],
    url: fullRef ? vkPermalink(origin, fullRef) : undefined,
    threadUrl: ref ? vkPermalink(origin, { ownerId: ref.ownerId, postId: ref.postId }) : undefined,
    author: readVkAuthor(ownerLink, owner, context.pageUrl),
    text: textIn(textElement),
    attachments: uniqueByUrl(ownAll(item, s.reactPhotoImage, s.anyItemBox).map((image) => reactPhotoAttachment(image, context.pageUrl))),
    ...readVkDate(dateLink, context),
  };
}

export function reactSlot(item: Element, isComment: boolean): ButtonSlot {
  // Only comments nest inside a comment: the shorter list of boxes is checked faster.
  const action = isComment ? ownFirst(item, s.reactCommentReply, s.reactComment) : ownFirst(item, s.reactPostActions, s.reactItemBox);
  return { parent: action?.parentElement ?? item, before: null };
}

/**
 * The comment composer serving an item: the nearest one up the tree that belongs to the same post
 * (or to no post, on a post page whose composer sits outside the post element).
 */
export function composerEditorFor(item: Element): HTMLElement | null {
  const post = item.matches(s.reactPost) ? item : item.closest(s.reactPost);
  for (let scope: Element | null = item; scope; scope = scope.parentElement) {
    for (const editor of Array.from(scope.querySelectorAll<HTMLElement>(s.reactEditor))) {
      const owner = editor.closest(s.reactPost);
      if (owner === post || (!owner && editor.closest(s.reactComposer))) return editor;
    }
  }
  return null;
}

export async function openReactReply(item: Element, isComment: boolean): Promise<HTMLElement | null> {
  if (isComment) {
    const reply = ownFirst(item, s.reactCommentReply, s.anyItemBox);
    if (!reply) return null;
    click(reply);
  } else if (!composerEditorFor(item)) {
    const commentAction = ownFirst(item, s.reactPostCommentAction, s.anyItemBox);
    if (commentAction) click(commentAction);
  }
  const editor = await waitFor(() => composerEditorFor(item));
  if (!editor) return null;
  if (!isComment) {
    const cancel = editor.closest(s.reactComposer)?.querySelector(s.reactReplyTargetCancel);
    if (cancel) click(cancel);
  }
  editor.focus();
  return editor;
}

export function reactSendButton(editor: Element): HTMLElement | null {
  let scope: Element | null = editor.closest(s.reactComposer) ?? editor.parentElement;
  for (let depth = 0; scope && depth < 6; depth++, scope = scope.parentElement) {
    const send = scope.querySelector<HTMLElement>(s.reactSend);
    if (send) return send;
  }
  return null;
}

/** Post → its comments; root comment → its thread; comment in a thread → the later comments of that thread. */
export function reactReplies(item: Element, isComment: boolean): Element[] {
  if (!isComment) {
    const inside = Array.from(item.querySelectorAll(s.reactComment));
    if (inside.length) return inside;
    return Array.from(item.ownerDocument.querySelectorAll(s.reactComment)).filter((comment) => !comment.closest(s.reactPost));
  }
  const root = item.parentElement?.closest(s.reactComment);
  if (!root) return Array.from(item.querySelectorAll(s.reactComment));
  const thread = Array.from(root.querySelectorAll(s.reactComment));
  return thread.slice(thread.indexOf(item) + 1);
}
