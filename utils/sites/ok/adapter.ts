/** The OK adapter: feed posts, topics (layer or page) and comments; the comment input `.comments_add-ceditable`. */
import type { ButtonSlot, SiteAdapter } from '../adapter';
import { completeItem, type ExtractContext } from '../captured-item';
import { click, isElement, ownAll, ownFirst, waitFor } from '../dom';
import { parseOkItemKey, parseOkTopic } from '../urls';
import { okCommentId, okItemType, okKey, okTopicOf, readComment, readFeedPost, readTopic } from './read';
import * as s from './selectors';

function extract(item: Element, context: ExtractContext) {
  const readers = { feed: readFeedPost, topic: readTopic, comment: readComment };
  return completeItem(readers[okItemType(item)](item, context), context);
}

function slotOf(item: Element, type = okItemType(item)): ButtonSlot {
  let parent: Element | null = null;
  if (type !== 'comment') parent = ownFirst(item, type === 'topic' ? s.topicActions : s.feedActions, s.anyItemBox);
  else for (const footer of s.commentFooters) if ((parent = ownFirst(item, footer, s.anyItemBox))) break;
  return { parent: parent ?? item, before: null };
}

/** The topic's discussion block (comments and input) around a topic or comment. */
function discussionOf(item: Element): Element | null {
  if (okItemType(item) === 'topic') return ownFirst(item, s.commentsBlock, s.anyItemBox) ?? item;
  return item.closest(s.commentsBlock) ?? item.closest(s.topic);
}

function editorIn(scope: Element | null): HTMLElement | null {
  return scope?.querySelector<HTMLElement>(s.editor) ?? null;
}

/** «Ответить» of a comment: the INFERRED selectors, else an own link or button with that word. */
function replyControl(item: Element): Element | null {
  return (
    ownFirst(item, s.commentReply, s.anyItemBox) ??
    ownAll(item, 'a, button, [role="button"]', s.anyItemBox).find((control) => control.textContent?.trim() === s.replyWord) ??
    null
  );
}

function targetInput(editor: Element): HTMLInputElement | null {
  return editor.closest(s.composer)?.querySelector<HTMLInputElement>(s.replyTargetInput) ?? null;
}

async function openCommentReply(item: Element): Promise<HTMLElement | null> {
  const control = replyControl(item);
  const commentId = okCommentId(item);
  if (!control || !commentId) return null;
  click(control);
  return waitFor(() => {
    const editor = editorIn(discussionOf(item));
    if (!editor) return null;
    const target = targetInput(editor);
    return !target || target.value === commentId ? editor : null;
  });
}

async function openTopicReply(topic: Element): Promise<HTMLElement | null> {
  const editor = await waitFor(() => editorIn(discussionOf(topic)));
  if (!editor) return null;
  if (targetInput(editor)?.value) {
    const cancel = editor.closest(s.composer)?.querySelector(s.replyTargetCancel);
    if (cancel) click(cancel);
  }
  return editor;
}

/** A feed post has no input: its comments link opens the topic layer (URL changes to the topic). */
async function openFeedReply(post: Element): Promise<HTMLElement | null> {
  const doc = post.ownerDocument;
  const wanted = okTopicOf(post, doc.URL)?.topicId;
  const link = ownFirst(post, s.feedCommentsLink, s.anyItemBox) ?? ownFirst(post, s.feedTopicLink, s.anyItemBox);
  if (!wanted || !link) return null;
  click(link);
  const topic = await waitFor(() => {
    const layer = doc.querySelector(s.topicInLayer);
    return layer && parseOkTopic(doc.URL)?.topicId === wanted ? layer : null;
  });
  return topic ? openTopicReply(topic) : null;
}

export const okAdapter: SiteAdapter = {
  network: 'ok',
  keyAttributes: ['data-seen-params'],

  findItems(root) {
    const found = Array.from(root.querySelectorAll(s.anyItem));
    if (isElement(root) && root.matches(s.anyItem)) found.unshift(root);
    return found;
  },

  keyOf: (item, pageUrl) => okKey(item, pageUrl),
  buttonSlot: (item) => slotOf(item),

  extract,

  findByKey(root, itemKey, pageUrl) {
    const key = parseOkItemKey(itemKey);
    if (!key) return null;
    // A comment is narrowed by its id in data-seen-params; topics and feed posts are few.
    const candidates = key.commentId
      ? Array.from(root.querySelectorAll(`[${s.seenParams}*="${key.commentId}"]`)).flatMap((element) => element.closest(s.comment) ?? [])
      : Array.from(root.querySelectorAll(`${s.feedPost}, ${s.topic}`));
    const matches = candidates.filter((item) => okKey(item, pageUrl) === itemKey);
    return matches.find((item) => item.closest(s.topicLayer)) ?? matches.find((item) => okItemType(item) !== 'feed') ?? matches[0] ?? null;
  },

  async openReply(item) {
    const type = okItemType(item);
    const editor = type === 'comment' ? await openCommentReply(item) : type === 'topic' ? await openTopicReply(item) : await openFeedReply(item);
    editor?.focus();
    return editor;
  },

  sendButton(editor) {
    return editor.closest(s.composer)?.querySelector<HTMLElement>(s.submit) ?? null;
  },

  repliesOf(item, context) {
    const type = okItemType(item);
    const discussion = type === 'feed' ? null : discussionOf(item);
    if (!discussion) return [];
    const comments = Array.from(discussion.querySelectorAll(s.comment));
    const commentId = type === 'comment' ? okCommentId(item) : undefined;
    const replies = type === 'topic' ? comments : comments.slice(comments.indexOf(item) + 1).filter((reply) => ownFirst(reply, s.commentReplyTo, s.anyItemBox)?.getAttribute('data-rid') === commentId);
    return replies.map((reply) => extract(reply, context));
  },
};
