/**
 * Answer in place: the approved text goes into the reply box of ITS item on this page. The item is
 * found by key (never by a remembered element), scrolled to and highlighted; its reply box is opened
 * as a reply to that very item by the site's own controls; the text is inserted through the
 * editor's own input pipeline (insert-text.ts); the site's «Отправить» is highlighted and left to
 * the person. When the item or its reply box is gone, the text goes to the clipboard instead. The
 * words shown come with the command (the background's locale).
 */
import type { SiteAdapter } from '../adapter';
import { waitFor } from '../dom';
import { insertText } from '../insert-text';
import { copyText } from './clipboard';
import type { InsertCommand, InsertReply } from './commands';
import type { ReplyWatcher } from './reply-watcher';
import { showToast } from './toast';

export const HIGHLIGHT_MS = 4_000;
const SEND_HINT_MS = 120_000;

export interface AnswerDeps {
  doc: Document;
  adapter: SiteAdapter;
  pageUrl(): string;
  watcher: ReplyWatcher;
  findTimeoutMs?: number;
}

function highlight(element: Element, className: string, ms: number): void {
  element.classList.add(className);
  setTimeout(() => element.classList.remove(className), ms);
}

function hintSend(button: HTMLElement): void {
  button.classList.add('otklik-send');
  const clear = () => button.classList.remove('otklik-send');
  button.addEventListener('click', clear, { once: true });
  setTimeout(clear, SEND_HINT_MS);
}

async function giveUp(doc: Document, outcome: Exclude<InsertReply['outcome'], 'inserted'>, command: InsertCommand, avoid: Element[] = []): Promise<InsertReply> {
  const copied = await copyText(doc, command.text);
  const message = `${command.texts[outcome]} ${command.texts[copied ? 'copied' : 'notCopied']}`;
  showToast(doc, message, true, avoid);
  return { outcome, copied, message };
}

export async function insertAnswerOnPage(deps: AnswerDeps, command: InsertCommand): Promise<InsertReply> {
  const { doc, adapter } = deps;
  // Watch even when the insertion fails: the person may paste and send by hand.
  deps.watcher.watch(command.caseId, command.itemKey, command.text);
  // A page opened for this may still be rendering its comments.
  const item = await waitFor(() => adapter.findByKey(doc, command.itemKey, deps.pageUrl()), deps.findTimeoutMs ?? 3_000, 100);
  if (!item) return giveUp(doc, 'notFound', command);
  // The highlight's scroll-margin-top keeps the item's start below the site's header and the toast.
  highlight(item, 'otklik-hl', HIGHLIGHT_MS);
  item.scrollIntoView?.({ block: 'start' });
  const editor = await adapter.openReply(item);
  if (!editor) return giveUp(doc, 'noEditor', command, [item]);
  const result = await insertText(editor, command.text);
  if (!result.ok) return giveUp(doc, 'notTaken', command, [item, editor]);
  const send = adapter.sendButton(editor);
  if (send) hintSend(send);
  editor.focus();
  // Found again: an OK feed post is answered in the topic layer its reply opened over the feed.
  showToast(doc, command.texts.inserted, false, [adapter.findByKey(doc, command.itemKey, deps.pageUrl()) ?? item, editor, send]);
  return { outcome: 'inserted', copied: false, message: command.texts.inserted };
}
