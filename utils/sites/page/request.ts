/** The messaging function the page logic is given (utils/extension/messaging.ts `request` in the content script, a fake in tests). */
import type { MessageType, RequestOf, ResponseOf } from '../../messaging/protocol';

export type RequestFn = <T extends MessageType>(type: T, payload: RequestOf<T>) => Promise<ResponseOf<T>>;

/** The Russian message of a refused or failed request. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
