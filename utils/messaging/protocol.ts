/**
 * Every message between extension contexts, with zod schemas for its request and response.
 * The background validates each request before acting (utils/messaging/router.ts); callers get
 * typed responses. Add a message here, then a handler in entrypoints/background/.
 */
import { z } from 'zod';
import { dbMessages } from '../db/messages';

export const protocol = {
  /** Liveness check used by tests and by the content scripts' first contact. */
  ping: {
    request: z.object({ from: z.string().max(40) }),
    response: z.object({ version: z.string(), at: z.number() }),
  },
  /** Cases, settings, directory, regulations, backup, retention (utils/db/messages.ts). */
  ...dbMessages,
} satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type RequestOf<T extends MessageType> = z.input<Protocol[T]['request']>;
export type ParsedRequestOf<T extends MessageType> = z.output<Protocol[T]['request']>;
export type ResponseOf<T extends MessageType> = z.output<Protocol[T]['response']>;
