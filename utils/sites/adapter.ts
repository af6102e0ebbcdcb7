/**
 * The one interface the content scripts use for every network (see README.md in this folder).
 * Adapters read the DOM and click the site's own controls; they never call browser.* APIs, never
 * send, never write page content.
 */
import type { ExtractContext } from './captured-item';
import type { CapturedItem, Network } from './types';

export type { ExtractContext };

/** Where the capture button goes: `parent.insertBefore(button, before)`. */
export interface ButtonSlot {
  parent: Element;
  before: Node | null;
}

export interface SiteAdapter {
  network: Extract<Network, 'vk' | 'ok'>;
  /**
   * Attributes whose change on an item element can give it another key (a virtualized feed re-fills
   * a recycled container in place): worth an `attributeFilter` in the page's MutationObserver.
   */
  keyAttributes: readonly string[];
  /** Capturable posts and comments inside `root` (a document or a subtree added by a mutation), `root` itself included. One querySelectorAll, no layout reads. */
  findItems(root: ParentNode): Element[];
  /** Cheap stable key of an item element (the same as CapturedItem.itemKey), or null if unreadable. Read afresh on every call: virtualized feeds recycle elements. */
  keyOf(item: Element, pageUrl: string): string | null;
  /** Where the capture button fits the site's look without shifting the layout (the item's action bar). */
  buttonSlot(item: Element): ButtonSlot;
  /** Full extraction at click time. What the page does not show goes to `missing`, never guessed. */
  extract(item: Element, context: ExtractContext): CapturedItem;
  /** The item with that key on the current page; null when absent or deleted. A copy in an open layer wins. */
  findByKey(root: ParentNode, itemKey: string, pageUrl: string): Element | null;
  /** Opens the reply editor as a reply TO THIS ITEM (comment → that comment; post → the post's composer), clicking the site's own controls; the editor, or null. */
  openReply(item: Element): Promise<HTMLElement | null>;
  /** The site's send control next to an editor, to highlight for the person (never clicked by Otklik). */
  sendButton(editor: Element): HTMLElement | null;
  /** Replies under an item (post → all its comments; comment → its thread), extracted, to detect a published answer. */
  repliesOf(item: Element, context: ExtractContext): CapturedItem[];
}
