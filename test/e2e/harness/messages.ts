/**
 * Sends a typed Otklik message from an extension page (popup.html, sidepanel.html…) to the
 * background, exactly as the UI does, and returns the raw reply `{ ok, data | error }`.
 * Tests seed data this way so every write goes through the background's validation.
 */
import type { Page } from 'playwright-core';
import type { MessageType, RequestOf, ResponseOf } from '../../../utils/messaging/protocol';

export type RawReply<T extends MessageType> = { ok: true; data: ResponseOf<T> } | { ok: false; error: string; code?: string };

export async function sendRaw<T extends MessageType>(page: Page, type: T, payload: RequestOf<T> | unknown): Promise<RawReply<T>> {
  return page.evaluate(
    ([messageType, messagePayload]) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
        otklik: 1,
        type: messageType,
        payload: messagePayload,
      }),
    [type, payload] as const,
  ) as Promise<RawReply<T>>;
}

/** Like sendRaw but throws with the background's Russian message when it refuses. */
export async function send<T extends MessageType>(page: Page, type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  const reply = await sendRaw(page, type, payload);
  if (!reply.ok) throw new Error(`${type}: ${reply.error}`);
  return reply.data;
}
