/**
 * The receiving side: validates each request with its zod schema, runs the handler, and turns
 * errors into a Russian message. Only the background (and tests) import this.
 */
import { protocol, type MessageType, type ParsedRequestOf, type ResponseOf } from './protocol';
import { isEnvelope, type Reply } from './transport';
import { describeZodError, UserFacingError } from '../validation';

export interface SenderInfo {
  tabId?: number;
  url?: string;
  frameId?: number;
}

export type Handlers = {
  [T in MessageType]?: (payload: ParsedRequestOf<T>, sender: SenderInfo) => Promise<ResponseOf<T>> | ResponseOf<T>;
};

/**
 * Returns `route` plus `handles`, a synchronous check the background's onMessage listener makes
 * before answering: a message meant for another extension page (e.g. `showCase`, which the side
 * panel answers) must get no reply from the background, or the background's reply would win the race.
 */
export function createRouter(handlers: Handlers) {
  const handles = (message: unknown): boolean => isEnvelope(message) && typeof handlers[message.type as MessageType] === 'function';
  const route = async function route(message: unknown, sender: SenderInfo = {}): Promise<Reply | undefined> {
    if (!isEnvelope(message)) return undefined;
    const type = message.type as MessageType;
    const definition = protocol[type];
    const handler = handlers[type] as ((p: unknown, s: SenderInfo) => unknown) | undefined;
    if (!definition || !handler) return { ok: false, error: `Неизвестная команда «${message.type}».`, code: 'unknown' };
    const parsed = definition.request.safeParse(message.payload);
    if (!parsed.success) return { ok: false, error: describeZodError(parsed.error, 'Запрос'), code: 'invalid' };
    try {
      return { ok: true, data: await handler(parsed.data, sender) };
    } catch (error) {
      if (error instanceof UserFacingError) return { ok: false, error: error.message, code: error.code };
      console.error(`[otklik] ${type} failed`, error);
      return { ok: false, error: `Внутренняя ошибка: ${(error as Error)?.message ?? String(error)}`, code: 'internal' };
    }
  };
  return Object.assign(route, { handles });
}
