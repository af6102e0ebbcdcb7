/**
 * Every message between extension contexts, with zod schemas for its request and response.
 * The background validates each request before acting (utils/messaging/router.ts); callers get
 * typed responses. Add a message here, then a handler in entrypoints/background/.
 */
import { z } from 'zod';
import { caseBadgeSchema, dbMessages } from '../db/messages';
import { caseStatuses } from '../cases/status';
import { epochMs, httpUrl } from '../cases/fields';

export const protocol = {
  /** Liveness check used by tests and by the content scripts' first contact. */
  ping: {
    request: z.object({ from: z.string().max(40) }),
    response: z.object({ version: z.string(), at: z.number() }),
  },
  /** Cases, settings, directory, regulations, backup, retention (utils/db/messages.ts). */
  ...dbMessages,
  /**
   * «Вставить в ветку» from the side panel: the background takes the approved draft's text from the
   * case, focuses (or opens) the thread's tab and has the content script open the reply box of that
   * item and insert the text; the person presses «Отправить». `copied`: no reply box was found and
   * the text went to the clipboard instead. `message` is Russian, for the operator.
   */
  insertAnswer: {
    request: z.object({ caseId: z.string().min(1).max(200) }),
    response: z.object({
      outcome: z.enum(['inserted', 'copied', 'failed']),
      message: z.string().max(2_000),
      tabId: z.number().int().optional(),
    }),
  },
  /**
   * Sent to every extension page when a case is opened (popup, notification, page button): an
   * already open side panel switches to that case. The side panel answers; senders may ignore the
   * reply (no panel open = no answer).
   */
  showCase: {
    request: z.object({ caseId: z.string().min(1).max(200) }),
    response: z.object({ shown: z.boolean() }),
  },
  /** The badges of captured items on a VK/OK page (caseBadgeSchema in utils/db/messages.ts). */
  caseBadges: {
    request: z.object({ caseIds: z.array(z.string().min(1).max(200)).max(5_000) }),
    response: z.object({ badges: z.array(caseBadgeSchema) }),
  },
  /** A case badge on a page was clicked: the side panel opens on the case (a small window where it cannot). */
  openCaseFromPage: {
    request: z.object({ caseId: z.string().min(1).max(200) }),
    response: z.object({ openedIn: z.enum(['side-panel', 'sidebar', 'window']) }),
  },
  /**
   * A content script saw, under a case's item, a reply matching its approved answer: the background
   * records the event publicationFor names (published, interimPublished, finalPublished or
   * clarificationRequested) with the reply's permalink and time. `recorded: false` when the case no
   * longer waits for it or the text does not match; `notice`: what the page tells the person then.
   */
  replyDetected: {
    request: z.object({
      caseId: z.string().min(1).max(200),
      url: httpUrl,
      replyAt: epochMs.optional(),
      text: z.string().max(20_000),
    }),
    response: z.object({ recorded: z.boolean(), status: z.enum(caseStatuses).optional(), notice: z.string().optional() }),
  },
} satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type RequestOf<T extends MessageType> = z.input<Protocol[T]['request']>;
export type ParsedRequestOf<T extends MessageType> = z.output<Protocol[T]['request']>;
export type ResponseOf<T extends MessageType> = z.output<Protocol[T]['response']>;
