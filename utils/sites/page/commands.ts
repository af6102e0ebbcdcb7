/**
 * Commands the background sends to a VK/OK content script (browser.tabs.sendMessage) and their
 * replies. Checked by hand-written guards on both sides: the content script carries no zod.
 */

export interface PingCommand {
  otklikPage: 1;
  type: 'ping';
}

/** What the page says after each outcome of an insertion, in the background's locale (notices.ts). */
export interface InsertTexts {
  inserted: string;
  notFound: string;
  noEditor: string;
  notTaken: string;
  /** Appended to a failure when the text went to the clipboard, */
  copied: string;
  /** or when it could not. */
  notCopied: string;
}

/** Put the approved answer of a case into the reply box of its item on this page. */
export interface InsertCommand {
  otklikPage: 1;
  type: 'insertAnswer';
  caseId: string;
  itemKey: string;
  text: string;
  texts: InsertTexts;
}

/** Is the item on this page? (to pick among open tabs of the network) */
export interface HasItemCommand {
  otklikPage: 1;
  type: 'hasItem';
  itemKey: string;
}

export type PageCommand = PingCommand | InsertCommand | HasItemCommand;

export interface PingReply {
  ready: true;
  url: string;
}

export interface HasItemReply {
  found: boolean;
}

export interface InsertReply {
  /** `notFound`/`noEditor`/`notTaken`: the text could not go in; `copied` tells whether it went to the clipboard. */
  outcome: 'inserted' | 'notFound' | 'noEditor' | 'notTaken';
  copied: boolean;
  /** Russian, for the operator. */
  message: string;
}

const MAX_KEY = 4_096;
const MAX_TEXT = 20_000;
const TEXT_KEYS: (keyof InsertTexts)[] = ['inserted', 'notFound', 'noEditor', 'notTaken', 'copied', 'notCopied'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function boundedString(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= max;
}

export function isPageCommand(value: unknown): value is PageCommand {
  if (!isRecord(value) || value.otklikPage !== 1) return false;
  switch (value.type) {
    case 'ping':
      return true;
    case 'hasItem':
      return boundedString(value.itemKey, MAX_KEY);
    case 'insertAnswer': {
      const texts = value.texts;
      return (
        boundedString(value.caseId, 200) &&
        boundedString(value.itemKey, MAX_KEY) &&
        boundedString(value.text, MAX_TEXT) &&
        isRecord(texts) &&
        TEXT_KEYS.every((key) => boundedString(texts[key], 500))
      );
    }
    default:
      return false;
  }
}

export function isPingReply(value: unknown): value is PingReply {
  return isRecord(value) && value.ready === true && typeof value.url === 'string';
}

export function isHasItemReply(value: unknown): value is HasItemReply {
  return isRecord(value) && typeof value.found === 'boolean';
}

export function isInsertReply(value: unknown): value is InsertReply {
  return (
    isRecord(value) &&
    ['inserted', 'notFound', 'noEditor', 'notTaken'].includes(value.outcome as string) &&
    typeof value.copied === 'boolean' &&
    typeof value.message === 'string' &&
    value.message.length <= 2_000
  );
}
