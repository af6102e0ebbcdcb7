/**
 * What a content script reads from a VK or OK page and sends to the background. The background
 * validates it with `capturedItemSchema` (captured-item.schema.ts) before a case is stored.
 * Content scripts import only these types, never zod.
 */
export type Network = 'vk' | 'ok' | 'telegram' | 'other';
export type ItemKind = 'post' | 'comment' | 'message';

/** Network ids of the item, as far as the page shows them (strings: VK owner ids are negative). */
export interface ItemRef {
  ownerId?: string;
  postId?: string;
  commentId?: string;
  /** Top-level comment a reply belongs to (VK `&thread=`), or OK's replied-to comment. */
  threadId?: string;
  /** OK topic (or status) id. */
  topicId?: string;
}

export interface CapturedAttachment {
  type: 'photo' | 'video' | 'link' | 'doc' | 'other';
  url: string;
  preview?: string;
}

export interface CapturedItem {
  network: Network;
  kind: ItemKind;
  /**
   * Stable key of the item within its network, used to never capture the same item twice:
   * VK `wall-1_2` (post) or `wall-1_2?reply=3` (comment); OK `topic/T` or `topic/T#comment=C`;
   * for `other`, the normalised URL plus a hash of the selected text.
   */
  itemKey: string;
  ref: ItemRef;
  /** Permalink of the item itself. */
  url: string;
  /** Permalink of the thread (the post) the item belongs to. */
  threadUrl: string;
  author: { name?: string; url?: string; id?: string };
  /** Plain text as shown, line breaks kept, emoji from `alt`. Data, never markup. */
  text: string;
  attachments: CapturedAttachment[];
  /** Epoch ms when the page states it; absent when it does not. */
  postedAt?: number;
  /** The posting time exactly as the page wrote it ("вчера в 18:02"). */
  postedAtText?: string;
  /**
   * How exact `postedAt` is: 'day' for «12 марта 2025» (stored as the start of that day in the
   * zone), 'hour' for «2 часа назад». Absent when `postedAt` is absent.
   */
  postedAtPrecision?: 'second' | 'minute' | 'hour' | 'day';
  /** Epoch ms of the click (the detection). */
  detectedAt: number;
  pageUrl: string;
  pageTitle?: string;
  /** Names of the fields the page did not provide (e.g. ['author.id', 'postedAt']). Never guessed. */
  missing: string[];
  /** Which markup generation recognised the item, e.g. 'vk-legacy', 'vk-hybrid', 'vk-react', 'ok-topic', 'selection'. */
  markup: string;
}
