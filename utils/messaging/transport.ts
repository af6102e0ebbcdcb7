/**
 * The wire format and the calling side of messaging. This file imports no zod at run time, so
 * content scripts can use it and stay small; the background validates in router.ts.
 */
import type { MessageType, RequestOf, ResponseOf } from './protocol';

export interface Envelope {
  otklik: 1;
  type: string;
  payload: unknown;
}

export type Reply = { ok: true; data: unknown } | { ok: false; error: string; code?: string };

/** Raised on the calling side when the background refused or failed; `message` is Russian. */
export class MessagingError extends Error {
  constructor(
    message: string,
    readonly code = 'error',
  ) {
    super(message);
    this.name = 'MessagingError';
  }
}

export function isEnvelope(value: unknown): value is Envelope {
  return typeof value === 'object' && value !== null && (value as Envelope).otklik === 1 && typeof (value as Envelope).type === 'string';
}

export type Send = (envelope: Envelope) => Promise<unknown>;

export function createClient(send: Send) {
  return async function request<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
    let reply: unknown;
    try {
      reply = await send({ otklik: 1, type, payload });
    } catch (error) {
      throw new MessagingError(`Нет связи с фоновой частью расширения: ${(error as Error).message}`, 'unreachable');
    }
    if (typeof reply !== 'object' || reply === null || !('ok' in reply)) {
      throw new MessagingError('Фоновая часть расширения не ответила.', 'no-reply');
    }
    const typed = reply as Reply;
    if (!typed.ok) throw new MessagingError(typed.error, typed.code);
    return typed.data as ResponseOf<T>;
  };
}
